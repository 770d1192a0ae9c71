import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { Textarea } from "./Textarea.js";

const meta = {
  title: "Formular/Textarea",
  component: Textarea,
  args: { id: "anliegen", name: "anliegen", label: "Ihr Anliegen" },
  parameters: {
    docs: {
      description: {
        component:
          "A native `<textarea>` with label, hint and error message, for answers longer than one line; posts with " +
          "the form without JavaScript. For a length limit use CharacterCount. Keyboard: Tab focuses it (a clicked " +
          "label focuses it too), Enter adds a line break (it does not submit), Tab leaves it. WCAG 2.2: 1.3.1 and " +
          "4.1.2 (label tied to the field, hint and error in `aria-describedby`), 3.3.1 and 3.3.3 (error text " +
          "above the field, `aria-invalid`), 3.3.2 (label and hint), 1.4.1 (error not by colour alone), 1.4.10 " +
          "(full width, reflows at 320 px), 1.4.11 (border contrast), 2.4.7 and 2.4.11 (visible focus).",
      },
    },
  },
} satisfies Meta<typeof Textarea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = {
  args: {
    hint: "Beschreiben Sie kurz, worum es geht. Nennen Sie keine Gesundheitsdaten.",
  },
};

export const WithError: Story = {
  args: {
    id: "begruendung",
    name: "begruendung",
    label: "Begründung des Widerspruchs",
    hint: "Warum halten Sie den Bescheid für falsch?",
    error: "Geben Sie eine Begründung ein",
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: "Der Antrag wurde bereits abgeschickt." },
};

export const LongText: Story = {
  args: {
    id: "beschreibung",
    name: "beschreibung",
    rows: 8,
    label:
      "Beschreiben Sie die Veranstaltung so genau wie möglich: Art, Ablauf, erwartete Zahl der Besucherinnen und Besucher, Aufbau von Bühnen und Ständen",
    hint: "Die Angaben helfen dem Ordnungsamt, die Genehmigung schneller zu prüfen. Sie können Anlagen wie Lagepläne im nächsten Schritt hochladen.",
    error:
      "Die Beschreibung ist unvollständig: Geben Sie bitte auch an, wie viele Besucherinnen und Besucher Sie erwarten und ob Sie Musik spielen.",
    defaultValue:
      "Sommerfest des Kleingartenvereins mit Flohmarkt auf der Wiese am Lahnufer, Kinderschminken und einem Kuchenbuffet.\n\nAufbau ab 8 Uhr, Beginn 11 Uhr, Ende 18 Uhr.",
  },
};

export const English: Story = {
  args: {
    id: "request",
    name: "request",
    label: "Your request",
    hint: "Tell us briefly what it is about.",
    error: "Enter your request",
    locale: "en",
  },
  render: (args) => (
    <div lang="en">
      <Textarea {...args} />
    </div>
  ),
};

export const PageHeading: Story = {
  args: { id: "grund", name: "grund", label: "Warum möchten Sie den Termin verschieben?", isPageHeading: true },
};

function ControlledTextarea() {
  const [value, setValue] = useState("Bitte rufen Sie mich zurück.");
  return (
    <>
      <Textarea
        id="nachricht"
        name="nachricht"
        label="Nachricht"
        rows={3}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <p>{value.length} Zeichen eingegeben</p>
    </>
  );
}

export const Controlled: Story = {
  render: () => <ControlledTextarea />,
};
