// @vitest-environment node
import { describe, expect, it } from "vitest";
import { isPaymentError } from "../core/errors.js";
import { berlinDate, completedYears, isIsoDate } from "./dates.js";

describe("isIsoDate", () => {
  it.each(["2025-01-01", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])("accepts %s", (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    "2025-02-29", // not a leap year
    "1900-02-29", // century, not a leap year
    "2025-04-31",
    "2025-13-01",
    "2025-00-10",
    "2025-01-00",
    "0000-01-01",
    "2025-1-01",
    "2025/01/01",
    "2025-01-01T00:00",
    " 2025-01-01",
    "２０２５-01-01", // full-width digits
    "",
    20250101,
    null,
  ])("rejects %j", (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe("completedYears (BGB §§ 187, 188)", () => {
  it.each([
    ["2000-06-15", "2024-06-14", 23],
    ["2000-06-15", "2024-06-15", 24], // the birthday itself counts
    ["2000-06-15", "2024-12-31", 24],
    ["2000-12-31", "2001-01-01", 0],
    ["2000-01-01", "2000-01-01", 0],
    // born on 29 February: the new age counts from 1 March in a common year, from 29 February in a leap year
    ["2000-02-29", "2023-02-28", 22],
    ["2000-02-29", "2023-03-01", 23],
    ["2000-02-29", "2024-02-28", 23],
    ["2000-02-29", "2024-02-29", 24],
  ])("born %s, on %s: %i completed years", (birthDate, date, expected) => {
    expect(completedYears(birthDate, date)).toBe(expected);
  });

  it("is undefined for a birth date after the date or an invalid date", () => {
    expect(completedYears("2024-06-16", "2024-06-15")).toBeUndefined();
    expect(completedYears("2023-02-29", "2024-06-15")).toBeUndefined();
    expect(completedYears("2000-01-01", "2024-13-01")).toBeUndefined();
  });
});

describe("berlinDate", () => {
  it.each([
    ["2025-06-14T21:59:59Z", "2025-06-14"], // 23:59:59 summer time
    ["2025-06-14T22:00:00Z", "2025-06-15"], // midnight summer time (UTC+2)
    ["2025-01-14T22:59:59Z", "2025-01-14"],
    ["2025-01-14T23:00:00Z", "2025-01-15"], // midnight winter time (UTC+1)
    ["2025-12-31T23:30:00Z", "2026-01-01"],
  ])("%s is %s in Berlin", (instant, expected) => {
    expect(berlinDate(new Date(instant))).toBe(expected);
  });

  it("rejects an invalid Date with invalid_input", () => {
    expect(() => berlinDate(new Date(Number.NaN))).toThrow(
      expect.objectContaining({ code: "invalid_input", field: "instant" }),
    );
    let caught: unknown;
    try {
      berlinDate("2025-01-01" as unknown as Date);
    } catch (error) {
      caught = error;
    }
    expect(isPaymentError(caught, "invalid_input")).toBe(true);
  });
});
