/**
 * Payment ids and the default reference (Verwendungszweck). Ids are random UUIDs so they reveal nothing;
 * the default reference is derived from the id, so it is short, unique enough for a human to quote on the
 * phone, and carries no personal data.
 */
import { randomUUID } from "node:crypto";

// Lower-case canonical UUID: fixed length, no quantifier that can backtrack.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newPaymentId(): string {
  return randomUUID();
}

/** Whether `value` can be a payment id at all; anything else cannot exist and is `not_found` without a lookup. */
export function isPaymentId(value: unknown): value is string {
  return typeof value === "string" && value.length === 36 && UUID.test(value);
}

/** `DK-` and the first 12 hex digits of the id, upper case: 15 characters, within XBezahldienste's 27. */
export function defaultReference(paymentId: string): string {
  return `DK-${paymentId.replaceAll("-", "").slice(0, 12).toUpperCase()}`;
}
