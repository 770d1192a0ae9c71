import { describe, expect, it } from "vitest";
import { centsToDecimalString, formatMoney } from "../index.js";

const NBSP = "\u00a0";

describe("formatMoney", () => {
  it.each([
    [1250, `12,50${NBSP}€`],
    [0, `0,00${NBSP}€`],
    [5, `0,05${NBSP}€`],
    [123456789, `1.234.567,89${NBSP}€`],
    [-1250, `-12,50${NBSP}€`],
  ])("formats %i cents in German as %j", (cents, expected) => {
    expect(formatMoney(cents)).toBe(expected);
  });

  it.each([
    [1250, "€12.50"],
    [123456789, "€1,234,567.89"],
    [-5, "-€0.05"],
  ])("formats %i cents in English as %j", (cents, expected) => {
    expect(formatMoney(cents, { locale: "en" })).toBe(expected);
  });

  it("formats the largest safe amount without losing a cent", () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER)).toBe(`90.071.992.547.409,91${NBSP}€`);
  });

  it.each([12.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    "rejects %d as not an integer number of cents",
    (value) => {
      expect(() => formatMoney(value)).toThrow(RangeError);
    },
  );
});

describe("centsToDecimalString", () => {
  it.each([
    [1250, "12.50"],
    [5, "0.05"],
    [-5, "-0.05"],
    [0, "0.00"],
    [Number.MAX_SAFE_INTEGER, "90071992547409.91"],
  ])("writes %i cents as %j euros", (cents, expected) => {
    expect(centsToDecimalString(cents)).toBe(expected);
  });

  it("rejects fractional cents", () => {
    expect(() => centsToDecimalString(0.5)).toThrow(RangeError);
  });
});
