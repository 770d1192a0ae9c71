/**
 * `reconcile`: the job that makes sure no payment stays stuck after a lost redirect or notification.
 * For every open payment it asks the provider and books what the provider confirms; it expires payments
 * that are still unpaid after `expiresAt` (cancelling them at the provider first where supported); and it
 * keeps asking about recently expired payments, so a late success is booked (flagged) rather than lost.
 * A fault for one payment is recorded on that payment and the batch goes on.
 */
import { isPaymentError } from "../core/errors.js";
import type { AuditActor, Payment } from "../core/types.js";
import { applyEvent, OPEN_STATES } from "../lifecycle/transitions.js";
import { transitionUpdate, updateWithRetry } from "./compare-and-set.js";
import { applyProviderStatus, type ConfirmPaymentResult } from "./confirm-payment.js";
import type { ResolvedOptions } from "./options.js";
import { callProvider, checkStatusResult, providerFor, queryStatus, recordProviderError } from "./provider-calls.js";
import { invalid } from "./validate-input.js";

export interface ReconcileOptions {
  /** Most payments looked at per group (open, recently expired) in one run; default 100, at most 1000. */
  limit?: number;
}

export interface ReconcileReport {
  /** Payments looked at. */
  checked: number;
  /** Moved by a confirmed provider status (succeeded, failed, cancelled), late successes not included. */
  confirmed: number;
  /** Expired because still unpaid after `expiresAt`. */
  expired: number;
  /** Expired payments the provider reports as paid: booked as succeeded, flagged for the treasury. */
  lateSuccesses: number;
  /** Successes with a wrong amount: flagged `amount_mismatch`, not booked. */
  amountMismatches: number;
  /** Provider answers that contradict the payment's state: audited, unchanged. */
  conflicts: number;
  /** Nothing new (still open before expiry, or already up to date). */
  unchanged: number;
  /** Payments that never reached the provider and are not due yet. */
  notStarted: number;
  /** Payments whose check failed (provider fault, store error); they are retried by the next run. */
  failed: { paymentId: string; code: string }[];
  /** Remembered notification ids old enough to forget. */
  notificationsPruned: number;
}

const DAY = 24 * 60 * 60 * 1000;
/** Far beyond any signature tolerance window: a notification this old is rejected as stale anyway. */
const NOTIFICATION_MEMORY_DAYS = 7;
const actor: AuditActor = { kind: "reconciliation" };

function emptyReport(): ReconcileReport {
  return {
    checked: 0,
    confirmed: 0,
    expired: 0,
    lateSuccesses: 0,
    amountMismatches: 0,
    conflicts: 0,
    unchanged: 0,
    notStarted: 0,
    failed: [],
    notificationsPruned: 0,
  };
}

function count(report: ReconcileReport, before: Payment, result: ConfirmPaymentResult): void {
  switch (result.outcome) {
    case "transitioned":
      if (before.state === "expired" && result.payment.state === "succeeded") report.lateSuccesses++;
      else report.confirmed++;
      return;
    case "amount_mismatch":
      report.amountMismatches++;
      return;
    case "conflict":
    case "duplicate_payment":
      report.conflicts++;
      return;
    case "unchanged":
      report.unchanged++;
      return;
  }
}

async function expire(options: ResolvedOptions, payment: Payment, cause: string): Promise<boolean> {
  const { changed } = await updateWithRetry(
    options.store,
    payment.id,
    (current) => {
      // Someone else settled it meanwhile (a notification, a confirmation): their answer stands.
      if (!OPEN_STATES.includes(current.state)) return { decision: { kind: "none" } };
      const transition = applyEvent(current.state, { type: "expire" }, current.id);
      return {
        decision: transitionUpdate(transition, {
          actor,
          cause,
          details: { expiresAt: current.expiresAt.toISOString() },
        }),
      };
    },
    payment,
  );
  if (changed) options.logger.info("payment.expired", { paymentId: payment.id, providerId: payment.providerId });
  return changed;
}

/** Cancels at the provider before a local expiry, so the citizen cannot pay a payment we gave up on. */
async function cancelAtProvider(options: ResolvedOptions, payment: Payment & { providerPaymentId: string }) {
  const provider = providerFor(options, payment.providerId);
  if (!provider.capabilities.cancel || !provider.cancel) return undefined;
  const cancel = provider.cancel.bind(provider);
  try {
    return checkStatusResult(
      provider,
      "cancel",
      await callProvider(provider, "cancel", () => cancel(payment.providerPaymentId)),
    );
  } catch (error) {
    // Expire anyway: if the citizen still pays, the late success is caught within the window.
    await recordProviderError(options, payment, actor, "cancel", error);
    return undefined;
  }
}

async function reconcileOpen(options: ResolvedOptions, payment: Payment, now: Date, report: ReconcileReport) {
  const due = now.getTime() >= payment.expiresAt.getTime();
  if (payment.providerPaymentId === null) {
    // The citizen never got a payment page (e.g. the create call timed out), so nothing can have been paid.
    if (!due) report.notStarted++;
    else if (await expire(options, payment, "Never reached the provider and not started in time; expired.")) {
      report.expired++;
    } else report.unchanged++;
    return;
  }
  const started = { ...payment, providerPaymentId: payment.providerPaymentId };
  const status = await queryStatus(options, started, actor);
  if (status.status !== "open" || !due) {
    count(report, payment, await applyProviderStatus(options, payment, status, actor));
    return;
  }
  const cancelled = await cancelAtProvider(options, started);
  if (cancelled && cancelled.status !== "open" && cancelled.status !== "cancelled") {
    // Paid (or failed) in the last moment: the provider's answer wins over our expiry.
    count(report, payment, await applyProviderStatus(options, payment, cancelled, actor));
    return;
  }
  if (await expire(options, payment, "Still unpaid at the provider after the payment period; expired.")) {
    report.expired++;
  } else report.unchanged++;
}

async function reconcileExpired(options: ResolvedOptions, payment: Payment, report: ReconcileReport) {
  if (payment.providerPaymentId === null) return;
  const status = await queryStatus(options, { ...payment, providerPaymentId: payment.providerPaymentId }, actor);
  count(report, payment, await applyProviderStatus(options, payment, status, actor));
}

export async function reconcile(options: ResolvedOptions, reconcileOptions: ReconcileOptions = {}) {
  const limit = reconcileOptions.limit ?? 100;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 1000) {
    throw invalid("limit", "limit must be a whole number from 1 to 1000.");
  }
  const now = options.now();
  const report = emptyReport();
  const windowStart = now.getTime() - options.lateSuccessWindowDays * DAY;

  const guarded = async (payment: Payment, work: () => Promise<void>) => {
    report.checked++;
    try {
      await work();
    } catch (error) {
      const code = isPaymentError(error) ? error.code : "unknown";
      report.failed.push({ paymentId: payment.id, code });
      options.logger.warn("payment.reconcile_failed", { paymentId: payment.id, providerId: payment.providerId, code });
    }
  };

  for (const payment of await options.store.listByState(OPEN_STATES, limit)) {
    await guarded(payment, () => reconcileOpen(options, payment, now, report));
  }
  // Latest expiry first: a late success is most likely soon after the payment period ended.
  const recentlyExpired = (await options.store.listExpiredSince(new Date(windowStart), limit)).filter(
    (payment) => payment.providerPaymentId !== null,
  );
  for (const payment of recentlyExpired) {
    await guarded(payment, () => reconcileExpired(options, payment, report));
  }
  report.notificationsPruned = await options.store.pruneNotifications(
    new Date(now.getTime() - NOTIFICATION_MEMORY_DAYS * DAY),
  );
  options.logger.info("payment.reconciled", {
    checked: report.checked,
    confirmed: report.confirmed,
    expired: report.expired,
    lateSuccesses: report.lateSuccesses,
    amountMismatches: report.amountMismatches,
    conflicts: report.conflicts,
    failed: report.failed.length,
  });
  return report;
}
