import { forwardRef, type SelectHTMLAttributes } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import type { ErrorMessageText } from "../error-message/messages.js";
import { Question, type QuestionFieldProps } from "../form-group/Question.js";
import { type SelectText, selectMessages } from "./messages.js";

/** One choice of a Select. */
export interface SelectOption {
  /** The value posted with the form. */
  value: string;
  /** The visible text of the option. */
  label: string;
  /** Shown but not choosable. */
  disabled?: boolean | undefined;
}

export interface SelectProps
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name">,
    QuestionFieldProps,
    LocalizedProps<SelectText | ErrorMessageText> {
  /** The choices. `children` (`<option>`, `<optgroup>`) may be given instead, or after them. */
  options?: readonly SelectOption[] | undefined;
  /**
   * Adds a first option with the value `""`, so that nothing is chosen until the user chooses: `true` shows the
   * built-in text („Bitte auswählen“ / „Please select“), a string shows that text.
   */
  emptyOption?: boolean | string | undefined;
}

/**
 * A native `<select>` with label, hint and error message; the rest of the props go to the `<select>`, which also
 * receives the ref. Works uncontrolled (`defaultValue`, posting without JavaScript) and controlled (`value` +
 * `onChange`). Prefer radios for fewer than about seven choices: they show every choice at once.
 */
export const Select = /* @__PURE__ */ forwardRef<HTMLSelectElement, SelectProps>(function Select(
  {
    id,
    label,
    hint,
    error,
    options,
    emptyOption = false,
    isPageHeading = false,
    formGroupClassName,
    className,
    children,
    locale,
    messages,
    "aria-describedby": ariaDescribedBy,
    "aria-invalid": ariaInvalid,
    ...rest
  },
  ref,
) {
  const text = uiMessages(selectMessages, { locale, messages });
  return (
    <Question
      id={id}
      label={label}
      hint={hint}
      error={error}
      isPageHeading={isPageHeading}
      className={classNames("dk-select", formGroupClassName)}
      locale={locale}
      messages={messages}
      moreDescriptions={[ariaDescribedBy]}
      ariaInvalid={ariaInvalid}
    >
      {(aria, hasError) => (
        <select
          ref={ref}
          id={id}
          className={classNames("dk-select__input", hasError && "dk-select__input--error", className)}
          {...aria}
          {...rest}
        >
          {emptyOption === false ? null : (
            <option value="">{typeof emptyOption === "string" ? emptyOption : text.emptyOption}</option>
          )}
          {options?.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </Question>
  );
});
