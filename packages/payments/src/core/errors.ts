/**
 * Errors of the payments package. Every error carries a stable `code` (for programs and tests) and a
 * message naming the field or payment concerned (for people). Bad input never throws anything else.
 */
export const PAYMENT_ERROR_CODES = [
  // input and configuration
  "invalid_input",
  "invalid_amount",
  "invalid_fee_table",
  "fee_not_applicable",
  "unknown_provider",
  "unknown_city",
  "configuration_error",
  // lifecycle and store
  "not_found",
  "illegal_transition",
  "concurrent_update",
  "idempotency_conflict",
  "refund_exceeds_payment",
  "not_supported",
  // notifications
  "invalid_signature",
  "stale_notification",
  "replayed_notification",
  // providers
  "provider_timeout",
  "provider_unavailable",
  "provider_rejected",
  "provider_malformed_response",
  // bank transfer
  "invalid_epc_payload",
  "invalid_bank_statement",
  "invalid_kassenzeichen",
] as const;
export type PaymentErrorCode = (typeof PAYMENT_ERROR_CODES)[number];

export class PaymentError extends Error {
  override readonly name = "PaymentError";
  readonly code: PaymentErrorCode;
  /** The input field concerned, as a path such as `lineItems[0].amount`, when there is one. */
  readonly field: string | undefined;
  /** Non-personal facts for logs and tests. */
  readonly details: Record<string, unknown>;

  constructor(
    code: PaymentErrorCode,
    message: string,
    options: { field?: string; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.details = options.details ?? {};
  }
}

export function isPaymentError(value: unknown, code?: PaymentErrorCode): value is PaymentError {
  return value instanceof PaymentError && (code === undefined || value.code === code);
}
