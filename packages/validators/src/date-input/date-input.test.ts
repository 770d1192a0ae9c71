import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "../core/zod.js";
import { ageOn, daysInMonth, type IsoDate, isLeapYear, todayInBerlin } from "./calendar.js";
import { dateInput } from "./index.js";

const codes = (result: ReturnType<typeof dateInput.validate>) =>
  result.ok ? [] : result.issues.map((issue) => [issue.path.join("."), issue.code]);

describe("dateInput from three fields", () => {
  it("outputs ISO YYYY-MM-DD, with or without leading zeros and surrounding spaces", () => {
    expect(dateInput.validate({ day: "24", month: "11", year: "2026" })).toEqual({ ok: true, value: "2026-11-24" });
    expect(dateInput.validate({ day: " 3 ", month: "02", year: "1990" })).toEqual({ ok: true, value: "1990-02-03" });
  });

  it("reports an empty date once, on the whole group", () => {
    expect(codes(dateInput.validate({ day: "", month: " ", year: "" }))).toEqual([["", "empty"]]);
    expect(codes(dateInput.validate({}))).toEqual([["", "empty"]]);
  });

  it("names every missing field, on that field", () => {
    expect(codes(dateInput.validate({ day: "24", month: "", year: "" }))).toEqual([
      ["month", "missing_month"],
      ["year", "missing_year"],
    ]);
  });

  it("reports every invalid field at once", () => {
    expect(codes(dateInput.validate({ day: "32", month: "13", year: "90" }))).toEqual([
      ["day", "invalid_day"],
      ["month", "invalid_month"],
      ["year", "invalid_year"],
    ]);
    expect(codes(dateInput.validate({ day: "0", month: "1", year: "0990" }))).toEqual([
      ["day", "invalid_day"],
      ["year", "invalid_year"],
    ]);
  });

  it.each([
    ["fullwidth digits", { day: "２４", month: "11", year: "2026" }, "day"],
    ["a sign", { day: "+1", month: "11", year: "2026" }, "day"],
    ["a decimal", { day: "1", month: "1.5", year: "2026" }, "month"],
    ["a 5-digit year", { day: "1", month: "1", year: "20260" }, "year"],
  ])("rejects %s as an invalid field", (_label, input, field) => {
    expect(codes(dateInput.validate(input)).map(([path]) => path)).toEqual([field]);
  });

  it("rejects dates that do not exist, on the whole group", () => {
    expect(codes(dateInput.validate({ day: "31", month: "4", year: "2026" }))).toEqual([["", "invalid_date"]]);
    expect(codes(dateInput.validate({ day: "29", month: "2", year: "2025" }))).toEqual([["", "invalid_date"]]);
    expect(dateInput.validate({ day: "29", month: "2", year: "2024" })).toEqual({ ok: true, value: "2024-02-29" });
    expect(codes(dateInput.validate({ day: "29", month: "2", year: "1900" }))).toEqual([["", "invalid_date"]]);
    expect(dateInput.validate({ day: "29", month: "2", year: "2000" })).toEqual({ ok: true, value: "2000-02-29" });
  });

  it("prefixes the caller's path", () => {
    const result = dateInput.validate({ day: "x", month: "1", year: "2000" }, { path: ["kind", "geburtsdatum"] });
    expect(result.ok ? [] : result.issues[0]?.path).toEqual(["kind", "geburtsdatum", "day"]);
  });
});

describe("dateInput from TT.MM.JJJJ", () => {
  it.each([
    ["24.11.2026", "2026-11-24"],
    ["1.2.1990", "1990-02-01"],
    [" 01.02.1990 ", "1990-02-01"],
  ])("reads %j as %s", (input, iso) => {
    expect(dateInput.validate(input)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ["", "empty"],
    ["24/11/2026", "invalid_format"],
    ["2026-11-24", "invalid_format"],
    ["24.11.", "missing_year"],
    ["24.11.26", "invalid_year"],
    ["31.02.2026", "invalid_date"],
    ["..", "empty"],
  ])("rejects %j with %s, one issue on the field itself", (input, code) => {
    expect(codes(dateInput.validate(input))).toEqual([["", code]]);
  });
});

describe("dateInput rules at a reference date", () => {
  const today = "2026-11-24";

  it("rejects future dates when asked, and past dates when asked", () => {
    expect(codes(dateInput.validate("25.11.2026", { today, notInFuture: true }))).toEqual([["", "in_future"]]);
    expect(dateInput.validate("24.11.2026", { today, notInFuture: true }).ok).toBe(true);
    expect(codes(dateInput.validate("23.11.2026", { today, notInPast: true }))).toEqual([["", "in_past"]]);
  });

  it("checks min and max and names the limit in the message", () => {
    const early = dateInput.validate("31.12.2019", { min: "2020-01-01" });
    expect(early.ok ? "" : early.issues[0]?.message).toBe("Das Datum muss am 01.01.2020 oder später liegen.");
    const late = dateInput.validate("02.01.2020", { max: "2020-01-01", locale: "en" });
    expect(late.ok ? "" : late.issues[0]?.message).toBe("The date must be on or before 2020-01-01.");
  });

  it("computes the completed age per BGB: 18 on the 18th birthday, not the day before", () => {
    expect(dateInput.validate("24.11.2008", { today, minAge: 18 }).ok).toBe(true);
    const dayBefore = dateInput.validate("25.11.2008", { today, minAge: 18 });
    expect(dayBefore.ok ? "" : dayBefore.issues[0]?.message).toBe("Sie müssen mindestens 18 Jahre alt sein.");
    expect(codes(dateInput.validate("23.11.2008", { today, maxAge: 17 }))).toEqual([["", "too_old"]]);
  });

  it("lets someone born on 29 February complete a year on 1 March in common years", () => {
    expect(ageOn("2008-02-29" as IsoDate, "2026-02-28" as IsoDate)).toBe(17);
    expect(ageOn("2008-02-29" as IsoDate, "2026-03-01" as IsoDate)).toBe(18);
    expect(ageOn("2008-02-29" as IsoDate, "2028-02-29" as IsoDate)).toBe(20);
  });

  it("defaults today to the date in Europe/Berlin", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Berlin.
    expect(todayInBerlin(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});

describe("dateInput.schema", () => {
  it("takes the three posted fields inside a form object and outputs ISO", () => {
    const form = z.object({ geburtsdatum: dateInput.schema({ notInFuture: true, today: "2026-11-24" }) });
    expect(form.parse({ geburtsdatum: { day: "1", month: "2", year: "2000" } })).toEqual({
      geburtsdatum: "2000-02-01",
    });
    const result = form.safeParse({ geburtsdatum: { day: "1", month: "", year: "2000" } });
    expect(result.success ? [] : issuesFromZodError(result.error)).toEqual([
      { path: ["geburtsdatum", "month"], code: "missing_month", message: "Das Datum muss einen Monat enthalten." },
    ]);
  });

  it("formats ISO dates for display", () => {
    expect(dateInput.format("2026-11-24" as IsoDate)).toBe("24.11.2026");
    expect(dateInput.format("2026-11-24" as IsoDate, { locale: "en" })).toBe("2026-11-24");
  });
});

describe("calendar properties", () => {
  it("accepts exactly the days that exist, for any year", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const result = dateInput.validate({ day: String(day), month: String(month), year: String(year) });
          // Cross-check against the platform calendar (UTC, so no time zone shifts the day).
          const date = new Date(Date.UTC(year, month - 1, day));
          const exists = date.getUTCDate() === day && date.getUTCMonth() === month - 1;
          expect(result.ok).toBe(exists);
          expect(day <= daysInMonth(year, month)).toBe(exists);
          expect(isLeapYear(year)).toBe(new Date(Date.UTC(year, 1, 29)).getUTCDate() === 29);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never throws on arbitrary field values", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (day, month, year) => {
        dateInput.validate({ day, month, year });
        dateInput.validate(`${day}.${month}.${year}`);
      }),
    );
    expect(dateInput.validate("1".repeat(100_000)).ok).toBe(false);
  });
});
