import { describe, expect, it } from "vitest";
import type { IsoDate } from "../holidays/calendar.js";
import { hoursOnDate } from "./day-hours.js";
import { buergerbuero, hours } from "./test-fixtures.js";

const day = (date: string) => hoursOnDate(buergerbuero, date as IsoDate);

describe("hoursOnDate", () => {
  it("uses the weekly rule, with the rule's or range's note", () => {
    expect(day("2026-06-11")).toEqual({
      date: "2026-06-11",
      weekday: "do",
      source: "weekly",
      ranges: [
        { from: "08:00", to: "12:00" },
        { from: "14:00", to: "18:00", note: { de: "nur mit Termin", en: "by appointment only" } },
      ],
    });
    const ruleNote = hours({ weekly: [{ days: ["mo"], hours: [{ from: "08:00", to: "12:00" }], note: "Termin" }] });
    expect(hoursOnDate(ruleNote, "2026-06-01" as IsoDate).ranges).toEqual([
      { from: "08:00", to: "12:00", note: "Termin" },
    ]);
  });

  it("gives a closed weekly day no ranges", () => {
    expect(day("2026-06-13")).toMatchObject({ weekday: "sa", source: "weekly", ranges: [] });
  });

  it("prefers an exception, then a holiday, then the weekly rule", () => {
    expect(day("2026-12-24")).toMatchObject({ source: "exception", ranges: [] });
    expect(day("2026-12-31")).toMatchObject({ source: "exception", ranges: [{ from: "08:00", to: "11:00" }] });
    expect(day("2026-12-25")).toMatchObject({ source: "holiday", holiday: { name: "1. Weihnachtstag" } });
    const range = hours({
      weekly: [],
      exceptions: [{ date: "2026-12-20", until: "2026-12-27", hours: [{ from: "10:00", to: "12:00" }], reason: "x" }],
    });
    expect(hoursOnDate(range, "2026-12-25" as IsoDate).source).toBe("exception");
    expect(hoursOnDate(range, "2026-12-28" as IsoDate).source).toBe("weekly");
  });

  it("marks years without computed holidays", () => {
    expect(hoursOnDate(buergerbuero, "2200-06-02" as IsoDate)).toMatchObject({
      source: "unknown_holidays",
      ranges: [],
    });
    expect(hoursOnDate(buergerbuero, "1899-06-02" as IsoDate).source).toBe("unknown_holidays");
  });
});
