/**
 * Checks on what callers hand the store, before any SQL runs: bad input becomes a `PaymentError` naming
 * the field (never a database error), and the database's CHECK constraints remain the second line.
 * Messages name fields, never values that could be personal data.
 */
import { PaymentError } from "../core/errors.js";
import {
  type AuditActor,
  PAYMENT_FLAGS,
  PAYMENT_STATES,
  type PayerData,
  type PaymentFlag,
  type PaymentState,
  REFUND_STATES,
  type RefundState,
} from "../core/types.js";
import type { AuditInput, IdempotencyClaim, NewPayment, PaymentChange } from "./types.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Bounds for stored JSON, so one call cannot store megabytes. */
const MAX_JSON_CHARS = 64 * 1024;
const MAX_LINE_ITEMS = 200;
/** The largest amount an `integer` column holds: 21,474,836.47 €. */
export const MAX_CENTS = 2_147_483_647;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && value.length === 36 && UUID.test(value);
}

function invalid(field: string, message: string): PaymentError {
  return new PaymentError("invalid_input", message, { field });
}

export function requireUuid(value: unknown, field: string): string {
  if (!isUuid(value)) throw invalid(field, `${field} must be a UUID.`);
  return value.toLowerCase();
}

export function requireText(value: unknown, field: string, maxLength: number): string {
  if (typeof value !== "string" || value.length === 0 || value.length > maxLength) {
    throw invalid(field, `${field} must be a text of 1 to ${maxLength} characters.`);
  }
  return value;
}

function optionalText(value: unknown, field: string, maxLength: number): string | null {
  return value === null || value === undefined ? null : requireText(value, field, maxLength);
}

export function requireCents(value: unknown, field: string, minimum = 0): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < minimum || value > MAX_CENTS) {
    throw new PaymentError(
      "invalid_amount",
      `${field} must be a whole number of cents from ${minimum} to ${MAX_CENTS}, got ${String(value)}.`,
      { field, details: { value: typeof value === "number" ? value : typeof value } },
    );
  }
  return value;
}

export function requireDate(value: unknown, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw invalid(field, `${field} must be a valid Date.`);
  return value;
}

export function requireLimit(value: unknown, field = "limit"): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1 || value > 10_000) {
    throw invalid(field, `${field} must be a whole number from 1 to 10000.`);
  }
  return value;
}

export function requireStates(values: unknown, field = "states"): PaymentState[] {
  if (!Array.isArray(values) || values.length === 0) throw invalid(field, `${field} must list at least one state.`);
  return values.map((value, index) => requireState(value, `${field}[${index}]`));
}

export function requireState(value: unknown, field = "state"): PaymentState {
  if (!(PAYMENT_STATES as readonly unknown[]).includes(value)) {
    throw invalid(field, `${field} must be one of ${PAYMENT_STATES.join(", ")}.`);
  }
  return value as PaymentState;
}

export function requireRefundState(value: unknown, field = "state"): RefundState {
  if (!(REFUND_STATES as readonly unknown[]).includes(value)) {
    throw invalid(field, `${field} must be one of ${REFUND_STATES.join(", ")}.`);
  }
  return value as RefundState;
}

export function requireFlags(values: unknown, field = "flags"): PaymentFlag[] {
  if (!Array.isArray(values)) throw invalid(field, `${field} must be a list of flags.`);
  const flags = values.map((value, index) => {
    if (!(PAYMENT_FLAGS as readonly unknown[]).includes(value)) {
      throw invalid(`${field}[${index}]`, `${field}[${index}] must be one of ${PAYMENT_FLAGS.join(", ")}.`);
    }
    return value as PaymentFlag;
  });
  return [...new Set(flags)];
}

/** JSON text of `value`, bounded in size; `undefined`, functions and cycles are refused. */
export function boundedJson(value: unknown, field: string): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) throw invalid(field, `${field} must be JSON data.`);
  if (json.length > MAX_JSON_CHARS) throw invalid(field, `${field} is larger than ${MAX_JSON_CHARS} characters.`);
  return json;
}

const ACTOR_KINDS = ["citizen", "provider", "reconciliation", "treasury", "bank_statement", "system"];

function requireActor(actor: unknown): AuditActor {
  const kind = (actor as { kind?: unknown } | null)?.kind;
  if (typeof actor !== "object" || actor === null || !ACTOR_KINDS.includes(kind as string)) {
    throw invalid("audit.actor", `audit.actor.kind must be one of ${ACTOR_KINDS.join(", ")}.`);
  }
  return actor as AuditActor;
}

export interface CheckedAudit {
  actor: string;
  action: string;
  cause: string;
  details: string;
  fromState: PaymentState | null;
  toState: PaymentState | null;
}

export function checkAudit(
  audit: AuditInput & { fromState?: PaymentState | undefined; toState?: PaymentState | undefined },
): CheckedAudit {
  if (typeof audit !== "object" || audit === null) throw invalid("audit", "audit is required.");
  if (typeof audit.cause !== "string" || audit.cause.length > 1000) {
    throw invalid("audit.cause", "audit.cause must be a text of at most 1000 characters.");
  }
  const details = audit.details ?? {};
  if (typeof details !== "object" || details === null || Array.isArray(details)) {
    throw invalid("audit.details", "audit.details must be an object.");
  }
  return {
    actor: boundedJson(requireActor(audit.actor), "audit.actor"),
    action: requireText(audit.action, "audit.action", 100),
    cause: audit.cause,
    details: boundedJson(details, "audit.details"),
    fromState: audit.fromState === undefined ? null : requireState(audit.fromState, "audit.fromState"),
    toState: audit.toState === undefined ? null : requireState(audit.toState, "audit.toState"),
  };
}

/** Refuses audit details that repeat one of the payer's values: the audit log outlives personal data. */
export function assertNoPayerDataIn(auditDetailsJson: string, payer: PayerData | null): void {
  if (!payer) return;
  for (const value of [payer.name, payer.email, payer.iban]) {
    if (
      typeof value === "string" &&
      value.length >= 3 &&
      auditDetailsJson.includes(JSON.stringify(value).slice(1, -1))
    ) {
      throw invalid("audit.details", "audit.details must not contain the payer's personal data.");
    }
  }
}

export interface CheckedPayment {
  id: string;
  cityId: string;
  serviceId: string;
  providerId: string;
  amount: number;
  lineItems: string;
  explanation: string;
  feeTableVersion: string;
  reference: string;
  kassenzeichen: string | null;
  payer: string | null;
  returnTokenHash: string;
  expiresAt: Date;
  createdAt: Date;
}

function checkPayer(payer: unknown): string | null {
  if (payer === null || payer === undefined) return null;
  if (typeof payer !== "object" || Array.isArray(payer)) throw invalid("payer", "payer must be an object or null.");
  const { name, email, iban } = payer as PayerData;
  const checked: PayerData = {};
  if (name !== undefined) checked.name = requireText(name, "payer.name", 200);
  if (email !== undefined) checked.email = requireText(email, "payer.email", 254);
  if (iban !== undefined) checked.iban = requireText(iban, "payer.iban", 34);
  const extra = Object.keys(payer).filter((key) => !["name", "email", "iban"].includes(key));
  if (extra.length > 0) throw invalid(`payer.${extra[0]}`, "payer may only hold name, email and iban.");
  return JSON.stringify(checked);
}

export function checkNewPayment(payment: NewPayment): CheckedPayment {
  if (typeof payment !== "object" || payment === null) throw invalid("payment", "payment is required.");
  const amount = requireCents(payment.amount, "amount");
  if (!Array.isArray(payment.lineItems) || payment.lineItems.length > MAX_LINE_ITEMS) {
    throw invalid("lineItems", `lineItems must be a list of at most ${MAX_LINE_ITEMS} items.`);
  }
  let sum = 0;
  payment.lineItems.forEach((item, index) => {
    const field = `lineItems[${index}].amount`;
    const itemAmount = (item as { amount?: unknown } | null)?.amount;
    if (typeof itemAmount !== "number" || !Number.isSafeInteger(itemAmount)) {
      throw new PaymentError("invalid_amount", `${field} must be a whole number of cents.`, { field });
    }
    sum += itemAmount;
  });
  if (sum !== amount) {
    throw new PaymentError("invalid_amount", `amount (${amount}) must equal the sum of the line items (${sum}).`, {
      field: "amount",
      details: { amount, lineItemsTotal: sum },
    });
  }
  const explanation = payment.explanation;
  if (typeof explanation?.de !== "string" || typeof explanation?.en !== "string") {
    throw invalid("explanation", "explanation must have the texts de and en.");
  }
  if (typeof payment.returnTokenHash !== "string" || !SHA256_HEX.test(payment.returnTokenHash)) {
    throw invalid("returnTokenHash", "returnTokenHash must be a SHA-256 digest in lower-case hex (64 characters).");
  }
  return {
    id: requireUuid(payment.id, "id"),
    cityId: requireText(payment.cityId, "cityId", 200),
    serviceId: requireText(payment.serviceId, "serviceId", 200),
    providerId: requireText(payment.providerId, "providerId", 200),
    amount,
    lineItems: boundedJson(payment.lineItems, "lineItems"),
    explanation: boundedJson({ de: explanation.de, en: explanation.en }, "explanation"),
    feeTableVersion: requireText(payment.feeTableVersion, "feeTableVersion", 200),
    reference: requireText(payment.reference, "reference", 140),
    kassenzeichen: optionalText(payment.kassenzeichen, "kassenzeichen", 64),
    payer: checkPayer(payment.payer),
    returnTokenHash: payment.returnTokenHash,
    expiresAt: requireDate(payment.expiresAt, "expiresAt"),
    createdAt: requireDate(payment.createdAt, "createdAt"),
  };
}

export function checkIdempotency(claim: IdempotencyClaim): IdempotencyClaim {
  if (typeof claim !== "object" || claim === null)
    throw invalid("idempotencyKey", "idempotency claim must be an object.");
  return {
    key: requireText(claim.key, "idempotencyKey", 255),
    fingerprint: requireText(claim.fingerprint, "idempotency.fingerprint", 255),
  };
}

export interface CheckedChange {
  state: PaymentState | null;
  providerPaymentId: string | null;
  kassenzeichen: string | null;
  confirmedAmount: number | null;
  refundedAmount: number | null;
  addFlags: PaymentFlag[];
}

export function checkChange(change: PaymentChange): CheckedChange {
  if (typeof change !== "object" || change === null) throw invalid("change", "change must be an object.");
  return {
    state: change.state === undefined ? null : requireState(change.state),
    providerPaymentId: optionalText(change.providerPaymentId, "providerPaymentId", 255),
    kassenzeichen: optionalText(change.kassenzeichen, "kassenzeichen", 64),
    confirmedAmount:
      change.confirmedAmount === undefined ? null : requireCents(change.confirmedAmount, "confirmedAmount"),
    refundedAmount: change.refundedAmount === undefined ? null : requireCents(change.refundedAmount, "refundedAmount"),
    addFlags: change.addFlags === undefined ? [] : requireFlags(change.addFlags, "addFlags"),
  };
}
