/**
 * Refunds are records of their own with their own amounts; the payment's state follows the sum of the
 * refunds that succeeded (partially_refunded, refunded) through the transition table.
 *
 * Over-refunding is prevented without locks: the refund is first recorded as `requested`, then checked
 * against all refunds on a fresh read and confirmed with a compare-and-set on the payment. Of two
 * concurrent requests the later compare-and-set always sees the other's record, so their sum can never
 * exceed the payment (at worst both fail, and the caller asks again).
 */
import { randomUUID } from "node:crypto";
import { PaymentError } from "../core/errors.js";
import type { AuditActor, Payment, Refund } from "../core/types.js";
import { applyEvent, canApply } from "../lifecycle/transitions.js";
import {
  getPaymentOrThrow,
  MAX_COMPARE_AND_SET_ATTEMPTS,
  transitionUpdate,
  updateWithRetry,
} from "./compare-and-set.js";
import type { ResolvedOptions } from "./options.js";
import { callProvider, checkRefundResult, providerFor, recordProviderError } from "./provider-calls.js";
import { invalid, requireActor, requireAmount, requireString } from "./validate-input.js";

export interface RefundRequest {
  /** Cents to pay back; at most what is still refundable. */
  amount: number;
  /** Why, for the treasury (kept on the refund record, not in logs). */
  reason: string;
  actor: AuditActor;
}

export interface RefundResult {
  refund: Refund;
  payment: Payment;
  /**
   * Set when the provider's refund call failed with a fault: the refund stays `requested` (the provider
   * may or may not have paid it); the treasury checks and completes it with `confirmRefund`.
   */
  providerError?: string;
}

function notRefundable(payment: Payment): PaymentError {
  return new PaymentError(
    "illegal_transition",
    `Payment ${payment.id} is "${payment.state}"; only a succeeded payment can be refunded.`,
    { field: "paymentId", details: { paymentId: payment.id, state: payment.state } },
  );
}

function exceeds(payment: Payment, amount: number, refundable: number): PaymentError {
  return new PaymentError(
    "refund_exceeds_payment",
    `A refund of ${amount} cents exceeds the ${Math.max(refundable, 0)} cents still refundable on payment ${payment.id}.`,
    { field: "amount", details: { paymentId: payment.id, amount, refundable } },
  );
}

/** Cents still refundable, counting refunds that succeeded and those still requested (except `exclude`). */
function refundableAmount(payment: Payment, refunds: readonly Refund[], exclude?: string): number {
  const committed = refunds
    .filter((refund) => refund.id !== exclude && refund.state !== "failed")
    .reduce((sum, refund) => sum + refund.amount, 0);
  return payment.amount - committed;
}

/** Makes the payment follow the sum of succeeded refunds; never moves it backwards. */
async function followRefundedSum(options: ResolvedOptions, paymentId: string, actor: AuditActor) {
  const refunds = await options.store.listRefunds(paymentId);
  const total = refunds.filter((refund) => refund.state === "succeeded").reduce((sum, r) => sum + r.amount, 0);
  const result = await updateWithRetry(options.store, paymentId, (current) => {
    if (total <= current.refundedAmount) return { decision: { kind: "none" } };
    const transition = applyEvent(
      current.state,
      { type: "refund", refundedTotal: total, paymentAmount: current.amount },
      current.id,
    );
    return {
      decision: transitionUpdate(
        transition,
        { actor, cause: `Refunds of ${total} cents in total succeeded.`, details: { refundedTotal: total } },
        { refundedAmount: total },
      ),
    };
  });
  return result.payment;
}

async function settleRefund(
  options: ResolvedOptions,
  refund: Refund,
  state: "succeeded" | "failed",
  providerRefundId: string | null,
  actor: AuditActor,
): Promise<{ refund: Refund; payment: Payment }> {
  const updated = await options.store.updateRefund(refund.id, state, providerRefundId);
  if (!updated) {
    throw new PaymentError("not_found", `Refund ${refund.id} does not exist.`, { field: "refundId" });
  }
  await options.store.appendAudit(refund.paymentId, {
    actor,
    action: state === "succeeded" ? "refund_succeeded" : "refund_failed",
    cause: `Refund of ${refund.amount} cents ${state === "succeeded" ? "paid back" : "failed"}.`,
    details: { refundId: refund.id, amount: refund.amount },
  });
  const payment =
    state === "succeeded"
      ? await followRefundedSum(options, refund.paymentId, actor)
      : await getPaymentOrThrow(options.store, refund.paymentId);
  return { refund: updated, payment };
}

/** Records the refund and makes sure it fits; marks it failed and throws `refund_exceeds_payment` if not. */
async function recordCheckedRefund(options: ResolvedOptions, payment: Payment, request: RefundRequest) {
  const now = options.now();
  const refund = await options.store.insertRefund(
    {
      id: randomUUID(),
      paymentId: payment.id,
      amount: request.amount,
      state: "requested",
      reason: request.reason,
      providerRefundId: null,
      createdAt: now,
      updatedAt: now,
    },
    {
      actor: request.actor,
      action: "refund_requested",
      cause: `Refund of ${request.amount} cents requested.`,
      details: { amount: request.amount },
    },
  );
  let current = payment;
  for (let attempt = 1; attempt <= MAX_COMPARE_AND_SET_ATTEMPTS; attempt++) {
    // Read the payment's version first, then the refunds: a competitor that won an earlier version had
    // recorded its refund before, so this list contains it.
    current = await getPaymentOrThrow(options.store, payment.id);
    const refunds = await options.store.listRefunds(payment.id);
    const refundable = refundableAmount(current, refunds, refund.id);
    if (!canApply(current.state, "refund") || request.amount > refundable) {
      await options.store.updateRefund(refund.id, "failed", null);
      if (!canApply(current.state, "refund")) throw notRefundable(current);
      throw exceeds(current, request.amount, refundable);
    }
    const checked = await options.store.updatePayment(
      current.id,
      current.version,
      { refundedAmount: current.refundedAmount },
      {
        actor: request.actor,
        action: "refund_checked",
        cause: `Refund of ${request.amount} cents fits; ${refundable - request.amount} cents remain refundable.`,
        details: { refundId: refund.id, amount: request.amount },
      },
    );
    if (checked) return { refund, payment: checked };
  }
  await options.store.updateRefund(refund.id, "failed", null);
  throw new PaymentError("concurrent_update", `Payment ${payment.id} kept changing; request the refund again.`, {
    field: "paymentId",
  });
}

export async function requestRefund(
  options: ResolvedOptions,
  paymentId: string,
  input: RefundRequest,
): Promise<RefundResult> {
  if (!input || typeof input !== "object") throw invalid("refund", "refund needs amount, reason and actor.");
  const request: RefundRequest = {
    amount: requireAmount(input.amount, "amount"),
    reason: requireString(input.reason, "reason", 500),
    actor: requireActor(input.actor),
  };
  const payment = await getPaymentOrThrow(options.store, paymentId);
  if (!canApply(payment.state, "refund")) throw notRefundable(payment);
  // A first check for a clear answer without a record; recordCheckedRefund decides under concurrency.
  const refundable = refundableAmount(payment, await options.store.listRefunds(payment.id));
  if (request.amount > refundable) throw exceeds(payment, request.amount, refundable);
  const { refund } = await recordCheckedRefund(options, payment, request);
  options.logger.info("payment.refund_requested", { paymentId, refundId: refund.id, amount: refund.amount });

  const provider = providerFor(options, payment.providerId);
  if (!provider.capabilities.refund || !provider.refund || payment.providerPaymentId === null) {
    // An instruction for the treasury, completed with confirmRefund once paid back.
    return { refund, payment: await getPaymentOrThrow(options.store, paymentId) };
  }
  const providerRefund = provider.refund.bind(provider);
  const providerPaymentId = payment.providerPaymentId;
  let answer: ReturnType<typeof checkRefundResult>;
  try {
    answer = checkRefundResult(
      provider,
      await callProvider(provider, "refund", () => providerRefund(providerPaymentId, refund.amount, refund.id)),
    );
  } catch (error) {
    await recordProviderError(options, payment, request.actor, "refund", error);
    const code = error instanceof PaymentError ? error.code : "provider_unavailable";
    return { refund, payment: await getPaymentOrThrow(options.store, paymentId), providerError: code };
  }
  if (answer.status === "pending") {
    const updated = await options.store.updateRefund(refund.id, "requested", answer.providerRefundId);
    return { refund: updated ?? refund, payment: await getPaymentOrThrow(options.store, paymentId) };
  }
  return settleRefund(options, refund, answer.status, answer.providerRefundId, request.actor);
}

export interface ConfirmRefundOptions {
  actor: AuditActor;
  /** What the treasury saw happen (default `succeeded`). */
  outcome?: "succeeded" | "failed";
}

/** Completes a refund that stayed `requested` (no provider refund, or a provider fault). Idempotent. */
export async function confirmRefund(
  options: ResolvedOptions,
  paymentId: string,
  refundId: string,
  confirmOptions: ConfirmRefundOptions,
): Promise<{ refund: Refund; payment: Payment }> {
  const actor = requireActor(confirmOptions?.actor);
  const outcome = confirmOptions.outcome ?? "succeeded";
  if (outcome !== "succeeded" && outcome !== "failed") {
    throw invalid("outcome", 'outcome must be "succeeded" or "failed".');
  }
  const payment = await getPaymentOrThrow(options.store, paymentId);
  const refund = (await options.store.listRefunds(payment.id)).find((candidate) => candidate.id === refundId);
  if (!refund) {
    throw new PaymentError("not_found", `Payment ${paymentId} has no refund ${String(refundId).slice(0, 64)}.`, {
      field: "refundId",
    });
  }
  if (refund.state === outcome) {
    // A repeated confirmation; still make sure the payment follows (an earlier call may have stopped halfway).
    return { refund, payment: outcome === "succeeded" ? await followRefundedSum(options, paymentId, actor) : payment };
  }
  if (refund.state !== "requested") {
    throw new PaymentError("illegal_transition", `Refund ${refundId} is already "${refund.state}".`, {
      field: "refundId",
      details: { refundId, state: refund.state },
    });
  }
  return settleRefund(options, refund, outcome, refund.providerRefundId, actor);
}
