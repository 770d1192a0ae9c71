import { PaymentStatus, type PaymentStatusProps } from "./PaymentStatus.js";
import type { StoryMeta, StoryOf } from "./story-types.js";

const meta = {
  title: "Bezahlen/PaymentStatus",
  component: PaymentStatus,
  args: { state: "pending", amount: 3000, reference: "5.0100.123456.7", actionHref: "/bezahlen/neu" },
  parameters: {
    docs: {
      description: {
        component:
          "What a citizen sees for each of the eight payment states, and a neutral „wird von der Stadtkasse geprüft“ " +
          "for a flagged payment: what happened and what to do next. Success in the ui Panel, everything else in an " +
          "ui Alert (error for failure, warning for expiry). A polite live region announces a new state when the page " +
          "re-renders it (polling). WCAG 1.3.1, 1.4.1 (variant named in text), 4.1.3 (status messages).",
      },
    },
  },
} satisfies StoryMeta<PaymentStatusProps>;

export default meta;
type Story = StoryOf<PaymentStatusProps>;

export const Created: Story = { args: { state: "created" } };
export const Pending: Story = { args: { state: "pending" } };
export const PendingBankTransfer: Story = { args: { state: "pending", method: "bank_transfer" } };
export const Succeeded: Story = { args: { state: "succeeded" } };
export const Failed: Story = { args: { state: "failed" } };
export const Cancelled: Story = { args: { state: "cancelled" } };
export const Expired: Story = { args: { state: "expired" } };
export const Refunded: Story = { args: { state: "refunded", refundedAmount: 3000 } };
export const PartiallyRefunded: Story = { args: { state: "partially_refunded", refundedAmount: 1000 } };
export const FlaggedForReview: Story = { args: { state: "succeeded", flags: ["late_success_after_expiry"] } };

export const CreatedEnglish: Story = { args: { locale: "en", state: "created" } };
export const PendingEnglish: Story = { args: { locale: "en", state: "pending" } };
export const PendingBankTransferEnglish: Story = { args: { locale: "en", state: "pending", method: "bank_transfer" } };
export const SucceededEnglish: Story = { args: { locale: "en", state: "succeeded" } };
export const FailedEnglish: Story = { args: { locale: "en", state: "failed" } };
export const CancelledEnglish: Story = { args: { locale: "en", state: "cancelled" } };
export const ExpiredEnglish: Story = { args: { locale: "en", state: "expired" } };
export const RefundedEnglish: Story = { args: { locale: "en", state: "refunded", refundedAmount: 3000 } };
export const PartiallyRefundedEnglish: Story = {
  args: { locale: "en", state: "partially_refunded", refundedAmount: 1000 },
};
export const FlaggedForReviewEnglish: Story = {
  args: { locale: "en", state: "pending", flags: ["amount_mismatch"] },
};
