import { issuesFromZodError } from "@digitale-kommune/validators";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createOpeningHoursSchema, type OpeningHoursInput, openingHoursSchema } from "./schema.js";

function issues(input: unknown, locale: "de" | "en" = "de") {
  const result = createOpeningHoursSchema({ locale }).safeParse(input);
  return result.success ? [] : issuesFromZodError(result.error);
}

const week = (hours: { from: string; to: string }[]) => ({ weekly: [{ days: ["mo"], hours }] });

describe("openingHoursSchema", () => {
  it("accepts the documented example and applies the defaults", () => {
    const input: OpeningHoursInput = {
      weekly: [
        { days: ["mo", "di", "mi", "do", "fr"], hours: [{ from: "08:00", to: "12:00" }] },
        { days: ["do"], hours: [{ from: "14:00", to: "18:00", note: "nur mit Termin" }] },
      ],
      exceptions: [
        { date: "2026-12-24", closed: true, reason: "Heiligabend" },
        { date: "2026-07-20", until: "2026-08-07", closed: true, reason: "Umzug" },
        { date: "2026-12-31", hours: [{ from: "08:00", to: "11:00" }], reason: "Silvester" },
      ],
      notes: [{ de: "Termine unter 0661 102-1111", en: "Appointments on 0661 102-1111" }],
    };
    expect(openingHoursSchema.parse(input)).toEqual({ ...input, closedOnPublicHolidays: true });
    expect(openingHoursSchema.parse({ weekly: [] })).toEqual({
      weekly: [],
      exceptions: [],
      closedOnPublicHolidays: true,
    });
  });

  it("accepts ranges ending at 24:00, touching ranges and a day in several rules", () => {
    expect(
      issues({
        weekly: [
          {
            days: ["fr"],
            hours: [
              { from: "00:00", to: "12:00" },
              { from: "12:00", to: "24:00" },
            ],
          },
          { days: ["mo", "fr"], hours: [] },
        ],
      }).map((issue) => issue.code),
    ).toEqual(["no_time_ranges"]);
    expect(issues(week([{ from: "20:00", to: "24:00" }]))).toEqual([]);
  });

  it.each(["8:00", "08:0", "24:01", "25:00", "12:60", "0800", "08-00", "", " 08:00", "０８:００"])(
    "rejects the time %j with invalid_time on its field",
    (time) => {
      expect(issues(week([{ from: time, to: "23:00" }]))).toEqual([
        {
          path: ["weekly", 0, "hours", 0, "from"],
          code: "invalid_time",
          message: `Beginn (from): „${time}“ ist keine gültige Uhrzeit. Erwartet wird HH:MM zwischen 00:00 und 24:00.`,
        },
      ]);
    },
  );

  it("rejects ranges that do not end after they start, including 24:00 as a start", () => {
    expect(issues(week([{ from: "12:00", to: "08:00" }])).map((issue) => [issue.code, issue.path])).toEqual([
      ["time_range_order", ["weekly", 0, "hours", 0, "to"]],
    ]);
    expect(issues(week([{ from: "10:00", to: "10:00" }]))[0]?.code).toBe("time_range_order");
    expect(issues(week([{ from: "24:00", to: "24:00" }]))[0]?.code).toBe("time_range_order");
  });

  it("rejects overlapping ranges on a day, also across rules, naming the day", () => {
    expect(
      issues({
        weekly: [
          { days: ["mo", "do"], hours: [{ from: "08:00", to: "12:00" }] },
          { days: ["do"], hours: [{ from: "11:30", to: "18:00" }] },
        ],
      }),
    ).toEqual([
      {
        path: ["weekly", 1, "hours", 0],
        code: "time_range_overlap",
        message: "Zeiträume: Der Zeitraum 11:30–18:00 überschneidet sich am Donnerstag mit 08:00–12:00.",
      },
    ]);
    expect(
      issues(
        {
          weekly: [
            {
              days: ["sa"],
              hours: [
                { from: "08:00", to: "12:00" },
                { from: "09:00", to: "10:00" },
              ],
            },
          ],
        },
        "en",
      ).map((issue) => issue.message),
    ).toEqual(["Time ranges: the time range 09:00–10:00 overlaps 08:00–12:00 on Saturday."]);
  });

  it("rejects unknown and repeated weekdays and an empty day list", () => {
    expect(
      issues({ weekly: [{ days: ["mo", "monday", "mo"], hours: [{ from: "08:00", to: "12:00" }] }] }).map((issue) => [
        issue.code,
        issue.path,
      ]),
    ).toEqual([
      ["invalid_weekday", ["weekly", 0, "days", 1]],
      ["duplicate_weekday", ["weekly", 0, "days", 2]],
    ]);
    expect(issues({ weekly: [{ days: [], hours: [{ from: "08:00", to: "12:00" }] }] })[0]?.code).toBe("no_weekdays");
  });

  it("checks the exceptions: real dates, order, closed xor hours, reason, no overlaps", () => {
    const result = issues({
      weekly: [],
      exceptions: [
        { date: "2026-02-29", closed: true, reason: "x" },
        { date: "2026-08-07", until: "2026-07-20", closed: true, reason: "Umzug" },
        { date: "2026-12-24", reason: "Heiligabend" },
        { date: "2026-12-31", closed: true, hours: [{ from: "08:00", to: "11:00" }], reason: "Silvester" },
        { date: "2027-01-05", closed: true, reason: " " },
        { date: "2027-01-01", until: "2027-01-10", closed: true, reason: "Inventur" },
        { date: "2027-02-01", closed: false, hours: [{ from: "08:00", to: "11:00" }], reason: "Sonderöffnung" },
      ],
    });
    expect(result.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_date", ["exceptions", 0, "date"]],
      ["date_range_order", ["exceptions", 1, "until"]],
      ["exception_kind", ["exceptions", 2]],
      ["exception_kind", ["exceptions", 3]],
      ["empty_text", ["exceptions", 4, "reason"]],
      ["exception_overlap", ["exceptions", 5]],
    ]);
    expect(result[5]?.message).toBe(
      "Ausnahmen: Die Ausnahme am 2027-01-01 überschneidet sich mit einer anderen Ausnahme (2027-01-05).",
    );
  });

  it("reports unknown keys and wrong types with zod's codes instead of crashing", () => {
    expect(issues({ weekly: [{ days: ["mo"], hour: [] }] }).map((issue) => issue.code)).toEqual([
      "invalid_type",
      "unrecognized_keys",
    ]);
    expect(issues(null).map((issue) => issue.code)).toEqual(["invalid_type"]);
    expect(issues({ weekly: "Mo–Fr 8–12" }).map((issue) => issue.code)).toEqual(["invalid_type"]);
  });

  it("lets an app override a message", () => {
    const schema = createOpeningHoursSchema({ messages: { invalid_time: "Uhrzeit prüfen: {value}" } });
    const result = schema.safeParse(week([{ from: "8", to: "12:00" }]));
    expect(result.success ? [] : issuesFromZodError(result.error).map((issue) => issue.message)).toEqual([
      "Uhrzeit prüfen: 8",
    ]);
  });

  it("converts to a JSON Schema with the patterns and weekdays editors need", () => {
    const json = JSON.stringify(z.toJSONSchema(openingHoursSchema, { io: "input" }));
    expect(json).toContain('"enum":["mo","di","mi","do","fr","sa","so"]');
    expect(json).toContain("24:00");
    expect(json).toContain('"required":["weekly"]');
  });

  it("returns on long hostile strings (hang guard, not a timing goal)", () => {
    const long = "0".repeat(100_000);
    const found = issues(week([{ from: long, to: `${long}:` }]));
    expect(found.map((issue) => issue.code)).toEqual(["invalid_time", "invalid_time"]);
    expect(found[0]?.message.length).toBeLessThan(200);
  });
});
