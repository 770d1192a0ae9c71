import { describe, expect, it } from "vitest";
import { formatOpeningHours, localizeText } from "./format.js";
import { buergerbuero, hours } from "./test-fixtures.js";

describe("formatOpeningHours", () => {
  it("writes German lines with spans of days and „Uhr“", () => {
    expect(formatOpeningHours(buergerbuero)).toEqual([
      "Mo–Mi, Fr 08:00–12:00 Uhr",
      "Do 08:00–12:00 Uhr, 14:00–18:00 Uhr (nur mit Termin)",
    ]);
  });

  it("writes English lines, using the English note where there is one", () => {
    expect(formatOpeningHours(buergerbuero, { locale: "en" })).toEqual([
      "Mon–Wed, Fri 08:00–12:00",
      "Thu 08:00–12:00, 14:00–18:00 (by appointment only)",
    ]);
  });

  it("spans three or more consecutive days, lists two, and keeps 24:00", () => {
    const office = hours({
      weekly: [
        { days: ["mo", "di", "mi", "do", "fr"], hours: [{ from: "08:00", to: "12:00" }] },
        { days: ["sa", "so"], hours: [{ from: "20:00", to: "24:00" }], note: "Notdienst" },
      ],
    });
    expect(formatOpeningHours(office)).toEqual(["Mo–Fr 08:00–12:00 Uhr", "Sa, So 20:00–24:00 Uhr (Notdienst)"]);
    expect(formatOpeningHours(office, { locale: "en" })).toEqual([
      "Mon–Fri 08:00–12:00",
      "Sat, Sun 20:00–24:00 (Notdienst)",
    ]);
  });

  it("orders ranges by start whatever the order in the data", () => {
    const office = hours({
      weekly: [
        {
          days: ["mo"],
          hours: [
            { from: "14:00", to: "16:00" },
            { from: "08:00", to: "12:00" },
          ],
        },
      ],
    });
    expect(formatOpeningHours(office)).toEqual(["Mo 08:00–12:00 Uhr, 14:00–16:00 Uhr"]);
  });

  it("optionally names closed days and the closing on public holidays", () => {
    expect(formatOpeningHours(buergerbuero, { closedDays: true }).slice(2)).toEqual([
      "Sa, So geschlossen",
      "An gesetzlichen Feiertagen geschlossen",
    ]);
    expect(formatOpeningHours(buergerbuero, { closedDays: true, locale: "en" }).slice(2)).toEqual([
      "Sat, Sun closed",
      "Closed on public holidays",
    ]);
  });

  it("lists the exceptions that have not ended yet, given today", () => {
    const office = hours({
      ...buergerbuero,
      exceptions: [
        ...buergerbuero.exceptions,
        { date: "2026-07-20", until: "2026-08-07", closed: true, reason: "Umzug" },
        { date: "2027-12-27", until: "2028-01-02", closed: true, reason: "Inventur" },
        { date: "2026-03-02", closed: true, reason: "Betriebsausflug" },
      ],
    });
    expect(formatOpeningHours(office, { today: "2026-07-21" }).slice(2)).toEqual([
      "20.07.–07.08.2026: geschlossen (Umzug)",
      "24.12.2026: geschlossen (Heiligabend)",
      "31.12.2026: 08:00–11:00 Uhr (Silvester)",
      "27.12.2027–02.01.2028: geschlossen (Inventur)",
    ]);
    expect(formatOpeningHours(buergerbuero, { today: "2026-12-01", locale: "en" }).slice(2)).toEqual([
      "24 Dec 2026: closed (Christmas Eve)",
      "31 Dec 2026: 08:00–11:00 (New Year's Eve)",
    ]);
    expect(formatOpeningHours(office, { today: "2027-01-01", locale: "en" }).slice(2)).toEqual([
      "27 Dec 2027 – 2 Jan 2028: closed (Inventur)",
    ]);
  });

  it("ends with the office's notes", () => {
    const office = hours({ weekly: [], notes: ["Termine online", { de: "Barrierefrei", en: "Step-free access" }] });
    expect(formatOpeningHours(office, { locale: "en" })).toEqual(["Termine online", "Step-free access"]);
  });
});

describe("localizeText", () => {
  it("falls back to German", () => {
    expect(localizeText("nur mit Termin", "en")).toBe("nur mit Termin");
    expect(localizeText({ de: "nur mit Termin" }, "en")).toBe("nur mit Termin");
    expect(localizeText({ de: "nur mit Termin", en: "by appointment" }, "de")).toBe("nur mit Termin");
  });
});
