import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoWeekday } from "./calendar.js";
import { easterSunday } from "./easter.js";

describe("easterSunday", () => {
  // Published Easter dates, including the earliest possible (22 March: 1818, 2285) and the latest
  // (25 April: 1943, 2038); every value was also cross-checked against python-dateutil's `easter`,
  // an independent implementation (Tøndering's formulation).
  it.each([
    [1818, "1818-03-22"],
    [1900, "1900-04-15"],
    [1943, "1943-04-25"],
    [1954, "1954-04-18"],
    [1961, "1961-04-02"],
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2100, "2100-03-28"],
    [2199, "2199-04-14"],
    [2285, "2285-03-22"],
  ])("Easter %i is %s", (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(isoWeekday(easter)).toBe(7);
        const monthDay = easter.slice(5);
        expect(monthDay >= "03-22" && monthDay <= "04-25").toBe(true);
      }),
    );
  });

  it.each([1582, 10_000, 2024.5, Number.NaN])("rejects the year %s", (year) => {
    expect(() => easterSunday(year)).toThrow(RangeError);
  });
});
