// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centsToEuroNumber, euroNumberToCents, MAX_GROS_AMOUNT_CENTS } from "./amount.js";

describe("centsToEuroNumber", () => {
  it.each([
    [1, 0.01, "0.01"],
    [10, 0.1, "0.1"],
    [99, 0.99, "0.99"],
    [100, 1, "1"],
    [1005, 10.05, "10.05"],
    [1250, 12.5, "12.5"],
    [999_999_99, 999999.99, "999999.99"],
    [MAX_GROS_AMOUNT_CENTS, 999999, "999999"],
  ])("%i cents → %s € written as %s in JSON", (cents, euros, json) => {
    const value = centsToEuroNumber(cents);
    expect(value).toBe(euros);
    expect(JSON.stringify({ grosAmount: value })).toBe(`{"grosAmount":${json}}`);
  });

  it("rejects what is not integer cents", () => {
    expect(() => centsToEuroNumber(12.5)).toThrow(RangeError);
    expect(() => centsToEuroNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe("euroNumberToCents", () => {
  it.each([
    [0.01, 1],
    [0.1, 10],
    [0.99, 99],
    [1, 100],
    [10.05, 1005],
    [999999.99, 999_999_99],
    [-2.5, -250],
    [0, 0],
  ])("%s € → %i cents", (euros, cents) => {
    expect(euroNumberToCents(euros)).toBe(cents);
  });

  it("parses what JSON.parse produced from the provider's literal", () => {
    expect(euroNumberToCents(JSON.parse("10.050") as number)).toBe(1005);
    expect(euroNumberToCents(JSON.parse("1.10") as number)).toBe(110);
  });

  it.each([
    [12.345],
    [0.001],
    [1e21],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    // 0.1 + 0.2 is the classic float artefact; it is not a whole number of cents.
    [0.1 + 0.2],
  ])("refuses %s (not a whole number of cents)", (value) => {
    expect(euroNumberToCents(value)).toBeUndefined();
  });

  it("round-trips every amount the platform accepts: cents → grosAmount → JSON → cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_GROS_AMOUNT_CENTS }), (cents) => {
        const onTheWire = JSON.stringify(centsToEuroNumber(cents));
        expect(euroNumberToCents(JSON.parse(onTheWire) as number)).toBe(cents);
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips beyond the platform limit up to 10^13 cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), (cents) => {
        expect(euroNumberToCents(centsToEuroNumber(cents))).toBe(cents);
      }),
      { numRuns: 2000 },
    );
  });
});
