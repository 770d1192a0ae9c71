/**
 * `confirmPayment`: the provider's status answer is the only authority for an online payment's outcome.
 * Asks it, decides on a fresh read (see decisions.ts) and applies the decision with compare-and-set.
 */
import type { AuditActor, Payment } from "../core/types.js";
import type { ProviderPaymentStatus, ProviderStatusResult } from "../providers/types.js";
import { getPaymentOrThrow, updateWithRetry } from "./compare-and-set.js";
import { type DecisionOutcome, decideOnProviderStatus } from "./decisions.js";
import type { ResolvedOptions } from "./options.js";
import { queryStatus } from "./provider-calls.js";

export interface ConfirmPaymentResult {
  payment: Payment;
  /** What the provider said; null when there was nothing to ask (the payment never reached the provider). */
  providerStatus: ProviderPaymentStatus | null;
  outcome: DecisionOutcome;
  /** Whether this call changed the payment. */
  changed: boolean;
}

/** Applies a status answer already obtained (by confirmation, reconciliation or a provider cancel). */
export async function applyProviderStatus(
  options: ResolvedOptions,
  payment: Payment,
  status: ProviderStatusResult,
  actor: AuditActor,
): Promise<ConfirmPaymentResult> {
  const result = await updateWithRetry(
    options.store,
    payment.id,
    (current) => decideOnProviderStatus(current, status, actor, options.now()),
    payment,
  );
  const { outcome } = result.verdict;
  if (outcome !== "unchanged") {
    const level = outcome === "transitioned" ? "info" : "warn";
    options.logger[level](`payment.${outcome}`, {
      paymentId: payment.id,
      providerId: payment.providerId,
      from: payment.state,
      state: result.payment.state,
      providerStatus: status.status,
    });
  }
  return { payment: result.payment, providerStatus: status.status, outcome, changed: result.changed };
}

export async function confirmPayment(
  options: ResolvedOptions,
  paymentId: string,
  actor: AuditActor,
): Promise<ConfirmPaymentResult> {
  const payment = await getPaymentOrThrow(options.store, paymentId);
  if (payment.providerPaymentId === null) {
    return { payment, providerStatus: null, outcome: "unchanged", changed: false };
  }
  const status = await queryStatus(options, { ...payment, providerPaymentId: payment.providerPaymentId }, actor);
  return applyProviderStatus(options, payment, status, actor);
}
