import type { Meta, StoryObj } from "@storybook/react-vite";
import { WarningText } from "./WarningText.js";

const meta = {
  title: "Inhalt/WarningText",
  component: WarningText,
  args: {
    children: "Wenn Sie Ihren Hund nicht innerhalb von zwei Wochen anmelden, kann ein Bußgeld fällig werden.",
  },
  parameters: {
    docs: {
      description: {
        component:
          "An important warning about a consequence (a fine, losing a right), in bold next to an exclamation mark in " +
          "a circle (GOV.UK warning text). The icon is decorative (`aria-hidden`); a visually hidden prefix " +
          '(„Warnung:“ / "Warning:", from `messages.prefix`) says in text that this is a warning, so it is not ' +
          "conveyed by the icon or bold type alone. Static content, no live region. Keyboard: not focusable. " +
          "WCAG 2.2: 1.1.1 (icon hidden, meaning in text), 1.3.1 and 1.4.1 (warning named in text), 1.4.3 (text " +
          "contrast), 1.4.11 (the circle at least 3:1; framed in forced colours), 1.4.10 (reflow at 320 px).",
      },
    },
  },
} satisfies Meta<typeof WarningText>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const CustomPrefix: Story = {
  args: {
    messages: { prefix: "Wichtig:" },
    children: "Ohne die Unterschrift aller Halterinnen und Halter können wir Ihren Antrag nicht bearbeiten.",
  },
};

export const LongText: Story = {
  args: {
    children:
      "Wenn Sie falsche Angaben zur Anzahl oder Rasse Ihrer Hunde machen, handeln Sie ordnungswidrig: Die " +
      "Hundesteuersatzung sieht dafür ein Bußgeld von bis zu 10.000 € vor, und zu wenig gezahlte Hundesteuer wird " +
      "rückwirkend festgesetzt (Steuerverkürzung nach dem Kommunalabgabengesetz).",
  },
};

export const English: Story = {
  args: {
    locale: "en",
    lang: "en",
    children: "You can be fined if you do not register your dog within two weeks.",
  },
};
