import type { Meta, StoryObj } from "@storybook/react-vite";
import { ErrorMessage } from "./ErrorMessage.js";

const meta = {
  title: "Formular/ErrorMessage",
  component: ErrorMessage,
  args: { id: "plz-error", children: "Die Postleitzahl ist zu kurz: Sie besteht aus genau 5 Ziffern." },
  parameters: {
    docs: {
      description: {
        component:
          "The error of one field, above its input, referenced by the input's `aria-describedby`. A visually hidden " +
          "prefix („Fehler:“ / „Error:“) names it as an error for screen readers. WCAG 2.2: 1.4.1 (not colour alone), " +
          "3.3.1 (error identification), 3.3.3 (suggestion, through the message text). Keyboard: not focusable; it is read with the field when Tab " +
          "reaches the input.",
      },
    },
  },
} satisfies Meta<typeof ErrorMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const English: Story = {
  args: { locale: "en", children: "The postcode is too short: it has exactly 5 digits." },
};

export const LongText: Story = {
  args: {
    children:
      "Das Datum muss in der Vergangenheit liegen. Bitte prüfen Sie Tag, Monat und Jahr, und geben Sie das Geburtsdatum so ein, wie es in Ihrem Ausweis steht.",
  },
};
