/**
 * Arithmetic on integer euro cents that never leaves the safe-integer range silently. A result beyond
 * `Number.MAX_SAFE_INTEGER` would be rounded by the float representation and lose cents without a trace,
 * so every operation checks and throws a `PaymentError` with code `invalid_amount` instead.
 */
import { PaymentError } from "../core/errors.js";

export interface CentsOperationOptions {
  /** The input field the amount belongs to, named in the error (e.g. `lineItems`, `units`). */
  field?: string;
}

/** `problem` is a sentence without its full stop; the field, when known, is named after it. */
function invalidAmount(problem: string, options: CentsOperationOptions, details: Record<string, unknown>) {
  const where = options.field === undefined ? "" : ` (field ${options.field})`;
  return new PaymentError("invalid_amount", `${problem}${where}.`, {
    ...(options.field === undefined ? {} : { field: options.field }),
    details,
  });
}

function requireCents(value: number, label: string, options: CentsOperationOptions): void {
  if (!Number.isSafeInteger(value)) {
    throw invalidAmount(`${label} must be a safe integer number of cents; received ${String(value)}`, options, {
      value: String(value),
    });
  }
}

/** Sum of amounts in cents; throws `invalid_amount` when an amount or the sum is not a safe integer. */
export function sumCents(values: readonly number[], options: CentsOperationOptions = {}): number {
  let total = 0;
  for (const [index, value] of values.entries()) {
    requireCents(value, `Amount ${index}`, options);
    total += value;
    // Both operands are safe, so the exact sum is below 2^54 and the float result is off by at most one
    // unit: checking after each addition catches every overflow before the next one can compound it.
    if (!Number.isSafeInteger(total)) {
      throw invalidAmount("The sum of the amounts exceeds the largest safe number of cents", options, {
        count: values.length,
      });
    }
  }
  return total;
}

/** `amount × quantity` in cents; throws `invalid_amount` when the product is not a safe integer. */
export function multiplyCents(amount: number, quantity: number, options: CentsOperationOptions = {}): number {
  requireCents(amount, "The amount", options);
  requireCents(quantity, "The quantity", options);
  // BigInt gives the exact product, so the range check cannot be fooled by float rounding.
  const product = BigInt(amount) * BigInt(quantity);
  if (product > BigInt(Number.MAX_SAFE_INTEGER) || product < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw invalidAmount("The product of amount and quantity exceeds the largest safe number of cents", options, {
      amount,
      quantity,
    });
  }
  return Number(product);
}

/**
 * `percent` % of a non-negative amount, rounded to whole cents commercially (kaufmännisch: half a cent
 * and more rounds up, less rounds down), e.g. 50 % of 1301 cents = 650.5 → 651. Integer math only:
 * `floor((amount × percent + 50) / 100)`, computed with BigInt so no product can overflow.
 */
export function percentOfCents(amount: number, percent: number, options: CentsOperationOptions = {}): number {
  requireCents(amount, "The amount", options);
  if (amount < 0) {
    throw invalidAmount("A percentage is only taken of a non-negative amount", options, { amount });
  }
  if (!Number.isSafeInteger(percent) || percent < 0 || percent > 100) {
    throw invalidAmount(`The percentage must be a whole number from 0 to 100; received ${String(percent)}`, options, {
      percent: String(percent),
    });
  }
  return Number((BigInt(amount) * BigInt(percent) + 50n) / 100n);
}
