import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { Link } from "../link/Link.js";
import { Details } from "./Details.js";

const meta = {
  title: "Inhalt/Details",
  component: Details,
  args: {
    summary: "Wo finde ich meine Steuer-Identifikationsnummer?",
    children: (
      <p>
        Die 11-stellige Steuer-Identifikationsnummer steht auf Ihrem Einkommensteuerbescheid, auf Ihrer
        Lohnsteuerbescheinigung und in dem Brief, den Ihnen das Bundeszentralamt für Steuern geschickt hat.
      </p>
    ),
  },
  parameters: {
    docs: {
      description: {
        component:
          "„Hilfe zu diesem Feld“: a native `<details>` with a `<summary>` (GOV.UK details) for help that only some " +
          "users need. Works without JavaScript; the browser exposes the summary as a button with its expanded or " +
          "collapsed state and opens closed details for find-in-page and for links to an element inside. `defaultOpen` " +
          "renders it open; `open` with `onToggle` keeps it in step with your state. Keyboard: Tab reaches the " +
          "summary, Enter or Space opens and closes it. WCAG 2.2: 1.3.1 (native disclosure semantics), 1.4.1 (state " +
          "shown by the marker's direction, not colour), 1.4.10 (reflow), 2.1.1 (keyboard), 2.4.7 and 2.4.11 (visible " +
          "focus), 2.5.8 (the whole summary line is the target), 4.1.2 (name, role and state of the summary).",
      },
    },
  },
} satisfies Meta<typeof Details>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Open: Story = {
  args: { defaultOpen: true },
};

export const WithListAndLink: Story = {
  args: {
    summary: "Hilfe zu diesem Feld",
    defaultOpen: true,
    children: (
      <>
        <p>Als Nachweis des Wohnsitzes akzeptieren wir:</p>
        <ul>
          <li>eine Meldebescheinigung, nicht älter als drei Monate,</li>
          <li>den Personalausweis mit aktueller Anschrift.</li>
        </ul>
        <p>
          Eine Meldebescheinigung erhalten Sie im <Link href="/buergerbuero">Bürgerbüro</Link>.
        </p>
      </>
    ),
  },
};

export const LongText: Story = {
  args: {
    summary:
      "Was passiert mit meinen Angaben zur Kraftfahrzeugzulassungsbescheinigung, wenn ich den Antrag auf Bewohnerparkausweis zurückziehe?",
    children: (
      <p>
        Ziehen Sie Ihren Antrag zurück, löschen wir Ihre Angaben einschließlich der hochgeladenen
        Zulassungsbescheinigung Teil I spätestens nach 30 Tagen. Bereits gezahlte Verwaltungsgebühren werden nach der
        Gebührensatzung anteilig erstattet, sofern die Bearbeitung noch nicht begonnen hat; die Erstattung erfolgt auf
        das Konto, von dem Sie gezahlt haben.
      </p>
    ),
  },
};

export const English: Story = {
  args: {
    lang: "en",
    summary: "Where can I find my tax identification number?",
    children: (
      <p>
        Your 11-digit tax identification number is on your income tax assessment, your payslip certificate and the
        letter the Federal Central Tax Office sent you.
      </p>
    ),
  },
};

function ControlledDetails() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Details
        summary="Welche Unterlagen brauche ich?"
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <p>Personalausweis oder Reisepass und die Zulassungsbescheinigung Teil I.</p>
      </Details>
      <p>Status: {open ? "geöffnet" : "geschlossen"}</p>
    </>
  );
}

export const Controlled: Story = {
  render: () => <ControlledDetails />,
};
