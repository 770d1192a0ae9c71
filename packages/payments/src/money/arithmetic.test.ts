// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPaymentError, PaymentError } from "../core/errors.js";
import { multiplyCents, percentOfCents, sumCents } from "./arithmetic.js";

const MAX = Number.MAX_SAFE_INTEGER;

function errorOf(action: () => unknown): PaymentError {
  try {
    action();
  } catch (error) {
    if (error instanceof PaymentError) return error;
    throw error;
  }
  throw new Error("expected a PaymentError");
}

describe("sumCents", () => {
  it("adds integer cents exactly", () => {
    expect(sumCents([4600, 3200, -1300])).toBe(6500);
    expect(sumCents([])).toBe(0);
    expect(sumCents([MAX - 1, 1])).toBe(MAX);
  });

  it("rejects a sum beyond the safe range as invalid_amount, naming the field", () => {
    const error = errorOf(() => sumCents([MAX, 1], { field: "lineItems" }));
    expect(error.code).toBe("invalid_amount");
    expect(error.field).toBe("lineItems");
    expect(
      isPaymentError(
        errorOf(() => sumCents([-MAX, -2])),
        "invalid_amount",
      ),
    ).toBe(true);
  });

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY, MAX + 1])("rejects %d as an amount", (value) => {
    expect(errorOf(() => sumCents([1, value])).code).toBe("invalid_amount");
  });

  it("agrees with exact BigInt addition, and throws exactly when a running sum leaves the safe range", () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeInteger(), { maxLength: 8 }), (values) => {
        let running = 0n;
        let leavesRange = false;
        for (const value of values) {
          running += BigInt(value);
          if (running > BigInt(MAX) || running < BigInt(-MAX)) leavesRange = true;
        }
        if (leavesRange) expect(errorOf(() => sumCents(values)).code).toBe("invalid_amount");
        else expect(BigInt(sumCents(values))).toBe(running);
      }),
    );
  });
});

describe("multiplyCents", () => {
  it("multiplies exactly", () => {
    expect(multiplyCents(25500, 2)).toBe(51000);
    expect(multiplyCents(0, 1_000_000)).toBe(0);
    expect(multiplyCents(MAX, 1)).toBe(MAX);
  });

  it("rejects a product beyond the safe range", () => {
    const error = errorOf(() => multiplyCents(2 ** 52, 2, { field: "units" }));
    expect(error.code).toBe("invalid_amount");
    expect(error.field).toBe("units");
  });

  it("rejects non-integer operands", () => {
    expect(errorOf(() => multiplyCents(1.5, 2)).code).toBe("invalid_amount");
    expect(errorOf(() => multiplyCents(100, 0.5)).code).toBe("invalid_amount");
  });
});

describe("percentOfCents (commercial rounding, half up)", () => {
  it.each([
    [1300, 50, 650],
    [1301, 50, 651], // 650.5 → 651
    [1, 50, 1], // 0.5 → 1
    [1, 49, 0], // 0.49 → 0
    [3, 33, 1], // 0.99 → 1
    [101, 25, 25], // 25.25 → 25
    [103, 25, 26], // 25.75 → 26
    [4600, 100, 4600],
    [4600, 0, 0],
    [MAX, 100, MAX],
    [MAX, 50, 4503599627370496], // (2^53 − 1) / 2 = 2^52 − 0.5 → 2^52
  ])("%i cents × %i %% = %i cents", (amount, percent, expected) => {
    expect(percentOfCents(amount, percent)).toBe(expected);
  });

  it("matches the definition for every amount and percentage", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100 }), (amount, percent) => {
        const result = percentOfCents(amount, percent);
        // result is the integer nearest to amount × percent / 100, halves going up
        const twiceExact = 2 * amount * percent; // exact: below 2^53 for these ranges
        expect(200 * result).toBeGreaterThan(twiceExact - 100);
        expect(200 * result).toBeLessThanOrEqual(twiceExact + 100);
      }),
    );
  });

  it.each([
    [-1, 50],
    [100, 101],
    [100, -1],
    [100, 12.5],
  ])("rejects amount %d with percentage %d", (amount, percent) => {
    expect(errorOf(() => percentOfCents(amount, percent)).code).toBe("invalid_amount");
  });
});
