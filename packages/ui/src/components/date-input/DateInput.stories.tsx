import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { DateInput } from "./DateInput.js";
import type { DateInputValue } from "./date-input-value.js";

const meta = {
  title: "Formular/DateInput",
  component: DateInput,
  args: { id: "geburtsdatum", name: "geburtsdatum", legend: "Wann sind Sie geboren?", autoComplete: "bday" },
  parameters: {
    docs: {
      description: {
        component:
          "The GOV.UK date pattern: three text fields Tag / Monat / Jahr in a `<fieldset>` whose `<legend>` asks the " +
          "question, with hint and error tied to the group. The fields post `<name>-day`, `<name>-month`, " +
          "`<name>-year`; `dateInputValue(formData, name)` reads them into the `{ day, month, year }` that " +
          '`dateInput.validate` of `@digitale-kommune/validators` checks, and its issue paths (`[…, "month"]`) map ' +
          "to the field ids (`geburtsdatum-month`). `errorFields` highlights only the fields at fault. Keyboard: Tab " +
          "and Shift+Tab move between the three fields (no automatic jump to the next field, which would surprise " +
          'users who correct a digit); a number keyboard opens on phones (`inputMode="numeric"`). WCAG 2.2: 1.3.1 ' +
          '(group named by its legend, each field by its label), 1.3.5 (`autocomplete="bday-*"` for a date of ' +
          "birth), 3.3.1 and 3.3.3 (error identification and suggestion), 3.3.2 (labels and an example in the hint), " +
          "1.4.1 (errors not by colour alone), 2.4.7 (visible focus), 2.5.8 (44 px tall fields), 1.4.10 (the fields " +
          "wrap at 320 px).",
      },
    },
  },
} satisfies Meta<typeof DateInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: "Zum Beispiel 27 3 2007" },
};

/** An error on the whole date (e.g. „Dieses Datum gibt es nicht“) highlights all three fields. */
export const WithError: Story = {
  args: {
    hint: "Zum Beispiel 27 3 2007",
    error: "Dieses Datum gibt es nicht. Bitte prüfen Sie Tag und Monat.",
    defaultValue: { day: "31", month: "2", year: "1990" },
  },
};

/** An error of single fields (issue paths `["geburtsdatum", "month"]`, …) highlights only those. */
export const ErrorOnOneField: Story = {
  args: {
    hint: "Zum Beispiel 27 3 2007",
    error: "Das Datum muss einen Monat enthalten.",
    errorFields: ["month"],
    defaultValue: { day: "27", month: "", year: "2007" },
  },
};

export const WithValues: Story = {
  args: { hint: "Zum Beispiel 27 3 2007", defaultValue: { day: "27", month: "3", year: "2007" } },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: { day: "27", month: "3", year: "2007" } },
};

/** A date that is not a date of birth: no autocomplete, a future example. */
export const FutureDate: Story = {
  args: {
    id: "umzugsdatum",
    name: "umzugsdatum",
    legend: "Wann ziehen Sie ein?",
    hint: "Zum Beispiel 1 4 2027",
    autoComplete: undefined,
  },
};

export const PageHeading: Story = {
  args: { isPageHeading: true, hint: "Zum Beispiel 27 3 2007" },
};

export const LongText: Story = {
  args: {
    legend:
      "An welchem Tag wurde der Hund in Ihren Haushalt aufgenommen oder, falls er bei Ihnen geboren wurde, an welchem Tag wurde er geboren?",
    hint: "Geben Sie das Datum an, das im Kaufvertrag, in der Abgabebestätigung des Tierheims oder im Heimtierausweis steht, zum Beispiel 27 3 2007.",
    error:
      "Das Datum darf nicht in der Zukunft liegen. Bitte prüfen Sie das Jahr und geben Sie das Datum so ein, wie es in Ihren Unterlagen steht.",
    errorFields: ["year"],
    autoComplete: undefined,
  },
};

export const English: Story = {
  args: {
    locale: "en",
    legend: "What is your date of birth?",
    hint: "For example, 27 3 2007",
    error: "The date must include a year.",
    errorFields: ["year"],
    defaultValue: { day: "27", month: "3" },
  },
};

function ControlledDate() {
  const [value, setValue] = useState<DateInputValue>({ day: "1", month: "4", year: "2027" });
  return (
    <>
      <DateInput
        id="beginn"
        name="beginn"
        legend="Ab wann soll die Erlaubnis gelten?"
        hint="Zum Beispiel 1 4 2027"
        value={value}
        onChange={setValue}
      />
      <p>
        Gewählt: {value.day}.{value.month}.{value.year}
      </p>
    </>
  );
}

/** Controlled with `value` and `onChange`. */
export const Controlled: Story = {
  render: () => <ControlledDate />,
};
