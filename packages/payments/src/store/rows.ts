/**
 * Database rows to the package's types. Both drivers return timestamptz as Date, jsonb parsed and
 * text[] as arrays; they differ on int8 (pg: string, PGlite: number), so integers go through
 * `toSafeInteger`, which refuses anything a JavaScript number cannot hold exactly.
 */
import type {
  AuditActor,
  AuditEntry,
  LineItem,
  LocalizedText,
  PayerData,
  Payment,
  PaymentFlag,
  PaymentState,
  Refund,
  RefundState,
} from "../core/types.js";

export function toSafeInteger(value: unknown, column: string): number {
  const number = typeof value === "string" && /^-?\d{1,16}$/.test(value) ? Number(value) : value;
  const converted = typeof number === "bigint" ? Number(number) : number;
  if (typeof converted !== "number" || !Number.isSafeInteger(converted)) {
    throw new TypeError(`Column ${column} does not hold a safe integer.`);
  }
  return converted;
}

function toDate(value: unknown, column: string): Date {
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new TypeError(`Column ${column} does not hold a timestamp.`);
  return date;
}

/** jsonb arrives parsed; a driver configured to return text still works. */
function fromJson<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

export interface PaymentRow {
  id: string;
  city_id: string;
  service_id: string;
  provider_id: string;
  provider_payment_id: string | null;
  state: string;
  amount: unknown;
  currency: string;
  line_items: unknown;
  explanation: unknown;
  fee_table_version: string;
  reference: string;
  kassenzeichen: string | null;
  confirmed_amount: unknown;
  refunded_amount: unknown;
  flags: string[] | null;
  payer: unknown;
  return_token_hash: string;
  version: unknown;
  created_at: unknown;
  updated_at: unknown;
  expires_at: unknown;
}

export function toPayment(row: PaymentRow): Payment {
  return {
    id: row.id,
    cityId: row.city_id,
    serviceId: row.service_id,
    providerId: row.provider_id,
    providerPaymentId: row.provider_payment_id,
    state: row.state as PaymentState,
    amount: toSafeInteger(row.amount, "amount"),
    currency: "EUR",
    lineItems: fromJson<LineItem[]>(row.line_items),
    explanation: fromJson<LocalizedText>(row.explanation),
    feeTableVersion: row.fee_table_version,
    reference: row.reference,
    kassenzeichen: row.kassenzeichen,
    confirmedAmount: row.confirmed_amount === null ? null : toSafeInteger(row.confirmed_amount, "confirmed_amount"),
    refundedAmount: toSafeInteger(row.refunded_amount, "refunded_amount"),
    flags: (row.flags ?? []) as PaymentFlag[],
    payer: row.payer === null ? null : fromJson<PayerData>(row.payer),
    createdAt: toDate(row.created_at, "created_at"),
    updatedAt: toDate(row.updated_at, "updated_at"),
    expiresAt: toDate(row.expires_at, "expires_at"),
    version: toSafeInteger(row.version, "version"),
  };
}

export interface AuditRow {
  id: unknown;
  payment_id: string;
  at: unknown;
  actor: unknown;
  action: string;
  from_state: string | null;
  to_state: string | null;
  cause: string;
  details: unknown;
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: toSafeInteger(row.id, "audit_log.id"),
    paymentId: row.payment_id,
    at: toDate(row.at, "audit_log.at"),
    actor: fromJson<AuditActor>(row.actor),
    action: row.action,
    fromState: row.from_state as PaymentState | null,
    toState: row.to_state as PaymentState | null,
    cause: row.cause,
    details: fromJson<Record<string, unknown>>(row.details),
  };
}

export interface RefundRow {
  id: string;
  payment_id: string;
  amount: unknown;
  state: string;
  reason: string;
  provider_refund_id: string | null;
  created_at: unknown;
  updated_at: unknown;
}

export function toRefund(row: RefundRow): Refund {
  return {
    id: row.id,
    paymentId: row.payment_id,
    amount: toSafeInteger(row.amount, "refunds.amount"),
    state: row.state as RefundState,
    reason: row.reason,
    providerRefundId: row.provider_refund_id,
    createdAt: toDate(row.created_at, "refunds.created_at"),
    updatedAt: toDate(row.updated_at, "refunds.updated_at"),
  };
}
