import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type IsoDate, isIsoDate, isoWeekday, parseIsoDate, toDayNumber } from "../holidays/calendar.js";
import { berlinDayPieces, berlinWallTime, startOfBerlinDay } from "./berlin.js";
import { formatClockTime, parseClockTime } from "./clock.js";

describe("clock times", () => {
  it("parses HH:MM from 00:00 to 24:00 and nothing else", () => {
    expect(parseClockTime("00:00")).toBe(0);
    expect(parseClockTime("08:30")).toBe(510);
    expect(parseClockTime("24:00")).toBe(1440);
    for (const bad of ["24:30", "7:00", "07:60", "ab:cd", "07:00 ", "-1:00"])
      expect(parseClockTime(bad)).toBeUndefined();
  });

  it("formats what it parses", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 }), (minutes) => {
        expect(parseClockTime(formatClockTime(minutes))).toBe(minutes);
      }),
    );
  });
});

describe("calendar", () => {
  it("checks real dates, leap years included", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2100-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-1-01")).toBe(false);
    expect(parseIsoDate("0099-12-31")).toEqual({ year: 99, month: 12, day: 31 });
  });

  it("adds days across months, years and the DST switch", () => {
    expect(addDays("2026-03-28" as IsoDate, 2)).toBe("2026-03-30");
    expect(addDays("2026-12-31" as IsoDate, 1)).toBe("2027-01-01");
    expect(addDays("2024-03-01" as IsoDate, -1)).toBe("2024-02-29");
    expect(addDays("0099-12-31" as IsoDate, 1)).toBe("0100-01-01");
    expect(isoWeekday("2026-06-04" as IsoDate)).toBe(4);
    expect(isoWeekday("1900-01-01" as IsoDate)).toBe(1);
  });

  it("counts consecutive days", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 80_000 }), (day) => {
        const date = addDays("1970-01-01" as IsoDate, day);
        expect(toDayNumber(date)).toBe(day);
        expect(addDays(date, 1) > date).toBe(true);
      }),
    );
  });
});

describe("Berlin days", () => {
  it("has 24 hours on ordinary days, 23 and 25 on the switch days", () => {
    const length = (date: string) =>
      (startOfBerlinDay(addDays(date as IsoDate, 1)) - startOfBerlinDay(date as IsoDate)) / 3_600_000;
    expect(length("2026-06-01")).toBe(24);
    expect(length("2026-03-29")).toBe(23);
    expect(length("2026-10-25")).toBe(25);
    expect(berlinDayPieces("2026-06-01" as IsoDate)).toHaveLength(1);
    expect(berlinDayPieces("2026-03-29" as IsoDate).map((piece) => piece.wallStart / 3_600_000)).toEqual([0, 3]);
    expect(berlinDayPieces("2026-10-25" as IsoDate).map((piece) => piece.wallStart / 3_600_000)).toEqual([0, 2]);
  });

  it("reads the wall clock of an instant", () => {
    expect(berlinWallTime(Date.parse("2026-10-25T00:30:00Z"))).toEqual({ date: "2026-10-25", msOfDay: 9_000_000 });
    expect(berlinWallTime(Date.parse("2026-10-25T01:30:00Z"))).toEqual({ date: "2026-10-25", msOfDay: 9_000_000 });
    expect(berlinWallTime(Date.parse("2026-12-31T23:30:00Z"))).toEqual({ date: "2027-01-01", msOfDay: 1_800_000 });
  });
});
