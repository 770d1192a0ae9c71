import { type ChangeEvent, forwardRef, useRef } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import type { ErrorMessageText } from "../error-message/messages.js";
import { Fieldset, type FieldsetProps } from "../fieldset/Fieldset.js";
import { Label } from "../form-group/FormGroup.js";
import { DATE_PARTS, type DateInputValue, type DatePart, datePartName } from "./date-input-value.js";
import { type DateInputText, dateInputMessages } from "./messages.js";

/** Characters each field is wide: two for day and month, four for the year. */
const WIDTH: Record<DatePart, number> = { day: 2, month: 2, year: 4 };

export interface DateInputProps
  extends Omit<FieldsetProps, "children" | "onChange" | "defaultValue" | "messages">,
    LocalizedProps<DateInputText | ErrorMessageText> {
  /**
   * The question's id. The fields get `<id>-day`, `<id>-month`, `<id>-year` (the ids the forms helper gives the
   * issue paths `[…, "day"]` etc.); the wrapper around them gets `<id>`, so an ErrorSummary link to `#<id>` or
   * `#<id>-day` leads into the group. Hint and error get `<id>-hint` and `<id>-error`.
   */
  id: string;
  /** Base of the posted names: `<name>-day`, `<name>-month`, `<name>-year` (see `names`, `dateInputValue`). */
  name: string;
  /** Posted names of single fields instead of `<name>-<part>`, e.g. `{ day: "tag" }`. */
  names?: Partial<Record<DatePart, string>> | undefined;
  /** Fields to highlight when there is an `error`; without it, an error highlights all three. */
  errorFields?: readonly DatePart[] | undefined;
  /** Initial values of an uncontrolled date, e.g. the values posted before (`{ day: "27", month: "3" }`). */
  defaultValue?: DateInputValue | undefined;
  /** The values of a controlled date; pass `onChange` as well. */
  value?: DateInputValue | undefined;
  /** Called when a field changes, with all three values after the change. */
  onChange?: ((value: DateInputValue, event: ChangeEvent<HTMLInputElement>) => void) | undefined;
  /** `"bday"` for a date of birth: lets browsers fill in `bday-day`, `bday-month`, `bday-year` (WCAG 1.3.5). */
  autoComplete?: "bday" | "off" | undefined;
}

/**
 * The GOV.UK date pattern: three text fields Tag / Monat / Jahr in a `<fieldset>` whose `<legend>` asks the
 * question. The fields are `type="text"` with `inputMode="numeric"` (a number keyboard on phones, but no
 * spinner and no rounding) and as wide as the digits they take. The ref and other native props go to the
 * `<fieldset>`; `disabled` on it disables all three fields.
 */
export const DateInput = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, DateInputProps>(function DateInput(
  {
    id,
    name,
    names,
    error,
    errorFields,
    defaultValue,
    value,
    onChange,
    autoComplete,
    locale,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const text = uiMessages(dateInputMessages, { locale, messages });
  const hasError = error !== undefined && error !== "";
  const inputs = useRef<Partial<Record<DatePart, HTMLInputElement | null>>>({});
  const controlled = value !== undefined;

  const handleChange = (part: DatePart) => (event: ChangeEvent<HTMLInputElement>) => {
    if (!onChange) return;
    const current = (other: DatePart) =>
      other === part ? event.currentTarget.value : (inputs.current[other]?.value ?? value?.[other] ?? "");
    onChange({ day: current("day"), month: current("month"), year: current("year") }, event);
  };

  return (
    <Fieldset
      ref={ref}
      id={id}
      error={error}
      locale={locale}
      messages={messages}
      className={classNames("dk-date-input-fieldset", className)}
      {...rest}
    >
      <div className="dk-date-input" id={id}>
        {DATE_PARTS.map((part) => {
          const inputId = `${id}-${part}`;
          const invalid = hasError && (errorFields === undefined || errorFields.includes(part));
          return (
            <div key={part} className="dk-date-input__item">
              <Label htmlFor={inputId} className="dk-date-input__label">
                {text[part]}
              </Label>
              <input
                ref={(element) => {
                  inputs.current[part] = element;
                }}
                id={inputId}
                name={datePartName(name, part, names)}
                type="text"
                inputMode="numeric"
                autoComplete={autoComplete === "bday" ? `bday-${part}` : autoComplete}
                className={classNames(
                  "dk-date-input__input",
                  `dk-date-input__input--width-${WIDTH[part]}`,
                  invalid && "dk-date-input__input--error",
                )}
                aria-invalid={invalid || undefined}
                {...(controlled ? { value: value[part] ?? "" } : { defaultValue: defaultValue?.[part] })}
                onChange={handleChange(part)}
              />
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
});
