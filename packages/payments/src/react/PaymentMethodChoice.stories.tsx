import { PaymentMethodChoice, type PaymentMethodChoiceProps } from "./PaymentMethodChoice.js";
import type { StoryMeta, StoryOf } from "./story-types.js";

const meta = {
  title: "Bezahlen/PaymentMethodChoice",
  component: PaymentMethodChoice,
  args: {},
  parameters: {
    docs: {
      description: {
        component:
          "„Wie möchten Sie bezahlen?“: the ui Radios in a fieldset, one native radio per method the city offers " +
          "(default: online payment and bank transfer), each with a hint. Posts `paymentMethod=<id>` in a plain form; " +
          "the error follows the ui error pattern. Keyboard: Tab into the group, arrow keys between the methods.",
      },
    },
  },
} satisfies StoryMeta<PaymentMethodChoiceProps>;

export default meta;
type Story = StoryOf<PaymentMethodChoiceProps>;

export const Default: Story = {};

export const BankTransferChosen: Story = {
  args: { defaultValue: "bank_transfer" },
};

export const WithError: Story = {
  args: { error: "Wählen Sie aus, wie Sie bezahlen möchten." },
};

export const CityMethods: Story = {
  args: {
    hint: "Die Gebühr beträgt 30,00 €.",
    methods: [
      {
        id: "epay21",
        label: { de: "Online mit Kreditkarte, PayPal oder Lastschrift", en: "Online by card, PayPal or direct debit" },
        hint: { de: "Über die Bezahlplattform epay21.", en: "Through the epay21 payment platform." },
      },
      { id: "bank_transfer", label: { de: "Per Überweisung", en: "By bank transfer" } },
    ],
  },
};

export const AsPageHeading: Story = {
  args: { isPageHeading: true },
};

export const English: Story = {
  args: { locale: "en" },
};

export const EnglishWithError: Story = {
  args: { locale: "en", error: "Select how you would like to pay." },
};
