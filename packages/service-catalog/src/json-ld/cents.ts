/**
 * Formats integer cents as the decimal string schema.org expects for `price` (a full stop as decimal
 * separator, no thousands separator, two decimals): 1250 → "12.50", 1 → "0.01", -99 → "-0.99".
 * Works on the digits of the integer, never divides by 100, so no binary float rounding can creep in.
 * A non-integer or unsafe integer is a programming error (the Fee schema only admits integer cents),
 * hence the RangeError.
 */
export function centsToDecimalString(cents: number): string {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`Expected integer cents (a safe integer), got ${String(cents)}`);
  }
  const sign = cents < 0 ? "-" : "";
  const digits = String(Math.abs(cents)).padStart(3, "0");
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
