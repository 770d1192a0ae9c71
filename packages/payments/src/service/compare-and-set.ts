/**
 * Optimistic concurrency around the store's compare-and-set. A decision is always taken on a fresh read:
 * when another request moved the payment meanwhile, we read again and decide again, so that of many
 * concurrent identical confirmations exactly one changes the payment and the others find it done.
 */
import { PaymentError } from "../core/errors.js";
import type { AuditActor, Payment, PaymentState } from "../core/types.js";
import type { TransitionResult } from "../lifecycle/transitions.js";
import type { AuditInput, PaymentChange, PaymentStore } from "../store/types.js";

export type Decision =
  | { kind: "none" }
  /** Nothing changes, but something worth recording happened (a conflict, a repeated flag). */
  | { kind: "audit"; audit: AuditInput }
  | {
      kind: "update";
      change: PaymentChange;
      audit: AuditInput & { fromState?: PaymentState; toState?: PaymentState };
    };

/**
 * The update that moves a payment along `transition` (from `applyEvent`), with the audit entry every transition
 * gets: one shape for all of them, so the treasury reads every state change the same way.
 */
export function transitionUpdate(
  transition: TransitionResult,
  audit: { actor: AuditActor; cause: string; details?: Record<string, unknown> },
  change: Omit<PaymentChange, "state"> = {},
): Decision {
  return {
    kind: "update",
    change: { ...change, state: transition.to },
    audit: {
      actor: audit.actor,
      action: "transition",
      fromState: transition.from,
      toState: transition.to,
      cause: audit.cause,
      ...(audit.details ? { details: audit.details } : {}),
    },
  };
}

export interface CompareAndSetResult {
  payment: Payment;
  /** Whether this call changed the payment (false: nothing to do, or someone else already did it). */
  changed: boolean;
}

/** Enough for a burst of concurrent requests: each retry starts from a state someone else has moved on. */
export const MAX_COMPARE_AND_SET_ATTEMPTS = 8;

export async function getPaymentOrThrow(store: PaymentStore, paymentId: string): Promise<Payment> {
  const payment = await store.getPayment(paymentId);
  if (!payment) {
    throw new PaymentError("not_found", `Payment ${paymentId} does not exist.`, {
      field: "paymentId",
      details: { paymentId },
    });
  }
  return payment;
}

/**
 * Reads the payment, asks `decide` what to do, and applies it if the version is unchanged; otherwise
 * reads again and decides again. `decide` must be a pure function of the payment (it may throw, e.g.
 * `illegal_transition`); what it returned last comes back as `verdict`.
 */
export async function updateWithRetry<V extends { decision: Decision }>(
  store: PaymentStore,
  paymentId: string,
  decide: (payment: Payment) => V,
  first?: Payment,
): Promise<CompareAndSetResult & { verdict: V }> {
  let payment = first ?? (await getPaymentOrThrow(store, paymentId));
  for (let attempt = 1; attempt <= MAX_COMPARE_AND_SET_ATTEMPTS; attempt++) {
    const verdict = decide(payment);
    const { decision } = verdict;
    if (decision.kind === "none") return { payment, changed: false, verdict };
    if (decision.kind === "audit") {
      await store.appendAudit(payment.id, decision.audit);
      return { payment, changed: false, verdict };
    }
    const updated = await store.updatePayment(payment.id, payment.version, decision.change, decision.audit);
    if (updated) return { payment: updated, changed: true, verdict };
    payment = await getPaymentOrThrow(store, paymentId);
  }
  throw new PaymentError(
    "concurrent_update",
    `Payment ${paymentId} kept changing during ${MAX_COMPARE_AND_SET_ATTEMPTS} attempts; try again.`,
    { field: "paymentId", details: { paymentId } },
  );
}
