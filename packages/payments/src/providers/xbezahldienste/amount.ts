/**
 * Amounts at the XBezahldienste boundary. The standard carries amounts as JSON numbers in decimal euros
 * (`grosAmount: 12.5`); everything else in the package is integer cents. Conversions here are string-based
 * in both directions, so no float arithmetic ever touches a cent: the decimal text is built from the
 * integer, and a received number is read back through its shortest decimal representation.
 */
import { PaymentError } from "../../core/errors.js";
import { centsToDecimalString } from "../../money/format.js";

/** `grosAmount` may not exceed 999 999 € (XBezahldienste v1.0.0 PaymentRequest). */
export const MAX_GROS_AMOUNT_CENTS = 999_999_00;

/**
 * The JSON number for an amount of cents, e.g. `1250` → `12.5`. `Number("12.50")` parses a decimal
 * literal (no arithmetic); for up to 15 significant digits the double it yields serialises back to
 * exactly that decimal, which the self-check below confirms for every value we send.
 */
export function centsToEuroNumber(amountInCents: number): number {
  const decimal = centsToDecimalString(amountInCents);
  const value = Number(decimal);
  if (euroNumberToCents(value) !== amountInCents) {
    // Unreachable for safe integers below 10^13 cents; guards the contract rather than trusting it.
    throw new PaymentError("invalid_amount", `The amount ${decimal} € cannot be represented exactly as a JSON number.`);
  }
  return value;
}

// Shortest round-trip form of a received euro number: digits with at most two decimals, nothing else.
const EURO_NUMBER_TEXT = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/;

/**
 * Cents for a euro amount received as a JSON number, or `undefined` when it is not a whole number of cents
 * (e.g. `12.345`, `1e21`, `NaN`). `String(12.5)` is `"12.5"`: the shortest decimal that parses back to the
 * same double, hence the exact literal the provider wrote.
 */
export function euroNumberToCents(value: number): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  const match = EURO_NUMBER_TEXT.exec(String(value));
  if (!match) return undefined;
  const [, sign, euros = "0", fraction = ""] = match;
  const cents = Number(euros) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) return undefined;
  return sign === "-" && cents !== 0 ? -cents : cents;
}
