import { describe, expect, it } from "vitest";
import { type OpeningHoursInput, openingHoursSchema } from "../opening-hours/schema.js";
import { openingHoursSpecification } from "./opening-hours.js";
import { findSchemaOrgViolations } from "./schema-org-vocabulary.js";

const hours: OpeningHoursInput = {
  weekly: [
    { days: ["mo", "di", "mi", "do", "fr"], hours: [{ from: "08:00", to: "12:00" }] },
    {
      days: ["do"],
      hours: [{ from: "14:00", to: "18:00", note: { de: "nur mit Termin", en: "by appointment only" } }],
    },
    { days: ["sa"], hours: [{ from: "22:00", to: "24:00" }], note: "Nachtschalter" },
  ],
  exceptions: [
    { date: "2026-12-24", closed: true, reason: "Heiligabend" },
    { date: "2026-07-20", until: "2026-08-07", closed: true, reason: { de: "Umzug", en: "Moving" } },
    { date: "2026-12-31", hours: [{ from: "08:00", to: "11:00", note: "kurz" }], reason: "Silvester" },
  ],
  closedOnPublicHolidays: true,
};

describe("openingHoursSpecification", () => {
  it("accepts hours the opening-hours schema accepts", () => {
    expect(openingHoursSchema.safeParse(hours).success).toBe(true);
  });

  it("writes one specification per weekly range with schema.org day URIs", () => {
    const specifications = openingHoursSpecification(hours);
    expect(specifications.slice(0, 3)).toEqual([
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: [
          "https://schema.org/Monday",
          "https://schema.org/Tuesday",
          "https://schema.org/Wednesday",
          "https://schema.org/Thursday",
          "https://schema.org/Friday",
        ],
        opens: "08:00",
        closes: "12:00",
      },
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: ["https://schema.org/Thursday"],
        opens: "14:00",
        closes: "18:00",
        description: "nur mit Termin",
      },
      // 24:00 is not a valid schema.org Time: closing at midnight is written 23:59.
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: ["https://schema.org/Saturday"],
        opens: "22:00",
        closes: "23:59",
        description: "Nachtschalter",
      },
    ]);
  });

  it("writes closed days and periods as 00:00–00:00 with validFrom and validThrough", () => {
    const specifications = openingHoursSpecification(hours);
    expect(specifications.slice(3)).toEqual([
      {
        "@type": "OpeningHoursSpecification",
        opens: "00:00",
        closes: "00:00",
        validFrom: "2026-12-24",
        validThrough: "2026-12-24",
        description: "Heiligabend",
      },
      {
        "@type": "OpeningHoursSpecification",
        opens: "00:00",
        closes: "00:00",
        validFrom: "2026-07-20",
        validThrough: "2026-08-07",
        description: "Umzug",
      },
      {
        "@type": "OpeningHoursSpecification",
        opens: "08:00",
        closes: "11:00",
        validFrom: "2026-12-31",
        validThrough: "2026-12-31",
        description: "Silvester (kurz)",
      },
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: ["https://schema.org/PublicHolidays"],
        opens: "00:00",
        closes: "00:00",
        description: "An gesetzlichen Feiertagen geschlossen",
      },
    ]);
  });

  it("uses the English texts where they exist and German otherwise", () => {
    const specifications = openingHoursSpecification(hours, { locale: "en" });
    const descriptions = specifications.map((specification) => specification.description);
    expect(descriptions).toEqual([
      undefined,
      "by appointment only",
      "Nachtschalter",
      "Heiligabend",
      "Moving",
      "Silvester (kurz)",
      "Closed on public holidays",
    ]);
  });

  it("lists given public holidays as closed days, except where an exception rules the day", () => {
    const specifications = openingHoursSpecification(hours, {
      publicHolidays: [
        { date: "2026-06-04", name: "Fronleichnam" },
        { date: "2026-12-25" },
        { date: "2026-07-21", name: "im Umzugszeitraum" },
      ],
    });
    const dated = specifications.filter((specification) => specification.validFrom?.startsWith("2026-06") ?? false);
    expect(dated).toEqual([
      {
        "@type": "OpeningHoursSpecification",
        opens: "00:00",
        closes: "00:00",
        validFrom: "2026-06-04",
        validThrough: "2026-06-04",
        description: "Fronleichnam",
      },
    ]);
    expect(specifications.find((specification) => specification.validFrom === "2026-12-25")?.description).toBe(
      "Gesetzlicher Feiertag",
    );
    expect(specifications.some((specification) => specification.description === "im Umzugszeitraum")).toBe(false);
  });

  it("says nothing about holidays for an office open on them, and treats a missing flag as closed", () => {
    const open = openingHoursSpecification(
      { ...hours, closedOnPublicHolidays: false },
      { publicHolidays: [{ date: "2026-06-04" }] },
    );
    expect(open.some((specification) => specification.opens === "00:00" && !specification.validFrom)).toBe(false);
    expect(open.some((specification) => specification.validFrom === "2026-06-04")).toBe(false);
    const { closedOnPublicHolidays: _, ...withoutFlag } = hours;
    expect(openingHoursSpecification(withoutFlag).at(-1)?.dayOfWeek).toEqual(["https://schema.org/PublicHolidays"]);
  });

  it("uses only schema.org properties", () => {
    expect(
      findSchemaOrgViolations(openingHoursSpecification(hours, { publicHolidays: [{ date: "2026-06-04" }] })),
    ).toEqual([]);
  });
});
