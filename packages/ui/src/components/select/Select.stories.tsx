import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { Select, type SelectOption } from "./Select.js";

const landkreise: SelectOption[] = [
  { value: "giessen", label: "Landkreis Gießen" },
  { value: "lahn-dill", label: "Lahn-Dill-Kreis" },
  { value: "limburg-weilburg", label: "Landkreis Limburg-Weilburg" },
  { value: "marburg-biedenkopf", label: "Landkreis Marburg-Biedenkopf" },
  { value: "vogelsberg", label: "Vogelsbergkreis" },
];

const meta = {
  title: "Formular/Select",
  component: Select,
  args: { id: "landkreis", name: "landkreis", label: "Landkreis", options: landkreise, emptyOption: true },
  parameters: {
    docs: {
      description: {
        component:
          "A native `<select>` with label, hint and error message; posts with the form without JavaScript. Options " +
          "come from `options` or as `<option>` children; `emptyOption` adds a first option „Bitte auswählen“ with " +
          'the value `""`. Prefer radios for few choices. Keyboard (native): Tab focuses it; Space, Enter or ' +
          "Alt+Arrow down opens the list; arrow keys and typing the first letters choose; Escape closes. WCAG 2.2: " +
          "1.3.1 and 4.1.2 (label tied to the select, hint and error in `aria-describedby`), 3.3.1 and 3.3.3 " +
          "(error text above the select, `aria-invalid`), 3.3.2 (label and hint), 1.4.1 (error not by colour " +
          "alone), 1.4.10 (no wider than its container), 1.4.11 (border contrast), 2.4.7 and 2.4.11 (visible " +
          "focus), 2.5.8 (44 px high), 3.2.2 (choosing does not submit or navigate).",
      },
    },
  },
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: "Der Landkreis, in dem Ihr Hauptwohnsitz liegt." },
};

export const WithError: Story = {
  args: { error: "Wählen Sie den Landkreis aus", hint: "Der Landkreis, in dem Ihr Hauptwohnsitz liegt." },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: "giessen" },
};

export const LongText: Story = {
  args: {
    id: "leistung",
    name: "leistung",
    label:
      "Für welche Leistung der Stadtverwaltung möchten Sie einen Termin im Bürgerbüro vereinbaren, wenn Sie mehrere Anliegen haben?",
    hint: "Wählen Sie das Anliegen, das am meisten Zeit braucht. Weitere Anliegen nennen Sie im nächsten Schritt, damit wir genug Zeit einplanen.",
    error:
      "Wählen Sie eine Leistung aus. Wenn Ihre Leistung nicht in der Liste steht, wählen Sie „Sonstiges Anliegen“ und beschreiben Sie es im nächsten Schritt.",
    options: [
      { value: "personalausweis", label: "Personalausweis beantragen (auch vorläufiger Personalausweis)" },
      { value: "reisepass", label: "Reisepass beantragen, verlängern oder als Express-Reisepass bestellen" },
      { value: "meldebescheinigung", label: "Meldebescheinigung oder erweiterte Meldebescheinigung ausstellen lassen" },
      { value: "sonstiges", label: "Sonstiges Anliegen" },
    ],
  },
};

export const English: Story = {
  args: {
    id: "county",
    name: "county",
    label: "County",
    hint: "Where your main residence is",
    error: "Select your county",
    locale: "en",
  },
  render: (args) => (
    <div lang="en">
      <Select {...args} />
    </div>
  ),
};

/** Preselected, without an empty option. */
export const Preselected: Story = {
  args: { emptyOption: false, defaultValue: "marburg-biedenkopf" },
};

/** A disabled option stays visible, so the user sees it exists, but cannot be chosen. */
export const DisabledOption: Story = {
  args: {
    id: "termin",
    name: "termin",
    label: "Uhrzeit",
    emptyOption: "Uhrzeit wählen",
    options: [
      { value: "09:00", label: "9:00 Uhr" },
      { value: "09:30", label: "9:30 Uhr (ausgebucht)", disabled: true },
      { value: "10:00", label: "10:00 Uhr" },
    ],
  },
};

/** Options as children, grouped with `<optgroup>`. */
export const WithChildren: Story = {
  args: { id: "stadt", name: "stadt", label: "Stadt", options: undefined },
  render: (args) => (
    <Select {...args}>
      <optgroup label="Mittelhessen">
        <option value="giessen">Gießen</option>
        <option value="marburg">Marburg</option>
        <option value="wetzlar">Wetzlar</option>
      </optgroup>
      <optgroup label="Südhessen">
        <option value="offenbach">Offenbach am Main</option>
      </optgroup>
    </Select>
  ),
};

export const PageHeading: Story = {
  args: { label: "In welchem Landkreis wohnen Sie?", isPageHeading: true },
};

function ControlledSelect() {
  const [value, setValue] = useState("lahn-dill");
  return (
    <>
      <Select
        id="kreis"
        name="kreis"
        label="Landkreis"
        options={landkreise}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <p>Gewählt: {value}</p>
    </>
  );
}

export const Controlled: Story = {
  render: () => <ControlledSelect />,
};
