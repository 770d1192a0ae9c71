/**
 * Small checks shared by the service's operations. Each throws a PaymentError naming the field; messages
 * never repeat the value (it could be personal data).
 */
import { PaymentError, type PaymentErrorCode } from "../core/errors.js";
import type { AuditActor, LocalizedText } from "../core/types.js";

export function invalid(field: string, message: string, code: PaymentErrorCode = "invalid_input"): PaymentError {
  return new PaymentError(code, message, { field });
}

export function requireString(value: unknown, field: string, max: number): string {
  if (typeof value !== "string" || value.trim().length === 0) {
    throw invalid(field, `${field} is required and must be text.`);
  }
  if (value.length > max) throw invalid(field, `${field} must be at most ${max} characters.`);
  return value;
}

export function optionalString(value: unknown, field: string, max: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  return requireString(value, field, max);
}

// Identifiers such as city ids, service slugs and fee table ids: a closed character set, bounded length.
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._@/:-]*$/;

export function requireIdentifier(value: unknown, field: string, max = 100): string {
  const text = requireString(value, field, max);
  if (!IDENTIFIER.test(text)) {
    throw invalid(
      field,
      `${field} may contain only letters, digits and . _ @ / : - (starting with a letter or digit).`,
    );
  }
  return text;
}

export function requireLocalizedText(value: unknown, field: string, max: number): LocalizedText {
  if (!value || typeof value !== "object") throw invalid(field, `${field} must have a German and an English text.`);
  const text = value as Partial<LocalizedText>;
  return { de: requireString(text.de, `${field}.de`, max), en: requireString(text.en, `${field}.en`, max) };
}

/** A positive whole number of cents, within what every provider and the EPC QR code accept. */
export const MAX_AMOUNT_CENTS = 99_999_999;

export function requireAmount(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw invalid(field, `${field} must be a whole number of cents.`, "invalid_amount");
  }
  if (value <= 0 || value > MAX_AMOUNT_CENTS) {
    throw invalid(field, `${field} must be between 1 and ${MAX_AMOUNT_CENTS} cents.`, "invalid_amount");
  }
  return value;
}

/** Actors come from the calling code; checking them keeps junk (and personal data in free text) out of the audit log. */
export function requireActor(value: unknown, field = "actor"): AuditActor {
  if (!value || typeof value !== "object") throw invalid(field, `${field} must say who acts.`);
  const actor = value as AuditActor;
  switch (actor.kind) {
    case "citizen":
    case "reconciliation":
    case "system":
      return { kind: actor.kind };
    case "provider":
      return { kind: "provider", providerId: requireIdentifier(actor.providerId, `${field}.providerId`) };
    case "treasury":
      return { kind: "treasury", userId: requireIdentifier(actor.userId, `${field}.userId`) };
    case "bank_statement":
      return { kind: "bank_statement", statementId: requireIdentifier(actor.statementId, `${field}.statementId`, 200) };
    default:
      throw invalid(`${field}.kind`, `${field}.kind is not a known kind of actor.`);
  }
}
