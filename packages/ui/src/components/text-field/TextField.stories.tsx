import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { TextField } from "./TextField.js";

const meta = {
  title: "Formular/TextField",
  component: TextField,
  args: { id: "nachname", name: "nachname", label: "Nachname", autoComplete: "family-name" },
  argTypes: {
    type: { control: "select", options: ["text", "email", "tel", "password", "url", "search"] },
    width: { control: "select", options: ["2", "3", "4", "5", "10", "20", "30", "full"] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "A native single-line `<input>` with label, hint and error message; posts with the form without " +
          "JavaScript. Keyboard: Tab focuses it (a clicked label focuses it too), typing edits it, Enter submits " +
          "the form. WCAG 2.2: 1.3.1 and 4.1.2 (label tied to the input, hint and error in `aria-describedby`), " +
          "1.3.5 (`autoComplete` for personal data), 3.3.1 and 3.3.3 (error text above the input, " +
          "`aria-invalid`), 3.3.2 (label and hint), 1.4.1 (error not by colour alone), 1.4.10 (widths shrink " +
          "to 320 px), 1.4.11 (border contrast), 2.4.7 and 2.4.11 (visible focus), 2.5.8 (44 px high). A prefix " +
          "or suffix (e.g. „€“) is hidden from screen readers, so the unit is named once, in the label.",
      },
    },
  },
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = {
  args: {
    id: "plz",
    name: "plz",
    label: "Postleitzahl",
    hint: "Zum Beispiel 35390",
    width: "5",
    inputMode: "numeric",
    autoComplete: "postal-code",
  },
};

export const WithError: Story = {
  args: {
    id: "email",
    name: "email",
    type: "email",
    label: "E-Mail-Adresse",
    hint: "Wir schicken Ihnen die Eingangsbestätigung an diese Adresse.",
    error: "Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@beispiel.de",
    autoComplete: "email",
    spellCheck: false,
    defaultValue: "name@beispiel",
  },
};

export const Disabled: Story = {
  args: { id: "aktenzeichen", name: "aktenzeichen", label: "Aktenzeichen", disabled: true, defaultValue: "2026-0471" },
};

export const LongText: Story = {
  args: {
    id: "bezeichnung",
    name: "bezeichnung",
    label:
      "Genaue Bezeichnung der Veranstaltung, wie sie im Veranstaltungskalender der Stadt und auf den Plakaten erscheinen soll",
    hint: "Geben Sie den vollständigen Namen an, einschließlich Untertitel, Jahreszahl und veranstaltendem Verein. Abkürzungen schreiben Sie bitte aus.",
    error:
      "Die Bezeichnung ist zu lang: Sie darf höchstens 120 Zeichen haben. Kürzen Sie den Untertitel oder lassen Sie die Jahreszahl weg.",
    defaultValue: "Sommerfest des Kleingartenvereins „Am Lahnufer“ e. V. mit Flohmarkt, Kinderprogramm und Live-Musik",
  },
};

export const English: Story = {
  args: {
    id: "given-name",
    name: "givenName",
    label: "First name",
    hint: "As shown on your identity card",
    error: "Enter your first name",
    autoComplete: "given-name",
    locale: "en",
  },
  render: (args) => (
    <div lang="en">
      <TextField {...args} />
    </div>
  ),
};

export const PageHeading: Story = {
  args: { id: "hundename", name: "hundename", label: "Wie heißt Ihr Hund?", isPageHeading: true, width: "20" },
};

/** The character-based widths; each still shrinks to a 320 px container. */
export const Widths: Story = {
  render: () => (
    <>
      <TextField id="width-2" name="width2" label="2 Zeichen (Tag)" width="2" inputMode="numeric" />
      <TextField id="width-3" name="width3" label="3 Zeichen" width="3" />
      <TextField id="width-4" name="width4" label="4 Zeichen (Jahr)" width="4" inputMode="numeric" />
      <TextField id="width-5" name="width5" label="5 Zeichen (Postleitzahl)" width="5" inputMode="numeric" />
      <TextField id="width-10" name="width10" label="10 Zeichen (Telefonnummer)" width="10" type="tel" />
      <TextField id="width-20" name="width20" label="20 Zeichen" width="20" />
      <TextField id="width-30" name="width30" label="30 Zeichen" width="30" />
      <TextField id="width-full" name="widthFull" label="Volle Breite" width="full" />
    </>
  ),
};

/** Prefix and suffix are shown but not read; the unit is in the label or in `unitLabel`. */
export const PrefixAndSuffix: Story = {
  render: () => (
    <>
      <TextField
        id="betrag"
        name="betrag"
        label="Betrag"
        unitLabel="in Euro"
        prefix="€"
        width="5"
        inputMode="decimal"
        spellCheck={false}
      />
      <TextField
        id="gewicht"
        name="gewicht"
        label="Gewicht des Hundes in kg"
        suffix="kg"
        width="3"
        inputMode="decimal"
        spellCheck={false}
      />
    </>
  ),
};

export const Numeric: Story = {
  args: {
    id: "hausnummer",
    name: "hausnummer",
    label: "Hausnummer",
    width: "4",
    inputMode: "numeric",
    spellCheck: false,
  },
};

export const Password: Story = {
  args: {
    id: "passwort",
    name: "passwort",
    type: "password",
    label: "Passwort",
    hint: "Mindestens 12 Zeichen",
    autoComplete: "current-password",
    width: "20",
  },
};

export const Search: Story = {
  args: { id: "suche", name: "q", type: "search", label: "Leistung suchen", width: "30" },
};

function ControlledTextField() {
  const [value, setValue] = useState("Gießen");
  return (
    <>
      <TextField
        id="ort"
        name="ort"
        label="Ort"
        autoComplete="address-level2"
        width="20"
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <p>Eingabe: {value}</p>
    </>
  );
}

export const Controlled: Story = {
  render: () => <ControlledTextField />,
};
