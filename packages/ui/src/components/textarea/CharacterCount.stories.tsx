import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { CharacterCount } from "./CharacterCount.js";

const meta = {
  title: "Formular/CharacterCount",
  component: CharacterCount,
  args: { id: "anmerkung", name: "anmerkung", label: "Anmerkungen zum Antrag", maxLength: 200 },
  parameters: {
    docs: {
      description: {
        component:
          "A Textarea with a limit in characters (`maxLength`) or words (`maxWords`), as GOV.UK's character count. " +
          "Without JavaScript the static hint „Sie können bis zu 200 Zeichen eingeben“ shows the limit and the " +
          "textarea has no native `maxlength`, so a longer text (also pasted) is kept and reported instead of cut " +
          "off. With JavaScript the hint becomes a live count that turns into the error style over the limit; " +
          "screen readers hear the count through a polite live region about one second after the user pauses " +
          "typing, and keep the static hint as the field's description. Keyboard: as a textarea (Tab, typing, " +
          "Enter for a line break). WCAG 2.2: 1.3.1 and 4.1.2 (label and descriptions), 3.3.2 (the limit is " +
          "stated before input), 4.1.3 (status messages: the count is announced without moving focus), 1.4.1 " +
          "(over the limit the text says so, not only the colour), 2.2.1 (no time limit; nothing is cut off), " +
          "3.3.1 (error identification), 1.4.10 (reflow), 2.4.7 (visible focus).",
      },
    },
  },
} satisfies Meta<typeof CharacterCount>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: "Zum Beispiel Hinweise zur Erreichbarkeit oder zu Unterlagen, die Sie nachreichen." },
};

export const WithError: Story = {
  args: {
    id: "begruendung",
    name: "begruendung",
    label: "Begründung",
    maxLength: 40,
    error: "Die Begründung darf höchstens 40 Zeichen haben",
    defaultValue: "Der Bescheid berücksichtigt nicht, dass ich seit März umgezogen bin.",
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: "Bereits abgeschickt." },
};

export const LongText: Story = {
  args: {
    id: "beschreibung",
    name: "beschreibung",
    maxLength: 1500,
    rows: 8,
    label:
      "Beschreiben Sie die Veranstaltung so genau wie möglich: Art, Ablauf, erwartete Zahl der Besucherinnen und Besucher, Aufbau von Bühnen und Ständen",
    hint: "Die Angaben helfen dem Ordnungsamt, die Genehmigung schneller zu prüfen. Sie können Anlagen wie Lagepläne im nächsten Schritt hochladen.",
    defaultValue:
      "Sommerfest des Kleingartenvereins mit Flohmarkt auf der Wiese am Lahnufer, Kinderschminken und einem Kuchenbuffet.",
  },
};

export const English: Story = {
  args: {
    id: "details",
    name: "details",
    label: "Can you provide more detail?",
    hint: "Do not include personal or financial information.",
    maxLength: 200,
    locale: "en",
  },
  render: (args) => (
    <div lang="en">
      <CharacterCount {...args} />
    </div>
  ),
};

/** A default value longer than the limit (e.g. pasted, then posted): the count shows the excess as an error. */
export const OverLimit: Story = {
  args: {
    id: "kurzbeschreibung",
    name: "kurzbeschreibung",
    label: "Kurzbeschreibung",
    maxLength: 30,
    defaultValue: "Umzug innerhalb der Stadt mit neuer Anschrift ab dem ersten Mai",
  },
};

export const WordLimit: Story = {
  args: {
    id: "zusammenfassung",
    name: "zusammenfassung",
    label: "Zusammenfassung in wenigen Worten",
    maxLength: undefined,
    maxWords: 20,
  },
};

/** The count appears only from 75 % of the limit; before that the static hint stays. */
export const Threshold: Story = {
  args: {
    id: "hinweis",
    name: "hinweis",
    label: "Hinweis an das Bürgerbüro",
    maxLength: 100,
    threshold: 75,
    defaultValue: "Bitte Termin am Vormittag.",
  },
};

function ControlledCharacterCount() {
  const [value, setValue] = useState("Ich bin unter der Woche ab 16 Uhr erreichbar.");
  return (
    <CharacterCount
      id="erreichbarkeit"
      name="erreichbarkeit"
      label="Wann sind Sie erreichbar?"
      maxLength={80}
      rows={3}
      value={value}
      onChange={(event) => setValue(event.target.value)}
    />
  );
}

export const Controlled: Story = {
  render: () => <ControlledCharacterCount />,
};
