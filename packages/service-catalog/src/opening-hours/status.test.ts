import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isOpenAt, nextOpening, openingStatus } from "./status.js";
import { buergerbuero, hours } from "./test-fixtures.js";

// Instants are written with their Berlin offset (+01:00 CET, +02:00 CEST), so the tests mean the
// same thing whatever time zone the machine runs in.
const at = (iso: string) => new Date(iso);
const iso = (date: Date | undefined) => date?.toISOString();

describe("isOpenAt", () => {
  it("is open inside a range, from its first to just before its last minute", () => {
    expect(isOpenAt(buergerbuero, at("2026-06-01T07:59:59.999+02:00"))).toBe(false);
    expect(isOpenAt(buergerbuero, at("2026-06-01T08:00:00+02:00"))).toBe(true);
    expect(isOpenAt(buergerbuero, at("2026-06-01T11:59:59.999+02:00"))).toBe(true);
    expect(isOpenAt(buergerbuero, at("2026-06-01T12:00:00+02:00"))).toBe(false);
    expect(isOpenAt(buergerbuero, at("2026-06-06T09:00:00+02:00"))).toBe(false);
  });

  it("reads the Berlin clock in winter and summer alike", () => {
    expect(isOpenAt(buergerbuero, at("2026-01-12T07:30:00Z"))).toBe(true); // 08:30 CET
    expect(isOpenAt(buergerbuero, at("2026-07-13T06:30:00Z"))).toBe(true); // 08:30 CEST
    expect(isOpenAt(buergerbuero, at("2026-01-12T06:30:00Z"))).toBe(false); // 07:30 CET
  });

  it("is closed on a public holiday on a weekday, unless the office says otherwise", () => {
    const fronleichnam = at("2026-06-04T09:00:00+02:00");
    expect(isOpenAt(buergerbuero, fronleichnam)).toBe(false);
    expect(isOpenAt({ ...buergerbuero, closedOnPublicHolidays: false }, fronleichnam)).toBe(true);
  });

  it("lets an exception override the weekly rule and a holiday", () => {
    const heiligabend = at("2026-12-24T09:00:00+01:00");
    expect(isOpenAt(buergerbuero, heiligabend)).toBe(false);
    expect(isOpenAt(buergerbuero, at("2026-12-31T10:59:00+01:00"))).toBe(true);
    expect(isOpenAt(buergerbuero, at("2026-12-31T11:00:00+01:00"))).toBe(false);
    expect(isOpenAt(buergerbuero, at("2026-12-31T15:00:00+01:00"))).toBe(false); // no Thursday afternoon
    const specialOpening = hours({
      weekly: [],
      exceptions: [{ date: "2026-05-14", hours: [{ from: "10:00", to: "14:00" }], reason: "Hessentag" }],
    });
    expect(isOpenAt(specialOpening, at("2026-05-14T11:00:00+02:00"))).toBe(true); // Christi Himmelfahrt
  });

  it("handles a range ending at 24:00 and one starting at 00:00", () => {
    const late = hours({
      weekly: [
        { days: ["fr"], hours: [{ from: "20:00", to: "24:00" }] },
        { days: ["sa"], hours: [{ from: "00:00", to: "02:00" }] },
      ],
    });
    expect(isOpenAt(late, at("2026-06-05T23:59:59.999+02:00"))).toBe(true);
    expect(isOpenAt(late, at("2026-06-06T00:00:00+02:00"))).toBe(true);
    expect(isOpenAt(late, at("2026-06-06T02:00:00+02:00"))).toBe(false);
    expect(isOpenAt(late, at("2026-06-04T23:59:59+02:00"))).toBe(false);
  });

  it("is never open for an invalid Date or a day outside the calendar", () => {
    expect(isOpenAt(buergerbuero, new Date(Number.NaN))).toBe(false);
    expect(isOpenAt(buergerbuero, new Date(8.64e15))).toBe(false);
  });

  it("treats days after 2199 as closed when holidays matter, because they are not computed", () => {
    const always = hours({
      weekly: [{ days: ["mo", "di", "mi", "do", "fr", "sa", "so"], hours: [{ from: "00:00", to: "24:00" }] }],
    });
    expect(isOpenAt(always, at("2200-06-02T12:00:00+02:00"))).toBe(false);
    expect(isOpenAt({ ...always, closedOnPublicHolidays: false }, at("2200-06-02T12:00:00+02:00"))).toBe(true);
  });
});

describe("openingStatus and nextOpening", () => {
  it("says when an open office closes and when it reopens", () => {
    const status = openingStatus(buergerbuero, at("2026-06-11T09:00:00+02:00")); // Thursday
    expect(status.open).toBe(true);
    expect(iso(status.closesAt)).toBe("2026-06-11T10:00:00.000Z");
    expect(iso(status.nextOpensAt)).toBe("2026-06-11T12:00:00.000Z");
    expect(status.today?.source).toBe("weekly");
    expect(status.today?.ranges.map((range) => `${range.from}-${range.to}`)).toEqual(["08:00-12:00", "14:00-18:00"]);
  });

  it("gives the next opening of a closed office, skipping the weekend", () => {
    const status = openingStatus(buergerbuero, at("2026-06-12T13:00:00+02:00")); // Friday afternoon
    expect(status).toMatchObject({ open: false });
    expect(status.closesAt).toBeUndefined();
    expect(iso(status.nextOpensAt)).toBe("2026-06-15T06:00:00.000Z");
    expect(nextOpening(buergerbuero, at("2026-06-12T13:00:00+02:00"))).toEqual({
      opensAt: at("2026-06-15T08:00:00+02:00"),
      closesAt: at("2026-06-15T12:00:00+02:00"),
    });
  });

  it("counts an opening that starts exactly now, and while open looks for the reopening", () => {
    expect(iso(nextOpening(buergerbuero, at("2026-06-15T08:00:00+02:00"))?.opensAt)).toBe("2026-06-15T06:00:00.000Z");
    expect(iso(nextOpening(buergerbuero, at("2026-06-15T08:00:00.001+02:00"))?.opensAt)).toBe(
      "2026-06-16T06:00:00.000Z",
    );
  });

  it("skips a public holiday on a weekday and reports it as today's reason", () => {
    const status = openingStatus(buergerbuero, at("2026-05-14T09:00:00+02:00")); // Christi Himmelfahrt
    expect(status.open).toBe(false);
    expect(status.today).toMatchObject({ source: "holiday", holiday: { name: "Christi Himmelfahrt" } });
    expect(iso(status.nextOpensAt)).toBe("2026-05-15T06:00:00.000Z");
  });

  it("handles Heiligabend and Silvester as exceptions around the Christmas holidays", () => {
    // Thu 24.12. closed (exception), Fri 25. and Sat 26. holidays, Sun 27. closed.
    const heiligabend = openingStatus(buergerbuero, at("2026-12-24T07:00:00+01:00"));
    expect(heiligabend.today).toMatchObject({ source: "exception", exception: { date: "2026-12-24" } });
    expect(iso(heiligabend.nextOpensAt)).toBe("2026-12-28T07:00:00.000Z");
    // Thu 31.12. only 08:00–11:00, then Neujahr (Fri) and the weekend.
    const silvester = openingStatus(buergerbuero, at("2026-12-31T10:00:00+01:00"));
    expect(iso(silvester.closesAt)).toBe("2026-12-31T10:00:00.000Z");
    expect(iso(silvester.nextOpensAt)).toBe("2027-01-04T07:00:00.000Z");
  });

  it("finds the next opening weeks later after a long closure", () => {
    const moving = hours({
      ...buergerbuero,
      exceptions: [{ date: "2026-07-20", until: "2026-08-07", closed: true, reason: "Umzug" }],
    });
    expect(nextOpening(moving, at("2026-07-17T13:00:00+02:00"))?.opensAt).toEqual(at("2026-08-10T08:00:00+02:00"));
  });

  it("stops at the search limit instead of looping", () => {
    const never = hours({ weekly: [] });
    expect(nextOpening(never, at("2026-06-01T12:00:00+02:00"))).toBeUndefined();
    expect(openingStatus(never, at("2026-06-01T12:00:00+02:00"))).toMatchObject({ open: false });
    expect(openingStatus(never, at("2026-06-01T12:00:00+02:00")).nextOpensAt).toBeUndefined();

    const closedTwoYears = hours({
      ...buergerbuero,
      exceptions: [{ date: "2026-01-01", until: "2027-12-31", closed: true, reason: "Sanierung" }],
    });
    expect(nextOpening(closedTwoYears, at("2026-06-01T12:00:00+02:00"))).toBeUndefined();
    expect(nextOpening(closedTwoYears, at("2026-06-01T12:00:00+02:00"), { searchDays: 600 })?.opensAt).toEqual(
      at("2028-01-03T08:00:00+01:00"),
    );
    expect(nextOpening(buergerbuero, at("2026-06-12T13:00:00+02:00"), { searchDays: 2 })).toBeUndefined();
    expect(nextOpening(buergerbuero, at("2026-06-12T13:00:00+02:00"), { searchDays: 3 })).toBeDefined();
    expect(nextOpening(buergerbuero, at("2026-06-12T13:00:00+02:00"), { searchDays: Number.NaN })).toBeDefined();
  });

  it("merges openings across midnight and knows one from yesterday is no new opening", () => {
    const late = hours({
      weekly: [
        { days: ["fr"], hours: [{ from: "20:00", to: "24:00" }] },
        { days: ["sa"], hours: [{ from: "00:00", to: "02:00" }] },
      ],
    });
    expect(nextOpening(late, at("2026-06-05T19:00:00+02:00"))).toEqual({
      opensAt: at("2026-06-05T20:00:00+02:00"),
      closesAt: at("2026-06-06T02:00:00+02:00"),
    });
    expect(iso(openingStatus(late, at("2026-06-05T23:00:00+02:00")).closesAt)).toBe("2026-06-06T00:00:00.000Z");
    expect(iso(nextOpening(late, at("2026-06-06T00:00:00+02:00"))?.opensAt)).toBe("2026-06-12T18:00:00.000Z");
  });

  it("merges touching ranges into one opening", () => {
    const split = hours({
      weekly: [
        {
          days: ["mo"],
          hours: [
            { from: "08:00", to: "12:00" },
            { from: "12:00", to: "16:00" },
          ],
        },
      ],
    });
    expect(iso(openingStatus(split, at("2026-06-01T09:00:00+02:00")).closesAt)).toBe("2026-06-01T14:00:00.000Z");
  });

  it("has no closing time for an office that is always open within the search", () => {
    const always = hours({
      weekly: [{ days: ["mo", "di", "mi", "do", "fr", "sa", "so"], hours: [{ from: "00:00", to: "24:00" }] }],
      closedOnPublicHolidays: false,
    });
    const status = openingStatus(always, at("2026-06-01T12:00:00+02:00"));
    expect(status).toMatchObject({ open: true });
    expect(status.closesAt).toBeUndefined();
    expect(status.nextOpensAt).toBeUndefined();
    expect(nextOpening(always, at("2026-06-01T12:00:00+02:00"))).toBeUndefined();
    // With holidays, it closes at the start of the next one (Fronleichnam) and reopens a day later.
    const holidays = openingStatus({ ...always, closedOnPublicHolidays: true }, at("2026-06-01T12:00:00+02:00"));
    expect(iso(holidays.closesAt)).toBe("2026-06-03T22:00:00.000Z");
    expect(iso(holidays.nextOpensAt)).toBe("2026-06-04T22:00:00.000Z");
  });

  it("returns nothing for an invalid Date", () => {
    expect(nextOpening(buergerbuero, new Date("not a date"))).toBeUndefined();
    expect(openingStatus(buergerbuero, new Date("not a date"))).toEqual({ open: false });
  });
});

describe("daylight saving time", () => {
  // 29 March 2026: 02:00 CET → 03:00 CEST at 01:00Z. 25 October 2026: 03:00 CEST → 02:00 CET at 01:00Z.
  const sunday = (from: string, to: string) => hours({ weekly: [{ days: ["so"], hours: [{ from, to }] }] });

  it("spring: a range over the gap is an hour shorter", () => {
    const night = sunday("01:00", "04:00");
    const status = openingStatus(night, at("2026-03-29T00:30:00Z"));
    expect(status.open).toBe(true);
    expect(iso(status.closesAt)).toBe("2026-03-29T02:00:00.000Z"); // 04:00 CEST: two real hours after 01:00 CET
    expect(nextOpening(night, at("2026-03-28T12:00:00Z"))?.opensAt).toEqual(at("2026-03-29T00:00:00Z"));
    expect(isOpenAt(night, at("2026-03-29T01:00:00Z"))).toBe(true); // 03:00 CEST
  });

  it("spring: a range inside the gap never opens, one starting in it opens at 03:00", () => {
    expect(nextOpening(sunday("02:15", "02:45"), at("2026-03-28T12:00:00Z"))).toEqual({
      opensAt: at("2026-04-05T02:15:00+02:00"),
      closesAt: at("2026-04-05T02:45:00+02:00"),
    });
    expect(nextOpening(sunday("02:30", "05:00"), at("2026-03-28T12:00:00Z"))).toEqual({
      opensAt: at("2026-03-29T03:00:00+02:00"),
      closesAt: at("2026-03-29T05:00:00+02:00"),
    });
  });

  it("spring: ordinary office hours keep their wall-clock times on both sides of the switch", () => {
    expect(nextOpening(buergerbuero, at("2026-03-27T13:00:00+01:00"))?.opensAt).toEqual(
      at("2026-03-30T08:00:00+02:00"),
    );
  });

  it("autumn: a range over the repeated hour is an hour longer", () => {
    const night = sunday("01:00", "04:00");
    expect(nextOpening(night, at("2026-10-24T12:00:00Z"))).toEqual({
      opensAt: at("2026-10-25T01:00:00+02:00"),
      closesAt: at("2026-10-25T04:00:00+01:00"),
    });
    expect(isOpenAt(night, at("2026-10-25T00:30:00Z"))).toBe(true); // 02:30 CEST
    expect(isOpenAt(night, at("2026-10-25T01:30:00Z"))).toBe(true); // 02:30 CET
  });

  it("autumn: a range inside the repeated hour happens twice", () => {
    const twice = sunday("02:00", "02:30");
    const first = nextOpening(twice, at("2026-10-24T12:00:00Z"));
    expect(first).toEqual({ opensAt: at("2026-10-25T00:00:00Z"), closesAt: at("2026-10-25T00:30:00Z") });
    const second = nextOpening(twice, first?.closesAt ?? new Date(Number.NaN));
    expect(second).toEqual({ opensAt: at("2026-10-25T01:00:00Z"), closesAt: at("2026-10-25T01:30:00Z") });
    expect(isOpenAt(twice, at("2026-10-25T00:45:00Z"))).toBe(false); // 02:45 CEST
    expect(isOpenAt(twice, at("2026-10-25T01:15:00Z"))).toBe(true); // 02:15 CET
  });
});

describe("consistency (property)", () => {
  const fixtures = [
    buergerbuero,
    hours({
      weekly: [
        {
          days: ["sa", "so"],
          hours: [
            { from: "01:00", to: "02:30" },
            { from: "02:45", to: "24:00" },
          ],
        },
        { days: ["mo"], hours: [{ from: "00:00", to: "03:00" }] },
      ],
      exceptions: [{ date: "2026-10-24", until: "2026-10-26", hours: [{ from: "02:00", to: "02:20" }], reason: "DST" }],
    }),
  ];
  // 2026 and the DST switch weeks, in minutes, so the search also lands on range borders.
  const instants = fc.oneof(
    fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2027, 0, 1) / 60_000 }),
    fc.integer({ min: Date.UTC(2026, 2, 27) / 60_000, max: Date.UTC(2026, 2, 31) / 60_000 }),
    fc.integer({ min: Date.UTC(2026, 9, 23) / 60_000, max: Date.UTC(2026, 9, 27) / 60_000 }),
  );

  it("openingStatus agrees with isOpenAt at now, at closesAt and at nextOpensAt", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), instants, (fixture, minute) => {
        const now = new Date(minute * 60_000);
        const status = openingStatus(fixture, now, { searchDays: 14 });
        expect(status.open).toBe(isOpenAt(fixture, now));
        if (status.closesAt) {
          expect(isOpenAt(fixture, new Date(status.closesAt.getTime() - 1))).toBe(true);
          expect(isOpenAt(fixture, status.closesAt)).toBe(false);
        }
        if (status.nextOpensAt) {
          expect(status.nextOpensAt.getTime()).toBeGreaterThan(now.getTime());
          expect(isOpenAt(fixture, status.nextOpensAt)).toBe(true);
          expect(isOpenAt(fixture, new Date(status.nextOpensAt.getTime() - 1))).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("time zone of the machine", () => {
  it("gives the same answers whatever TZ the process runs in", () => {
    const original = process.env.TZ;
    const answers = (["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati"] as const).map((zone) => {
      process.env.TZ = zone;
      return [
        isOpenAt(buergerbuero, at("2026-03-30T06:30:00Z")),
        iso(nextOpening(buergerbuero, at("2026-03-27T13:00:00+01:00"))?.opensAt),
        iso(openingStatus(buergerbuero, at("2026-10-23T13:00:00+02:00")).nextOpensAt),
      ];
    });
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]).toEqual([true, "2026-03-30T06:00:00.000Z", "2026-10-26T07:00:00.000Z"]);
  });
});
