/**
 * Options of `createPaymentService` and their checks. A misconfigured service fails at start-up with
 * `configuration_error`, not at the first payment.
 */
import { PaymentError } from "../core/errors.js";
import type { PaymentProvider } from "../providers/types.js";
import type { PaymentStore } from "../store/types.js";
import { type PaymentLogger, silentLogger } from "./logger.js";

export interface PaymentServiceOptions {
  store: PaymentStore;
  /** Every provider configuration the service may use, each with a unique `id`. */
  providers: readonly PaymentProvider[];
  /** The clock; tests and reconciliation jobs pass their own. */
  now?: () => Date;
  /** Key for deriving return tokens, at least 32 characters; keep it secret and stable. */
  returnTokenSecret: string;
  /** Builds the URL the provider sends the citizen back to, carrying only the opaque token. */
  returnUrl: (token: string) => string;
  /** Minutes an online payment may stay unpaid before reconciliation expires it (default 90, as GOV.UK Pay). */
  expiresAfterMinutes?: number;
  /**
   * Days a bank transfer may stay unpaid before reconciliation expires it (default 30): transfers take
   * days, and a credit after that is still booked as a flagged late success.
   */
  bankTransferExpiresAfterDays?: number;
  /** Days reconciliation keeps asking providers about expired payments, to catch late successes (default 7). */
  lateSuccessWindowDays?: number;
  /** Receives structured events without personal data. Silent by default. */
  logger?: PaymentLogger;
}

export interface ResolvedOptions {
  store: PaymentStore;
  providers: ReadonlyMap<string, PaymentProvider>;
  now: () => Date;
  returnTokenSecret: string;
  returnUrl: (token: string) => string;
  expiresAfterMinutes: number;
  bankTransferExpiresAfterDays: number;
  lateSuccessWindowDays: number;
  logger: PaymentLogger;
}

export const MIN_RETURN_TOKEN_SECRET_LENGTH = 32;

function configurationError(field: string, message: string): PaymentError {
  return new PaymentError("configuration_error", message, { field });
}

function integerInRange(field: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw configurationError(field, `${field} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

export function resolveOptions(options: PaymentServiceOptions): ResolvedOptions {
  if (!options || typeof options !== "object") {
    throw configurationError("options", "createPaymentService needs an options object.");
  }
  if (!options.store || typeof options.store.insertPayment !== "function") {
    throw configurationError("store", "store must be a PaymentStore.");
  }
  if (!Array.isArray(options.providers) || options.providers.length === 0) {
    throw configurationError("providers", "providers must list at least one payment provider.");
  }
  const providers = new Map<string, PaymentProvider>();
  options.providers.forEach((provider, index) => {
    if (!provider || typeof provider.id !== "string" || provider.id.length === 0) {
      throw configurationError(`providers[${index}].id`, `providers[${index}] has no id.`);
    }
    if (providers.has(provider.id)) {
      throw configurationError(
        `providers[${index}].id`,
        `providers[${index}].id "${provider.id}" is configured twice.`,
      );
    }
    providers.set(provider.id, provider);
  });
  if (
    typeof options.returnTokenSecret !== "string" ||
    options.returnTokenSecret.length < MIN_RETURN_TOKEN_SECRET_LENGTH
  ) {
    throw configurationError(
      "returnTokenSecret",
      `returnTokenSecret must be a string of at least ${MIN_RETURN_TOKEN_SECRET_LENGTH} characters.`,
    );
  }
  if (typeof options.returnUrl !== "function") {
    throw configurationError("returnUrl", "returnUrl must be a function from the return token to a URL.");
  }
  if (options.now !== undefined && typeof options.now !== "function") {
    throw configurationError("now", "now must be a function returning the current Date.");
  }
  return {
    store: options.store,
    providers,
    now: options.now ?? (() => new Date()),
    returnTokenSecret: options.returnTokenSecret,
    returnUrl: options.returnUrl,
    expiresAfterMinutes: integerInRange("expiresAfterMinutes", options.expiresAfterMinutes, 90, 1, 7 * 24 * 60),
    bankTransferExpiresAfterDays: integerInRange(
      "bankTransferExpiresAfterDays",
      options.bankTransferExpiresAfterDays,
      30,
      1,
      366,
    ),
    lateSuccessWindowDays: integerInRange("lateSuccessWindowDays", options.lateSuccessWindowDays, 7, 0, 366),
    logger: options.logger ?? silentLogger,
  };
}
