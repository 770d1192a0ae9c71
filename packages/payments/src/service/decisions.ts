/**
 * Pure decisions: given a payment as it is now and what a provider, the treasury or the bank says, what
 * changes (if anything) and what goes into the audit log. Kept free of I/O so the compare-and-set loop can
 * call them again on every fresh read, and so they can be tested exhaustively.
 */
import type { AuditActor, Payment, PaymentState } from "../core/types.js";
import { applyEvent, OPEN_STATES } from "../lifecycle/transitions.js";
import type { ProviderStatusResult } from "../providers/types.js";
import type { AuditInput } from "../store/types.js";
import { type Decision, transitionUpdate } from "./compare-and-set.js";

/** What a decision did, for callers and reconciliation reports. */
export type DecisionOutcome =
  /** Nothing new: already in that state, or the news does not move it. */
  | "unchanged"
  /** The payment moved to another state. */
  | "transitioned"
  /** A confirmed success with a wrong amount: flagged `amount_mismatch`, not booked. */
  | "amount_mismatch"
  /** A second credit for a paid payment: flagged `duplicate_payment`. */
  | "duplicate_payment"
  /** The news contradicts the payment's final state (e.g. paid after it was cancelled): audited, unchanged. */
  | "conflict";

export interface OutcomeDecision {
  outcome: DecisionOutcome;
  decision: Decision;
}

const PAID_STATES: readonly PaymentState[] = ["succeeded", "partially_refunded", "refunded"];
/** States a confirmed payment may still move to `succeeded` from (expired: a late success, flagged). */
const PAYABLE_STATES: readonly PaymentState[] = [...OPEN_STATES, "expired"];

const unchanged: OutcomeDecision = { outcome: "unchanged", decision: { kind: "none" } };

function amountMismatchAudit(
  payment: Payment,
  received: number,
  actor: AuditActor,
  source: string,
  details: Record<string, unknown>,
): AuditInput {
  return {
    actor,
    action: "flagged",
    cause: `${source} reports ${received} cents received, but ${payment.amount} cents are due; not booked as paid, flagged for the treasury.`,
    details: { ...details, flag: "amount_mismatch", expectedAmount: payment.amount, receivedAmount: received },
  };
}

/**
 * Flags a wrong amount without booking it. `repeat` says what to do when the same wrong amount was already
 * flagged: a provider answering the same again is no news; a bank credit is a new credit and is recorded.
 */
function flagAmountMismatch(
  payment: Payment,
  received: number,
  actor: AuditActor,
  source: string,
  details: Record<string, unknown>,
  repeat: "ignore" | "record",
): OutcomeDecision {
  const audit = amountMismatchAudit(payment, received, actor, source, details);
  if (payment.flags.includes("amount_mismatch") && payment.confirmedAmount === received) {
    return repeat === "ignore" ? unchanged : { outcome: "amount_mismatch", decision: { kind: "audit", audit } };
  }
  return {
    outcome: "amount_mismatch",
    decision: { kind: "update", change: { addFlags: ["amount_mismatch"], confirmedAmount: received }, audit },
  };
}

function bookSuccess(
  payment: Payment,
  received: number,
  actor: AuditActor,
  source: string,
  details: Record<string, unknown>,
  extraChange: { kassenzeichen?: string } = {},
): OutcomeDecision {
  const transition = applyEvent(payment.state, { type: "succeed" }, payment.id);
  const late = transition.flags.includes("late_success_after_expiry");
  return {
    outcome: "transitioned",
    decision: transitionUpdate(
      transition,
      {
        actor,
        cause: late
          ? `${source} confirms payment after local expiry; accepted as a late success and flagged for the treasury.`
          : `${source} confirms payment.`,
        details: { ...details, receivedAmount: received, ...(late ? { flag: "late_success_after_expiry" } : {}) },
      },
      { confirmedAmount: received, addFlags: transition.flags, ...extraChange },
    ),
  };
}

/**
 * What a provider's status answer means for the payment. `source` names the provider in the audit cause.
 * A cancellation reported after `expiresAt` is the expiry itself (reconciliation cancels at the provider before it
 * expires; that provider's notification can arrive first), so it ends as `expired`, whichever path books it.
 */
export function decideOnProviderStatus(
  payment: Payment,
  result: ProviderStatusResult,
  actor: AuditActor,
  now?: Date,
): OutcomeDecision {
  const source = `Provider "${payment.providerId}"`;
  const details = { providerStatus: result.providerStatus, paidAmountReported: result.paidAmount !== undefined };
  const kassenzeichen = result.kassenzeichen && !payment.kassenzeichen ? { kassenzeichen: result.kassenzeichen } : {};
  switch (result.status) {
    case "open":
      return unchanged;
    case "succeeded": {
      if (PAID_STATES.includes(payment.state)) return unchanged;
      if (!PAYABLE_STATES.includes(payment.state)) return conflict(payment, result, actor, source);
      if (result.paidAmount !== undefined && result.paidAmount !== payment.amount) {
        return flagAmountMismatch(payment, result.paidAmount, actor, source, details, "ignore");
      }
      // A provider that does not report the amount confirmed the transaction we created with `amount`.
      return bookSuccess(payment, result.paidAmount ?? payment.amount, actor, source, details, kassenzeichen);
    }
    case "failed":
    case "cancelled": {
      if (OPEN_STATES.includes(payment.state)) {
        const expiredByUs =
          result.status === "cancelled" && now !== undefined && now.getTime() >= payment.expiresAt.getTime();
        const transition = applyEvent(
          payment.state,
          { type: result.status === "failed" ? "fail" : expiredByUs ? "expire" : "cancel" },
          payment.id,
        );
        return {
          outcome: "transitioned",
          decision: transitionUpdate(transition, {
            actor,
            cause: expiredByUs
              ? `${source} reports the payment cancelled after the payment period; expired.`
              : `${source} reports the payment ${result.status === "failed" ? "failed" : "cancelled"}.`,
            details,
          }),
        };
      }
      // Not paid, and we already consider it not paid (failed, cancelled or expired): nothing to do.
      if (!PAID_STATES.includes(payment.state)) return unchanged;
      return conflict(payment, result, actor, source);
    }
  }
}

function conflict(payment: Payment, result: ProviderStatusResult, actor: AuditActor, source: string): OutcomeDecision {
  return {
    outcome: "conflict",
    decision: {
      kind: "audit",
      audit: {
        actor,
        action: "status_conflict",
        cause: `${source} reports "${result.status}" for a payment that is "${payment.state}"; unchanged, needs a person at the treasury.`,
        details: { providerStatus: result.providerStatus, state: payment.state, status: result.status },
      },
    },
  };
}

/**
 * What money that arrived outside a provider (a treasury user marking a transfer paid, a bank statement)
 * means for the payment: the amount check applies, and a second credit for a paid payment is flagged.
 */
export function decideOnReceivedAmount(
  payment: Payment,
  received: number,
  actor: AuditActor,
  source: string,
  details: Record<string, unknown>,
): OutcomeDecision {
  if (PAYABLE_STATES.includes(payment.state)) {
    if (received !== payment.amount) return flagAmountMismatch(payment, received, actor, source, details, "record");
    return bookSuccess(payment, received, actor, source, details);
  }
  if (PAID_STATES.includes(payment.state)) {
    const audit: AuditInput = {
      actor,
      action: "flagged",
      cause: `${source} reports another ${received} cents for a payment that is already paid; flagged for the treasury.`,
      details: { ...details, flag: "duplicate_payment", receivedAmount: received },
    };
    return {
      outcome: "duplicate_payment",
      decision: payment.flags.includes("duplicate_payment")
        ? { kind: "audit", audit }
        : { kind: "update", change: { addFlags: ["duplicate_payment"] }, audit },
    };
  }
  return {
    outcome: "conflict",
    decision: {
      kind: "audit",
      audit: {
        actor,
        action: "status_conflict",
        cause: `${source} reports ${received} cents for a payment that is "${payment.state}"; unchanged, needs a person at the treasury.`,
        details: { ...details, state: payment.state, receivedAmount: received },
      },
    },
  };
}
