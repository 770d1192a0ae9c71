import { BankTransferDetails, type BankTransferDetailsProps } from "./BankTransferDetails.js";
import { cityBankDetails, sampleGiroCode } from "./examples.js";
import type { StoryMeta, StoryOf } from "./story-types.js";

const meta = {
  title: "Bezahlen/BankTransferDetails",
  component: BankTransferDetails,
  args: { ...cityBankDetails, giroCode: sampleGiroCode },
  parameters: {
    docs: {
      description: {
        component:
          "Paying by bank transfer: recipient, IBAN in groups of four, BIC, amount and the Kassenzeichen as " +
          "Verwendungszweck as selectable text (ui SummaryList), and the GiroCode drawn as SVG with its name and a " +
          "text to scan it with the banking app. After hydration, where the Clipboard API exists, a „Kopieren“ button " +
          "per value; a polite live region says „IBAN kopiert“. Keyboard: Tab to each button, Enter or Space copies.",
      },
    },
  },
} satisfies StoryMeta<BankTransferDetailsProps>;

export default meta;
type Story = StoryOf<BankTransferDetailsProps>;

export const WithGiroCode: Story = {};

export const WithoutBic: Story = { args: { bic: undefined } };

export const WithoutGiroCode: Story = { args: { giroCode: undefined } };

export const English: Story = { args: { locale: "en" } };
