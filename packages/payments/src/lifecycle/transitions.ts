/**
 * The payment lifecycle as an explicit transition table (the GOV.UK Pay pattern: a table of allowed
 * edges, tested). Everything that changes a payment's state goes through `applyEvent`; an edge that is
 * not in the table is rejected with `illegal_transition` and changes nothing.
 *
 * created ──redirect──► pending ──succeed──► succeeded ──refund──► partially_refunded ──refund──► refunded
 *    │                     │  ├──fail──────► failed                     └──────────refund (all)──► refunded
 *    │                     │  ├──cancel────► cancelled
 *    └─(same three, and succeed: a status query may find a payment paid before we recorded the redirect)
 *                          └──expire──────► expired ──succeed (late, flagged for the Stadtkasse)──► succeeded
 */
import { PaymentError } from "../core/errors.js";
import type { PaymentFlag, PaymentState } from "../core/types.js";

export const PAYMENT_EVENT_TYPES = ["redirect", "succeed", "fail", "cancel", "expire", "refund"] as const;
export type PaymentEventType = (typeof PAYMENT_EVENT_TYPES)[number];

export type PaymentEvent =
  | { type: "redirect" }
  | { type: "succeed" }
  | { type: "fail" }
  | { type: "cancel" }
  | { type: "expire" }
  /** A refund that succeeded; `refundedTotal` is the sum of all succeeded refunds including this one. */
  | { type: "refund"; refundedTotal: number; paymentAmount: number };

/** Allowed edges: for each state, the events it accepts and the states they may lead to. */
export const TRANSITIONS: Readonly<Record<PaymentState, Partial<Record<PaymentEventType, readonly PaymentState[]>>>> = {
  created: {
    redirect: ["pending"],
    succeed: ["succeeded"],
    fail: ["failed"],
    cancel: ["cancelled"],
    expire: ["expired"],
  },
  pending: { succeed: ["succeeded"], fail: ["failed"], cancel: ["cancelled"], expire: ["expired"] },
  succeeded: { refund: ["partially_refunded", "refunded"] },
  failed: {},
  cancelled: {},
  expired: { succeed: ["succeeded"] },
  partially_refunded: { refund: ["partially_refunded", "refunded"] },
  refunded: {},
};

/** States no event leaves, except `expired`, which a late confirmed success may still leave. */
export const FINAL_STATES: readonly PaymentState[] = ["failed", "cancelled", "refunded"];

/** States in which the citizen has not paid yet and reconciliation keeps asking the provider. */
export const OPEN_STATES: readonly PaymentState[] = ["created", "pending"];

export interface TransitionResult {
  from: PaymentState;
  to: PaymentState;
  /** Flags to add: a success after local expiry is accepted but flagged for the treasury. */
  flags: PaymentFlag[];
}

export function canApply(state: PaymentState, type: PaymentEventType): boolean {
  return TRANSITIONS[state][type] !== undefined;
}

/** The state `event` leads to from `state`, or an `illegal_transition` error; pure, changes nothing. */
export function applyEvent(state: PaymentState, event: PaymentEvent, paymentId?: string): TransitionResult {
  const targets = TRANSITIONS[state][event.type];
  if (!targets) {
    throw new PaymentError(
      "illegal_transition",
      `Payment${paymentId ? ` ${paymentId}` : ""} cannot go from "${state}" by "${event.type}".`,
      { field: "state", details: { state, event: event.type, ...(paymentId ? { paymentId } : {}) } },
    );
  }
  if (event.type === "refund") {
    const { refundedTotal, paymentAmount } = event;
    if (!Number.isSafeInteger(refundedTotal) || refundedTotal <= 0 || refundedTotal > paymentAmount) {
      throw new PaymentError(
        "refund_exceeds_payment",
        `Refunds of ${refundedTotal} cents do not fit a payment of ${paymentAmount} cents.`,
        { field: "amount", details: { refundedTotal, paymentAmount } },
      );
    }
    return { from: state, to: refundedTotal === paymentAmount ? "refunded" : "partially_refunded", flags: [] };
  }
  const to = targets[0] as PaymentState;
  const flags: PaymentFlag[] = state === "expired" && to === "succeeded" ? ["late_success_after_expiry"] : [];
  return { from: state, to, flags };
}
