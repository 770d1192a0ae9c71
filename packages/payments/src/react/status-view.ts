import type { AlertVariant } from "@digitale-kommune/ui";
import type { PaymentFlag, PaymentMethodKind, PaymentState } from "../core/types.js";
import type { PaymentStatusText } from "./PaymentStatus.messages.js";

/** What the citizen is told: one of the eight states, or `review` while the Stadtkasse checks a flagged payment. */
export type PaymentStatusView = PaymentState | "review";

/** How a view is shown: the ui Panel for the one good outcome, an Alert of a variant for the rest. */
export type PaymentStatusTone = "panel" | AlertVariant;

export interface PaymentStatusContent {
  view: PaymentStatusView;
  tone: PaymentStatusTone;
  title: PaymentStatusText;
  body: PaymentStatusText;
  next: PaymentStatusText | undefined;
  /** The text of the link to start (again), for views where paying is still possible. */
  action: PaymentStatusText | undefined;
}

/** Refunds are the treasury's resolution of a payment: once made they are what the citizen needs to know. */
const RESOLVED_BY_TREASURY: ReadonlySet<PaymentState> = new Set(["refunded", "partially_refunded"]);

/**
 * Which text a payment in `state` with `flags` shows. A flag (late success after expiry, amount mismatch, duplicate)
 * means a person at the Stadtkasse looks at it; the citizen gets the neutral review text instead of the state's,
 * except after a refund. Pure, so that server and client agree.
 */
export function paymentStatusContent(
  state: PaymentState,
  flags: readonly PaymentFlag[],
  method: PaymentMethodKind | undefined,
): PaymentStatusContent {
  if (flags.length > 0 && !RESOLVED_BY_TREASURY.has(state)) {
    return content("review", "info", "reviewTitle", "reviewBody", "reviewNext");
  }
  switch (state) {
    case "created":
      return content(state, "info", "createdTitle", "createdBody", "createdNext", "createdAction");
    case "pending":
      return method === "bank_transfer"
        ? content(state, "info", "pendingBankTransferTitle", "pendingBankTransferBody", "pendingBankTransferNext")
        : content(state, "info", "pendingTitle", "pendingBody", "pendingNext");
    case "succeeded":
      return content(state, "panel", "succeededTitle", "succeededBody", "succeededNext");
    case "failed":
      return content(state, "error", "failedTitle", "failedBody", "failedNext", "failedAction");
    case "cancelled":
      return content(state, "info", "cancelledTitle", "cancelledBody", "cancelledNext", "cancelledAction");
    case "expired":
      return content(state, "warning", "expiredTitle", "expiredBody", "expiredNext", "expiredAction");
    case "refunded":
      return content(state, "success", "refundedTitle", "refundedBody", "refundedNext");
    case "partially_refunded":
      return content(state, "success", "partiallyRefundedTitle", "partiallyRefundedBody", "refundedNext");
  }
}

function content(
  view: PaymentStatusView,
  tone: PaymentStatusTone,
  title: PaymentStatusText,
  body: PaymentStatusText,
  next?: PaymentStatusText,
  action?: PaymentStatusText,
): PaymentStatusContent {
  return { view, tone, title, body, next, action };
}
