import type { Meta, StoryObj } from "@storybook/react-vite";
import { TextField } from "../text-field/TextField.js";
import { Fieldset } from "./Fieldset.js";

const LABELS = {
  de: { street: "Straße und Hausnummer", postcode: "Postleitzahl", town: "Ort" },
  en: { street: "Street and house number", postcode: "Postcode", town: "Town or city" },
};

function AddressFields({ prefix, locale = "de" }: { prefix: string; locale?: "de" | "en" | undefined }) {
  const labels = LABELS[locale];
  return (
    <>
      <TextField id={`${prefix}-strasse`} name="strasse" label={labels.street} autoComplete="address-line1" />
      <TextField
        id={`${prefix}-postleitzahl`}
        name="postleitzahl"
        label={labels.postcode}
        width="5"
        inputMode="numeric"
        autoComplete="postal-code"
      />
      <TextField id={`${prefix}-ort`} name="ort" label={labels.town} width="20" autoComplete="address-level2" />
    </>
  );
}

const meta = {
  title: "Formular/Fieldset",
  component: Fieldset,
  args: { id: "anschrift", legend: "Wie lautet Ihre Anschrift?" },
  argTypes: { legendSize: { control: "inline-radio", options: ["s", "m", "l", "xl"] } },
  render: (args) => (
    <Fieldset {...args}>
      <AddressFields prefix={args.id} locale={args.locale} />
    </Fieldset>
  ),
  parameters: {
    docs: {
      description: {
        component:
          "A native `<fieldset>` whose `<legend>` names a group of fields: an address, the day, month and year of a " +
          "date, the options of Checkboxes and Radios. Hint and error are tied to the fieldset with " +
          "`aria-describedby`; `isPageHeading` puts an `<h1>` inside the legend for one-question pages. " +
          "WCAG 2.2: 1.3.1 (info and relationships: the legend names the group), 2.4.6 (headings and labels), " +
          "3.3.1 (error identification), 3.3.2 (labels or instructions), 1.4.10 (reflow). " +
          "Keyboard: the fieldset is not focusable itself; Tab moves through the fields inside, and screen readers " +
          "announce the legend when focus enters the group.",
      },
    },
  },
} satisfies Meta<typeof Fieldset>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: "Die Anschrift, unter der Sie mit Hauptwohnsitz gemeldet sind." },
};

export const WithError: Story = {
  args: { error: "Geben Sie Ihre Anschrift vollständig ein." },
};

export const PageHeading: Story = {
  args: { isPageHeading: true },
};

export const LegendSizes: Story = {
  render: () => (
    <>
      {(["s", "m", "l", "xl"] as const).map((size) => (
        <Fieldset key={size} id={`groesse-${size}`} legend={`Legende in Größe ${size}`} legendSize={size}>
          <TextField id={`groesse-${size}-feld`} name={`feld-${size}`} label="Ein Feld" />
        </Fieldset>
      ))}
    </>
  ),
};

export const Disabled: Story = {
  args: { disabled: true, hint: "Die Anschrift wird aus dem Melderegister übernommen." },
};

export const LongText: Story = {
  args: {
    legend:
      "Wie lautet die vollständige Anschrift der Person, die den Hund überwiegend hält und für die Anmeldung zur Hundesteuer verantwortlich ist?",
    hint: "Wenn die Person im Ausland wohnt, geben Sie die Anschrift ihres Bevollmächtigten in Deutschland an. Eine Postfachadresse genügt nicht.",
    error:
      "Geben Sie Straße, Hausnummer, Postleitzahl und Ort der haltenden Person an, so wie sie im Melderegister stehen.",
  },
};

export const English: Story = {
  args: {
    locale: "en",
    lang: "en",
    legend: "What is your address?",
    hint: "The address where you are registered as your main residence.",
    error: "Enter your full address.",
  },
};
