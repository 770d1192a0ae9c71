import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { Button } from "../button/Button.js";
import { Link } from "../link/Link.js";
import { Dialog, DialogClose } from "./Dialog.js";

const meta = {
  title: "Inhalt/Dialog",
  component: Dialog,
  args: {
    title: "Datenschutzhinweise",
    description: "Wie die Stadt Ihre Angaben in diesem Antrag verarbeitet.",
    trigger: (
      <Button href="/hinweise/datenschutz" variant="secondary">
        Datenschutzhinweise lesen
      </Button>
    ),
    children: (
      <>
        <p>
          Verantwortlich ist der Magistrat der Stadt, Bürgerbüro. Wir verarbeiten Ihre Angaben nur, um Ihren Antrag zu
          bearbeiten (Art. 6 Abs. 1 lit. e DSGVO).
        </p>
        <p>
          Ihre Angaben werden gelöscht, wenn die gesetzliche Aufbewahrungsfrist abgelaufen ist. Sie haben das Recht auf
          Auskunft, Berichtigung und Löschung.
        </p>
      </>
    ),
  },
  argTypes: { role: { control: "inline-radio", options: ["dialog", "alertdialog"] } },
  parameters: {
    docs: {
      description: {
        component:
          "A modal dialog (Radix Dialog) with a title that names it, an optional description read out with it, the " +
          "close button „Schließen“ and optional actions. Progressive enhancement: the trigger is a link (`href`) to " +
          "a page with the same content, so without JavaScript the content is one click away; once hydrated the link " +
          'becomes `role="button"` and opens the dialog instead. The dialog renders in a portal at the end of the ' +
          "body and takes the city theme, colour scheme and language of the place it was opened from. " +
          "Keyboard: Enter or Space on the trigger opens it; focus moves to the first focusable element (the close " +
          "button) or the element given in `initialFocusRef`; Tab and Shift+Tab stay inside; Escape closes it and " +
          "focus returns to the trigger. A click on the overlay closes a `dialog`, not an `alertdialog`. The page " +
          "behind is hidden from screen readers and does not scroll. WCAG 2.2: 1.3.1 and 4.1.2 (role dialog named " +
          "by its heading, described by its description), 2.1.1 and 2.1.2 (keyboard, Escape always leaves), 2.4.3 " +
          "(focus moves in and returns), 2.4.7 and 2.4.11 (visible focus, not hidden behind the overlay), 1.4.10 " +
          "(fits at 320 px, scrolls inside), 2.5.8 (44 px close button), 1.4.3 and 1.4.11 (contrast per theme).",
      },
    },
  },
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The trigger is a link to the same content on its own page: it works without JavaScript. */
export const Default: Story = {};

/** A link inside a sentence as the trigger. */
export const LinkInText: Story = {
  render: (args) => (
    <p>
      Mit dem Absenden bestätigen Sie, dass Ihre Angaben richtig sind. Wie wir sie verarbeiten, lesen Sie in den{" "}
      <Dialog {...args} trigger={<Link href="/hinweise/datenschutz">Datenschutzhinweisen</Link>} />.
    </p>
  ),
};

/**
 * A confirmation with actions. Without JavaScript the trigger leads to a confirmation page; in the dialog the
 * confirming button posts the same form, „Abbrechen“ closes it.
 */
export const WithActions: Story = {
  args: {
    title: "Antrag verwerfen?",
    description: "Ihre bisherigen Angaben werden gelöscht. Das können Sie nicht rückgängig machen.",
    trigger: (
      <Button href="/antrag/verwerfen" variant="warning">
        Antrag verwerfen
      </Button>
    ),
    children: undefined,
    actions: (
      <>
        <form method="post" action="/antrag/verwerfen">
          <Button variant="warning">Ja, Antrag verwerfen</Button>
        </form>
        <DialogClose asChild>
          <Button variant="secondary">Abbrechen</Button>
        </DialogClose>
      </>
    ),
  },
};

/** Long content scrolls inside the dialog, which never grows beyond the viewport. */
export const LongText: Story = {
  args: {
    title: "Hinweise zur Verarbeitung Ihrer personenbezogenen Daten im Verfahren zur Kraftfahrzeugzulassung",
    children: (
      <>
        {[
          "Verantwortlicher",
          "Zwecke und Rechtsgrundlagen",
          "Empfänger",
          "Speicherdauer",
          "Ihre Rechte",
          "Beschwerderecht",
        ].map((heading) => (
          <section key={heading}>
            <h3>{heading}</h3>
            <p>
              Die Zulassungsbehörde verarbeitet Ihre Angaben, um das Fahrzeug zuzulassen, umzuschreiben oder außer
              Betrieb zu setzen. Die Angaben werden an das Kraftfahrt-Bundesamt übermittelt, soweit die
              Fahrzeug-Zulassungsverordnung das vorschreibt, und nach Ablauf der gesetzlichen Fristen gelöscht.
            </p>
          </section>
        ))}
      </>
    ),
  },
};

export const English: Story = {
  args: {
    locale: "en",
    lang: "en",
    title: "Privacy notice",
    description: "How the city processes the details you give in this application.",
    trigger: (
      <Button href="/en/privacy" variant="secondary" lang="en">
        Read the privacy notice
      </Button>
    ),
    children: (
      <p>
        The city council is responsible. We use your details only to process your application, and delete them when the
        statutory retention period has ended.
      </p>
    ),
  },
};

function ControlledDemo(args: Story["args"]) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Dialog
        {...args}
        title={args?.title ?? "Datenschutzhinweise"}
        open={open}
        onOpenChange={setOpen}
        actions={
          <Button type="button" onClick={() => setOpen(false)}>
            Verstanden
          </Button>
        }
      />
      <p>Der Dialog ist {open ? "geöffnet" : "geschlossen"}.</p>
    </>
  );
}

/** Controlled: the app keeps `open` and closes the dialog from its own button. */
export const Controlled: Story = {
  render: (args) => <ControlledDemo {...args} />,
};
