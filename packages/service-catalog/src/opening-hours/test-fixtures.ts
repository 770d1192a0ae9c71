/** Opening hours used by several test files. */
import { type OpeningHours, type OpeningHoursInput, openingHoursSchema } from "./schema.js";

export function hours(input: OpeningHoursInput): OpeningHours {
  return openingHoursSchema.parse(input);
}

/** A typical Bürgerbüro: mornings on weekdays, Thursday afternoon by appointment, Christmas exceptions. */
export const buergerbuero = hours({
  weekly: [
    { days: ["mo", "di", "mi", "do", "fr"], hours: [{ from: "08:00", to: "12:00" }] },
    {
      days: ["do"],
      hours: [{ from: "14:00", to: "18:00", note: { de: "nur mit Termin", en: "by appointment only" } }],
    },
  ],
  exceptions: [
    { date: "2026-12-24", closed: true, reason: { de: "Heiligabend", en: "Christmas Eve" } },
    { date: "2026-12-31", hours: [{ from: "08:00", to: "11:00" }], reason: { de: "Silvester", en: "New Year's Eve" } },
  ],
});
