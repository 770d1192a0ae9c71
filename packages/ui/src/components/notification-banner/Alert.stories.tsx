import type { Meta, StoryObj } from "@storybook/react-vite";
import { Alert } from "./Alert.js";

const meta = {
  title: "Inhalt/Alert",
  component: Alert,
  args: {
    title: "Unterlagen bereithalten",
    children: <p>Für den Antrag brauchen Sie Ihren Personalausweis und den Impfpass Ihres Hundes.</p>,
  },
  argTypes: { variant: { control: "inline-radio", options: ["info", "success", "warning", "error"] } },
  parameters: {
    docs: {
      description: {
        component:
          "A message inside the page, next to what it is about: `info`, `success`, `warning` or `error`. Tinted " +
          "background with text in the layout colour, a border and a decorative icon (`aria-hidden`) in the feedback " +
          "colour, and a visually hidden prefix („Information:“, „Erfolg:“, „Warnung:“, „Fehler:“) at the start of " +
          "the title, so the variant is not conveyed by colour alone. A static message by default; `announce` makes it " +
          "a live region (`role=alert` for warning and error, `role=status` for info and success) for messages that " +
          "appear on the client after an action. Keyboard: not focusable; links inside are reached with Tab. " +
          "WCAG 2.2: 1.4.1 (use of colour), 1.4.3 (contrast), 1.3.1 (heading), 1.1.1 (icon hidden, meaning in " +
          "text), 4.1.3 (status messages, with `announce`).",
      },
    },
  },
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {};

export const Success: Story = {
  args: {
    variant: "success",
    title: "Zahlung eingegangen",
    children: <p>Wir haben Ihre Zahlung von 75,00 € erhalten.</p>,
  },
};

export const Warning: Story = {
  args: {
    variant: "warning",
    title: "Frist läuft bald ab",
    children: <p>Die Hundesteuer muss innerhalb von zwei Wochen nach Anschaffung des Hundes angemeldet werden.</p>,
  },
};

export const ErrorVariant: Story = {
  name: "Error",
  args: {
    variant: "error",
    title: "Zahlung fehlgeschlagen",
    children: (
      <p>
        Die Zahlung wurde abgebrochen. Es wurde nichts abgebucht. <a href="/bezahlen">Erneut bezahlen</a>
      </p>
    ),
  },
};

export const WithoutTitle: Story = {
  args: { title: undefined, variant: "warning", children: <p>Dieser Dienst ist nur für Einwohner von Gießen.</p> },
};

export const WithoutIcon: Story = {
  args: { icon: false },
};

export const WithLink: Story = {
  args: {
    children: (
      <p>
        Lesen Sie vorher die <a href="/hundesteuer/satzung">Hundesteuersatzung</a>.
      </p>
    ),
  },
};

/** Rendered on the client after an action: a live region (`role="alert"` for an error). */
export const Announced: Story = {
  args: {
    variant: "error",
    announce: true,
    title: "Speichern fehlgeschlagen",
    children: <p>Bitte versuchen Sie es erneut.</p>,
  },
};

export const LongText: Story = {
  args: {
    variant: "warning",
    title: "Für diesen Antrag brauchen Sie die Einwilligung aller Halterinnen und Halter des Hundes",
    children: (
      <p>
        Wenn mehrere Personen einen Hund gemeinsam halten, haften sie gesamtschuldnerisch für die Hundesteuer. Laden Sie
        deshalb die unterschriebene Einwilligung aller Halterinnen und Halter hoch, bevor Sie den Antrag absenden; ohne
        sie kann Ihr Antrag nicht bearbeitet werden.
      </p>
    ),
  },
};

export const English: Story = {
  args: {
    locale: "en",
    variant: "error",
    title: "Payment failed",
    children: <p>The payment was cancelled. Nothing was charged.</p>,
  },
};
