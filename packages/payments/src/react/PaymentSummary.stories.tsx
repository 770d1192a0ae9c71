import { dogTagExplanation, dogTagItems, parkingPermitExplanation, parkingPermitItems } from "./examples.js";
import { PaymentSummary, type PaymentSummaryProps } from "./PaymentSummary.js";
import type { StoryMeta, StoryOf } from "./story-types.js";

const meta = {
  title: "Bezahlen/PaymentSummary",
  component: PaymentSummary,
  args: { lineItems: parkingPermitItems, explanation: parkingPermitExplanation },
  parameters: {
    docs: {
      description: {
        component:
          "What the citizen pays and why: the ui Table with one row per line item (quantity × unit amount when a line " +
          "has a quantity other than 1; reductions negative), the total in the table's foot, and the plain-language " +
          "explanation. Amounts via formatMoney in the locale. Static, server-rendered; WCAG 1.3.1 (caption, column " +
          "and row headers), 1.4.10 (the table scrolls in its named region when too wide).",
      },
    },
  },
} satisfies StoryMeta<PaymentSummaryProps>;

export default meta;
type Story = StoryOf<PaymentSummaryProps>;

export const SingleFee: Story = {};

export const QuantitiesAndReduction: Story = {
  args: { lineItems: dogTagItems, explanation: dogTagExplanation },
};

export const WithoutExplanation: Story = {
  args: { explanation: undefined },
};

export const CaptionHidden: Story = {
  args: { caption: "Gebühr für den Bewohnerparkausweis", captionVisuallyHidden: true },
};

export const English: Story = {
  args: { locale: "en", lineItems: dogTagItems, explanation: dogTagExplanation },
};
