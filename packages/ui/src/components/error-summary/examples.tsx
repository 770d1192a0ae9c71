// Example fields for the stories and tests of ErrorSummary: a text input, a date group and radios, each with the
// error the summary links to. Plain native elements with FormGroup, Label, Hint and ErrorMessage, so the examples
// do not depend on the form components built elsewhere.
import type { Locale } from "../../internal/i18n.js";
import { Button } from "../button/Button.js";
import { ErrorMessage } from "../error-message/ErrorMessage.js";
import { FormGroup, Hint, Label } from "../form-group/FormGroup.js";
import type { ErrorSummaryError } from "./ErrorSummary.js";

const texts = {
  de: {
    vorname: { label: "Vorname", error: "Geben Sie Ihren Vornamen ein." },
    geburtsdatum: {
      legend: "Wann sind Sie geboren?",
      hint: "Zum Beispiel 27 3 2007",
      error: "Geben Sie Ihr Geburtsdatum ein.",
      parts: { day: "Tag", month: "Monat", year: "Jahr" },
    },
    zahlungsweise: {
      legend: "Wie möchten Sie bezahlen?",
      error: "Wählen Sie aus, wie Sie bezahlen möchten.",
      options: { lastschrift: "Lastschrift", ueberweisung: "Überweisung" },
    },
    submit: "Weiter",
  },
  en: {
    vorname: { label: "First name", error: "Enter your first name." },
    geburtsdatum: {
      legend: "When were you born?",
      hint: "For example, 27 3 2007",
      error: "Enter your date of birth.",
      parts: { day: "Day", month: "Month", year: "Year" },
    },
    zahlungsweise: {
      legend: "How do you want to pay?",
      error: "Select how you want to pay.",
      options: { lastschrift: "Direct debit", ueberweisung: "Bank transfer" },
    },
    submit: "Continue",
  },
} as const;

/**
 * The summary's items for the example fields, in the order of the fields: the text input by its own id, the date
 * and the radios by the id of their group (focus goes to the group's first input).
 */
export function exampleErrors(locale: Locale = "de"): ErrorSummaryError[] {
  const t = texts[locale];
  return [
    { text: t.vorname.error, href: "#vorname" },
    { text: t.geburtsdatum.error, href: "#geburtsdatum" },
    { text: t.zahlungsweise.error, href: "#zahlungsweise" },
  ];
}

export interface ExampleFieldsProps {
  locale?: Locale | undefined;
  /** Show the errors on the fields (default true). */
  withErrors?: boolean | undefined;
}

/** A short form with the three example fields, posting natively. */
export function ExampleFields({ locale = "de", withErrors = true }: ExampleFieldsProps) {
  const t = texts[locale];
  const error = (id: string, message: string) =>
    withErrors ? (
      <ErrorMessage id={`${id}-error`} locale={locale}>
        {message}
      </ErrorMessage>
    ) : null;
  const invalid = withErrors ? true : undefined;
  return (
    <form method="post" action="#" noValidate>
      <FormGroup error={withErrors}>
        <Label htmlFor="vorname">{t.vorname.label}</Label>
        {error("vorname", t.vorname.error)}
        <input
          id="vorname"
          name="vorname"
          type="text"
          autoComplete="given-name"
          aria-describedby={withErrors ? "vorname-error" : undefined}
          aria-invalid={invalid}
        />
      </FormGroup>

      <FormGroup error={withErrors}>
        <fieldset aria-describedby={withErrors ? "geburtsdatum-hint geburtsdatum-error" : "geburtsdatum-hint"}>
          <legend>{t.geburtsdatum.legend}</legend>
          <Hint id="geburtsdatum-hint">{t.geburtsdatum.hint}</Hint>
          {error("geburtsdatum", t.geburtsdatum.error)}
          <div id="geburtsdatum">
            {(["day", "month", "year"] as const).map((part) => (
              <span key={part}>
                <Label htmlFor={`geburtsdatum-${part}`}>{t.geburtsdatum.parts[part]}</Label>
                <input
                  id={`geburtsdatum-${part}`}
                  name={`geburtsdatum-${part}`}
                  type="text"
                  inputMode="numeric"
                  size={part === "year" ? 4 : 2}
                  aria-invalid={invalid}
                />
              </span>
            ))}
          </div>
        </fieldset>
      </FormGroup>

      <FormGroup error={withErrors}>
        <fieldset aria-describedby={withErrors ? "zahlungsweise-error" : undefined}>
          <legend>{t.zahlungsweise.legend}</legend>
          {error("zahlungsweise", t.zahlungsweise.error)}
          <div id="zahlungsweise">
            {(["lastschrift", "ueberweisung"] as const).map((option) => (
              <div key={option}>
                <input
                  id={`zahlungsweise-${option}`}
                  name="zahlungsweise"
                  type="radio"
                  value={option}
                  aria-invalid={invalid}
                />
                <Label htmlFor={`zahlungsweise-${option}`}>{t.zahlungsweise.options[option]}</Label>
              </div>
            ))}
          </div>
        </fieldset>
      </FormGroup>

      <Button>{t.submit}</Button>
    </form>
  );
}
