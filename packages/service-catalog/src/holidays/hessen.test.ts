import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isoWeekday } from "./calendar.js";
import { easterSunday } from "./easter.js";
import { hessenHolidayOn, hessenHolidays, isHessenHoliday } from "./hessen.js";

const datesOf = (year: number) => hessenHolidays(year).map((holiday) => holiday.date);

describe("hessenHolidays", () => {
  it("lists the ten days of § 1 HFeiertagsG for 2026 in date order", () => {
    // Movable days checked against a published Hessian school calendar (reference/service-catalog.md § 3).
    expect(hessenHolidays(2026).map(({ date, name }) => `${date} ${name}`)).toEqual([
      "2026-01-01 Neujahr",
      "2026-04-03 Karfreitag",
      "2026-04-06 Ostermontag",
      "2026-05-01 Tag der Arbeit",
      "2026-05-14 Christi Himmelfahrt",
      "2026-05-25 Pfingstmontag",
      "2026-06-04 Fronleichnam",
      "2026-10-03 Tag der Deutschen Einheit",
      "2026-12-25 1. Weihnachtstag",
      "2026-12-26 2. Weihnachtstag",
    ]);
  });

  it.each([
    [2024, ["2024-03-29", "2024-04-01", "2024-05-09", "2024-05-20", "2024-05-30"]],
    [2025, ["2025-04-18", "2025-04-21", "2025-05-29", "2025-06-09", "2025-06-19"]],
    [2027, ["2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17", "2027-05-27"]],
    [2038, ["2038-04-23", "2038-04-26", "2038-06-03", "2038-06-14", "2038-06-24"]],
  ])("derives Karfreitag, Ostermontag, Himmelfahrt, Pfingstmontag, Fronleichnam in %i", (year, expected) => {
    const movable = new Set(["Karfreitag", "Ostermontag", "Christi Himmelfahrt", "Pfingstmontag", "Fronleichnam"]);
    expect(
      hessenHolidays(year)
        .filter((holiday) => movable.has(holiday.name))
        .map((holiday) => holiday.date),
    ).toEqual(expected);
  });

  it("has no Reformationstag, Allerheiligen or Buß- und Bettag", () => {
    const dates = datesOf(2026);
    expect(dates).not.toContain("2026-10-31");
    expect(dates).not.toContain("2026-11-01");
    expect(dates).not.toContain("2026-11-18");
  });

  it("includes the one-off Reformationstag 2017, marked unverified", () => {
    expect(hessenHolidayOn("2017-10-31")).toMatchObject({ confidence: "unverified" });
    expect(hessenHolidays(2017)).toHaveLength(11);
    expect(isHessenHoliday("2018-10-31")).toBe(false);
  });

  it("gives English names and the statute as source", () => {
    expect(hessenHolidayOn("2026-06-04")).toEqual({
      date: "2026-06-04",
      name: "Fronleichnam",
      nameEn: "Corpus Christi",
      source: "§ 1 Abs. 1 HFeiertagsG",
      confidence: "verified",
    });
  });

  it("lists both days when Christi Himmelfahrt falls on the 1 May (2008)", () => {
    expect(
      hessenHolidays(2008)
        .filter((holiday) => holiday.date === "2008-05-01")
        .map((h) => h.name),
    ).toEqual(["Tag der Arbeit", "Christi Himmelfahrt"]);
    expect(hessenHolidays(2008)).toHaveLength(10);
  });

  it("keeps every derived day on its weekday, and ten entries, in every year 1900–2199", () => {
    const weekdays: Record<string, number> = {
      Karfreitag: 5,
      Ostermontag: 1,
      "Christi Himmelfahrt": 4,
      Pfingstmontag: 1,
      Fronleichnam: 4,
    };
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const holidays = hessenHolidays(year).filter((holiday) => holiday.confidence === "verified");
        expect(holidays).toHaveLength(10);
        for (const holiday of holidays) {
          const weekday = weekdays[holiday.name];
          if (weekday !== undefined) expect(isoWeekday(holiday.date)).toBe(weekday);
          expect(holiday.date.startsWith(`${year}-`)).toBe(true);
        }
        expect(datesOf(year)).toContain(addDays(easterSunday(year), 60));
      }),
      { numRuns: 300 },
    );
  });

  it("returns copies, so a caller cannot change the cached list", () => {
    const first = hessenHolidays(2026);
    (first[0] as { name: string }).name = "changed";
    expect(hessenHolidays(2026)[0]?.name).toBe("Neujahr");
  });

  it.each([1899, 2200, 2026.5])("rejects the unsupported year %s with a RangeError", (year) => {
    expect(() => hessenHolidays(year)).toThrow(RangeError);
  });
});

describe("isHessenHoliday", () => {
  it("knows fixed and movable days", () => {
    expect(isHessenHoliday("2026-10-03")).toBe(true);
    expect(isHessenHoliday("2026-06-04")).toBe(true);
    expect(isHessenHoliday("2026-06-05")).toBe(false);
  });

  it("does not count ordinary Sundays or Ostersonntag (Sundays are holidays by law, but not named ones)", () => {
    expect(isHessenHoliday("2026-04-05")).toBe(false);
    expect(isHessenHoliday("2026-06-07")).toBe(false);
  });

  it("rejects what is not an ISO date", () => {
    expect(() => isHessenHoliday("03.10.2026")).toThrow(RangeError);
    expect(() => isHessenHoliday("2026-02-30")).toThrow(RangeError);
  });
});
