/**
 * ISO 11649 structured creditor reference ("RF reference"): `RF`, two check digits, and a reference of 1 to 21
 * digits or letters, at most 25 characters in all (electronic form). The check is ISO 7064 MOD 97-10 over the
 * reference followed by `RF` and the check digits, like the IBAN. Printed in groups of four
 * (`RF18 5390 0754 7034`); the compact form goes into the EPC QR code and the transfer.
 */
import { PaymentError } from "../core/errors.js";
import { mod97CheckDigits, mod97Remainder } from "./check-digits.js";

const MAX_REFERENCE_LENGTH = 21;
const MAX_CREDITOR_REFERENCE_LENGTH = 25;

function isAsciiUpperAlphanumeric(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (!((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a))) return false;
  }
  return true;
}

/** Compact form: spaces removed, letters upper-cased (nothing else is changed). */
export function normalizeCreditorReference(input: string): string {
  return input.replaceAll(" ", "").toUpperCase();
}

/** Whether the input (print or compact form) is a valid ISO 11649 creditor reference. */
export function isValidCreditorReference(input: string): boolean {
  if (typeof input !== "string" || input.length > MAX_CREDITOR_REFERENCE_LENGTH * 2) return false;
  const value = normalizeCreditorReference(input);
  if (value.length < 5 || value.length > MAX_CREDITOR_REFERENCE_LENGTH) return false;
  if (!value.startsWith("RF") || !isAsciiUpperAlphanumeric(value)) return false;
  const checkDigits = value.slice(2, 4);
  if (!/^\d\d$/.test(checkDigits) || checkDigits === "00" || checkDigits === "01") return false;
  return mod97Remainder(value.slice(4) + value.slice(0, 4)) === 1;
}

/**
 * The creditor reference for a reference of 1 to 21 digits or upper-case letters, e.g. a Kassenzeichen:
 * `createCreditorReference("539007547034")` → `"RF18539007547034"`.
 */
export function createCreditorReference(reference: string): string {
  const value = typeof reference === "string" ? normalizeCreditorReference(reference) : "";
  if (value.length === 0 || value.length > MAX_REFERENCE_LENGTH || !isAsciiUpperAlphanumeric(value)) {
    throw new PaymentError(
      "invalid_input",
      `reference: an ISO 11649 creditor reference holds 1 to ${MAX_REFERENCE_LENGTH} digits or letters A-Z.`,
      { field: "reference" },
    );
  }
  return `RF${mod97CheckDigits(`${value}RF`)}${value}`;
}

/** The reference inside a valid creditor reference (`"RF18539007547034"` → `"539007547034"`), else undefined. */
export function referenceOfCreditorReference(input: string): string | undefined {
  return isValidCreditorReference(input) ? normalizeCreditorReference(input).slice(4) : undefined;
}
