import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centsToDecimalString } from "./cents.js";

describe("centsToDecimalString", () => {
  it.each([
    [0, "0.00"],
    [1, "0.01"],
    [99, "0.99"],
    [100, "1.00"],
    [1250, "12.50"],
    [3000, "30.00"],
    [4600, "46.00"],
    [2760, "27.60"],
    [123456789, "1234567.89"],
    [-99, "-0.99"],
    [Number.MAX_SAFE_INTEGER, "90071992547409.91"],
  ])("formats %d cents as %s", (cents, expected) => {
    expect(centsToDecimalString(cents)).toBe(expected);
  });

  it("round-trips every safe integer exactly through its digits", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        const text = centsToDecimalString(cents);
        expect(text).toMatch(/^-?\d+\.\d{2}$/);
        expect(BigInt(text.replace(".", ""))).toBe(BigInt(cents));
      }),
    );
  });

  it.each([0.5, 12.345, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    "rejects %d as a programming error",
    (value) => {
      expect(() => centsToDecimalString(value)).toThrow(RangeError);
    },
  );
});
