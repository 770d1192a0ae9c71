import { forwardRef, type InputHTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import type { LocalizedProps } from "../../internal/i18n.js";
import type { ErrorMessageText } from "../error-message/messages.js";
import { isShown, Question, type QuestionFieldProps } from "../form-group/Question.js";

/**
 * The input types a single-line text field supports. For numbers (Postleitzahl, Hausnummer, IBAN-Prüfziffer) use
 * `type="text"` with `inputMode="numeric"`, as GOV.UK recommends: `type="number"` rounds, accepts "e" and changes
 * the value on scroll.
 */
export type TextFieldType = "text" | "email" | "tel" | "password" | "url" | "search";

/**
 * Width of the input in characters, as GOV.UK's input widths: the input is as wide as that many characters (plus
 * padding) and still shrinks to its container on narrow screens. `"full"` (the default) fills the container.
 */
export type TextFieldWidth = "2" | "3" | "4" | "5" | "10" | "20" | "30" | "full";

export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type" | "width" | "prefix">,
    QuestionFieldProps,
    LocalizedProps<ErrorMessageText> {
  /** The visible question or field name. Name the unit here (e.g. „Gewicht in kg“) or give `unitLabel`. */
  label: ReactNode;
  /** Input type (default `"text"`). */
  type?: TextFieldType | undefined;
  /** Width in characters, or `"full"` (default). See {@link TextFieldWidth}. */
  width?: TextFieldWidth | undefined;
  /** Shown before the input, e.g. „€“. Hidden from screen readers: name the unit in `label` or `unitLabel`. */
  prefix?: ReactNode | undefined;
  /** Shown after the input, e.g. „kg“. Hidden from screen readers: name the unit in `label` or `unitLabel`. */
  suffix?: ReactNode | undefined;
  /** Spoken name of the prefix or suffix, appended to the label as visually hidden text, e.g. „in Euro“. */
  unitLabel?: string | undefined;
}

/**
 * A single-line text input with label, hint and error message. The native `<input>` carries the rest of the props
 * (`autoComplete`, `inputMode`, `spellCheck`, `defaultValue`, `value`, `onChange`, …) and receives the ref, so
 * it works uncontrolled (posting natively without JavaScript) and controlled.
 */
export const TextField = /* @__PURE__ */ forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  {
    id,
    name,
    label,
    hint,
    error,
    type = "text",
    width = "full",
    prefix,
    suffix,
    unitLabel,
    isPageHeading = false,
    formGroupClassName,
    className,
    locale,
    messages,
    "aria-describedby": ariaDescribedBy,
    "aria-invalid": ariaInvalid,
    ...rest
  },
  ref,
) {
  const hasPrefix = isShown(prefix);
  const hasSuffix = isShown(suffix);
  return (
    <Question
      id={id}
      label={
        unitLabel ? (
          <>
            {label} <span className="dk-visually-hidden">{unitLabel}</span>
          </>
        ) : (
          label
        )
      }
      hint={hint}
      error={error}
      isPageHeading={isPageHeading}
      className={classNames("dk-text-field", formGroupClassName)}
      locale={locale}
      messages={messages}
      moreDescriptions={[ariaDescribedBy]}
      ariaInvalid={ariaInvalid}
    >
      {(aria, hasError) => {
        const input = (
          <input
            ref={ref}
            id={id}
            name={name}
            type={type}
            className={classNames(
              "dk-text-field__input",
              width !== "full" && `dk-text-field__input--width-${width}`,
              hasError && "dk-text-field__input--error",
              className,
            )}
            {...aria}
            {...rest}
          />
        );
        return hasPrefix || hasSuffix ? (
          <div className="dk-text-field__wrapper">
            {hasPrefix ? (
              <span className="dk-text-field__prefix" aria-hidden="true">
                {prefix}
              </span>
            ) : null}
            {input}
            {hasSuffix ? (
              <span className="dk-text-field__suffix" aria-hidden="true">
                {suffix}
              </span>
            ) : null}
          </div>
        ) : (
          input
        );
      }}
    </Question>
  );
});
