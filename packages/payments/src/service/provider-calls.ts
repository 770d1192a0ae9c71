/**
 * Every call to a provider goes through here: unknown exceptions become `provider_unavailable` (so a buggy
 * adapter cannot leave a payment half-changed), answers are checked before we act on them, and a failed
 * call is written to the payment's audit log and the logger without the provider's free-text message.
 */
import { isPaymentError, PaymentError, type PaymentErrorCode } from "../core/errors.js";
import type { AuditActor, Payment } from "../core/types.js";
import type {
  PaymentProvider,
  ProviderCreateResult,
  ProviderPaymentStatus,
  ProviderRefundResult,
  ProviderStatusResult,
} from "../providers/types.js";
import type { ResolvedOptions } from "./options.js";

/** Faults after which nothing is known for sure: the call may or may not have taken effect. Retry later. */
export const PROVIDER_FAULT_CODES: readonly PaymentErrorCode[] = [
  "provider_timeout",
  "provider_unavailable",
  "provider_malformed_response",
];

export function isProviderFault(error: unknown): error is PaymentError {
  return isPaymentError(error) && PROVIDER_FAULT_CODES.includes(error.code);
}

export type ProviderOperation = "create" | "status" | "cancel" | "refund" | "verify_notification";

export function providerFor(options: ResolvedOptions, providerId: string, field = "providerId"): PaymentProvider {
  const provider = typeof providerId === "string" ? options.providers.get(providerId) : undefined;
  if (!provider) {
    throw new PaymentError("unknown_provider", `No payment provider "${String(providerId)}" is configured.`, {
      field,
      details: { providerId: String(providerId).slice(0, 100) },
    });
  }
  return provider;
}

/** Runs a provider call; anything that is not a PaymentError becomes `provider_unavailable`. */
export async function callProvider<T>(provider: PaymentProvider, operation: ProviderOperation, call: () => Promise<T>) {
  try {
    return await call();
  } catch (error) {
    if (error instanceof PaymentError) throw error;
    throw new PaymentError("provider_unavailable", `Provider "${provider.id}" failed during ${operation}.`, {
      details: { providerId: provider.id, operation },
      cause: error,
    });
  }
}

/** Writes a failed provider call to the audit log and the logger; never masks the original error. */
export async function recordProviderError(
  options: ResolvedOptions,
  payment: Payment,
  actor: AuditActor,
  operation: ProviderOperation,
  error: unknown,
): Promise<void> {
  const code = isPaymentError(error) ? error.code : "unknown";
  const fault = isProviderFault(error);
  options.logger.warn("payment.provider_error", {
    paymentId: payment.id,
    providerId: payment.providerId,
    operation,
    code,
    state: payment.state,
  });
  try {
    await options.store.appendAudit(payment.id, {
      actor,
      action: "provider_error",
      cause: fault
        ? `Provider call "${operation}" failed (${code}); the payment is unchanged and will be retried.`
        : `Provider call "${operation}" was rejected (${code}); the payment is unchanged.`,
      details: { providerId: payment.providerId, operation, code },
    });
  } catch (auditError) {
    options.logger.error("payment.audit_failed", {
      paymentId: payment.id,
      action: "provider_error",
      code: isPaymentError(auditError) ? auditError.code : "unknown",
    });
  }
}

function malformed(provider: PaymentProvider, operation: ProviderOperation, what: string): PaymentError {
  return new PaymentError("provider_malformed_response", `Provider "${provider.id}" answered ${operation}: ${what}.`, {
    details: { providerId: provider.id, operation },
  });
}

const MAX_PROVIDER_ID_LENGTH = 200;

function isBoundedString(value: unknown, max: number): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= max;
}

function isHttpUrl(value: string): boolean {
  if (value.length > 4096) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

export function checkCreateResult(provider: PaymentProvider, result: ProviderCreateResult): ProviderCreateResult {
  if (!result || typeof result !== "object") throw malformed(provider, "create", "no result");
  if (!isBoundedString(result.providerPaymentId, MAX_PROVIDER_ID_LENGTH)) {
    throw malformed(provider, "create", "no usable providerPaymentId");
  }
  if (result.redirectUrl !== undefined && !(typeof result.redirectUrl === "string" && isHttpUrl(result.redirectUrl))) {
    throw malformed(provider, "create", "redirectUrl is not an http(s) URL");
  }
  if (result.kassenzeichen !== undefined && !isBoundedString(result.kassenzeichen, 64)) {
    throw malformed(provider, "create", "kassenzeichen is not a short string");
  }
  return result;
}

const STATUSES: readonly ProviderPaymentStatus[] = ["open", "succeeded", "failed", "cancelled"];

export function checkStatusResult(
  provider: PaymentProvider,
  operation: ProviderOperation,
  result: ProviderStatusResult,
): ProviderStatusResult {
  if (!result || typeof result !== "object") throw malformed(provider, operation, "no result");
  if (!STATUSES.includes(result.status)) throw malformed(provider, operation, "unknown status");
  if (result.paidAmount !== undefined && !(Number.isSafeInteger(result.paidAmount) && result.paidAmount >= 0)) {
    throw malformed(provider, operation, "paidAmount is not a whole number of cents");
  }
  if (typeof result.providerStatus !== "string" || result.providerStatus.length > 100) {
    throw malformed(provider, operation, "providerStatus is not a short string");
  }
  if (result.kassenzeichen !== undefined && !isBoundedString(result.kassenzeichen, 64)) {
    throw malformed(provider, operation, "kassenzeichen is not a short string");
  }
  return result;
}

export function checkRefundResult(provider: PaymentProvider, result: ProviderRefundResult): ProviderRefundResult {
  if (!result || typeof result !== "object") throw malformed(provider, "refund", "no result");
  if (!isBoundedString(result.providerRefundId, MAX_PROVIDER_ID_LENGTH)) {
    throw malformed(provider, "refund", "no usable providerRefundId");
  }
  if (!["succeeded", "failed", "pending"].includes(result.status)) {
    throw malformed(provider, "refund", "unknown refund status");
  }
  return result;
}

/** Asks the provider for a payment's status, checked; faults are recorded on the payment and rethrown. */
export async function queryStatus(
  options: ResolvedOptions,
  payment: Payment & { providerPaymentId: string },
  actor: AuditActor,
): Promise<ProviderStatusResult> {
  const provider = providerFor(options, payment.providerId);
  const providerPaymentId = payment.providerPaymentId;
  try {
    return checkStatusResult(
      provider,
      "status",
      await callProvider(provider, "status", () => provider.status(providerPaymentId)),
    );
  } catch (error) {
    await recordProviderError(options, payment, actor, "status", error);
    throw error;
  }
}
