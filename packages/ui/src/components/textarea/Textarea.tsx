import { forwardRef, type ReactNode, type Ref, type TextareaHTMLAttributes } from "react";
import { classNames } from "../../internal/class-names.js";
import type { LocalizedProps } from "../../internal/i18n.js";
import type { ErrorMessageText } from "../error-message/messages.js";
import { Question, type QuestionFieldProps } from "../form-group/Question.js";

export interface TextareaProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">,
    QuestionFieldProps,
    LocalizedProps<ErrorMessageText> {
  /** Visible lines (default 5). The user can still make the field taller. */
  rows?: number | undefined;
}

/** What CharacterCount adds to the markup of a Textarea. Not public API. */
export interface TextareaFieldExtras {
  ref: Ref<HTMLTextAreaElement>;
  /** Another id for `aria-describedby` (the character count's static hint). */
  describedById?: string | undefined;
  /** Shows the textarea's error border without an error message (e.g. when over the character limit). */
  invalidLook?: boolean | undefined;
  /** A class for the form group besides `dk-textarea`. */
  blockClassName?: string | undefined;
  /** Rendered after the textarea, inside the form group. */
  after?: ReactNode | undefined;
}

/** The markup of Textarea, shared with CharacterCount. */
export function renderTextareaField(
  {
    id,
    label,
    hint,
    error,
    rows = 5,
    isPageHeading = false,
    formGroupClassName,
    className,
    locale,
    messages,
    "aria-describedby": ariaDescribedBy,
    "aria-invalid": ariaInvalid,
    ...rest
  }: TextareaProps,
  { ref, describedById, invalidLook = false, blockClassName, after }: TextareaFieldExtras,
) {
  return (
    <Question
      id={id}
      label={label}
      hint={hint}
      error={error}
      isPageHeading={isPageHeading}
      className={classNames("dk-textarea", blockClassName, formGroupClassName)}
      locale={locale}
      messages={messages}
      moreDescriptions={[describedById, ariaDescribedBy]}
      ariaInvalid={ariaInvalid}
    >
      {(aria, hasError) => (
        <>
          <textarea
            ref={ref}
            id={id}
            rows={rows}
            className={classNames(
              "dk-textarea__input",
              (hasError || invalidLook) && "dk-textarea__input--error",
              className,
            )}
            {...aria}
            {...rest}
          />
          {after}
        </>
      )}
    </Question>
  );
}

/**
 * A multi-line text field with label, hint and error message. The native `<textarea>` carries the rest of the
 * props and receives the ref; it works uncontrolled (`defaultValue`, posting without JavaScript) and controlled
 * (`value` + `onChange`). For a limit on the length use CharacterCount.
 */
export const Textarea = /* @__PURE__ */ forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea(props, ref) {
  return renderTextareaField(props, { ref });
});
