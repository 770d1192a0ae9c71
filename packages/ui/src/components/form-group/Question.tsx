import type { ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import type { LocalizedProps } from "../../internal/i18n.js";
import { describedBy, fieldIds } from "../../internal/ids.js";
import { ErrorMessage } from "../error-message/ErrorMessage.js";
import type { ErrorMessageText } from "../error-message/messages.js";
import { FormGroup, Hint, Label } from "./FormGroup.js";

/** Whether a hint or error prop has something to show (`0` is content; `""`, `false` and nothing are not). */
export function isShown(content: ReactNode): boolean {
  return content != null && content !== false && content !== "";
}

/** The props every single-control question shares: TextField, Textarea, Select and FileUpload. */
export interface QuestionFieldProps {
  /** Id of the control; the label points to it and hint and error derive their ids from it (`<id>-hint`, `<id>-error`). */
  id: string;
  /** Name under which the value is posted with the form. */
  name: string;
  /** The visible question or field name. */
  label: ReactNode;
  /** Help text below the label, e.g. „Zum Beispiel 35390“; referenced by `aria-describedby`. */
  hint?: ReactNode | undefined;
  /** The error message; shown above the control, it sets `aria-invalid` and the form group's error state. */
  error?: string | undefined;
  /** Shows the label as the page heading (an `<h1>` around the label), for one-question pages. */
  isPageHeading?: boolean | undefined;
  /** Class names for the wrapping form group; `className` goes to the control. */
  formGroupClassName?: string | undefined;
}

/** The ARIA wiring of a question's control: hint, then error, then further descriptions; invalid while in error. */
export interface QuestionAria {
  "aria-describedby": string | undefined;
  "aria-invalid": boolean | "true" | "false" | "grammar" | "spelling" | undefined;
}

export interface QuestionProps extends LocalizedProps<ErrorMessageText> {
  /** The control's id: the label points at it, hint and error derive theirs from it. */
  id: string;
  label: ReactNode;
  /** Help text; nothing (or `""`, `false`) renders no hint element. */
  hint?: ReactNode;
  error?: string | undefined;
  isPageHeading?: boolean | undefined;
  /** Classes of the form group: the component's block class and the app's `formGroupClassName`. */
  className?: string | undefined;
  /** Ids of further descriptions (a character count, the app's own `aria-describedby`). */
  moreDescriptions?: ReadonlyArray<string | false | undefined> | undefined;
  /** The app's own `aria-invalid`, used while the question shows no error. */
  ariaInvalid?: QuestionAria["aria-invalid"];
  /** Renders the control (and whatever follows it in the group) with its ARIA wiring and error state. */
  children: (aria: QuestionAria, hasError: boolean) => ReactNode;
}

/**
 * The frame of every single-control question (TextField, Textarea, Select, FileUpload): form group, label, hint,
 * then the error above the control, as GOV.UK orders them, so the error is read before the control.
 */
export function Question({
  id,
  label,
  hint,
  error,
  isPageHeading = false,
  className,
  locale,
  messages,
  moreDescriptions = [],
  ariaInvalid,
  children,
}: QuestionProps) {
  const ids = fieldIds(id);
  const hasHint = isShown(hint);
  const hasError = isShown(error);
  const aria: QuestionAria = {
    "aria-describedby": describedBy(hasHint && ids.hint, hasError && ids.error, ...moreDescriptions),
    "aria-invalid": hasError ? true : ariaInvalid,
  };
  return (
    <FormGroup error={hasError} className={classNames(className)}>
      <Label htmlFor={id} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hasHint ? <Hint id={ids.hint}>{hint}</Hint> : null}
      {hasError ? (
        <ErrorMessage id={ids.error} locale={locale} messages={messages}>
          {error}
        </ErrorMessage>
      ) : null}
      {children(aria, hasError)}
    </FormGroup>
  );
}
