/**
 * Opening hours → schema.org `OpeningHoursSpecification`, following the conventions search engines read:
 * - one specification per time range, `dayOfWeek` as `https://schema.org/<Day>` URIs;
 * - exceptions carry `validFrom`/`validThrough` (inclusive ISO dates) and no `dayOfWeek`;
 * - a closed day or period is `opens` = `closes` = `"00:00"`;
 * - closing at midnight (`24:00` in the data) is written `"23:59"`, as schema.org's "open 24 hours"
 *   example and Google's guidelines do, because `24:00` is not a valid `Time`.
 * Public holidays: `closedOnPublicHolidays` becomes a closed `https://schema.org/PublicHolidays` entry;
 * callers who know the dates (the holidays module, given "today") may pass them to list each one too.
 */
import type { Locale } from "@digitale-kommune/validators";
import type { OpeningHoursInput, Weekday } from "../opening-hours/schema.js";
import { type LocalizedTextLike, localize } from "./localized.js";
import { jsonLdTexts } from "./messages.js";
import type { JsonLdOpeningHoursSpecification } from "./types.js";

const SCHEMA_ORG_DAY: Readonly<Record<Weekday, string>> = {
  mo: "https://schema.org/Monday",
  di: "https://schema.org/Tuesday",
  mi: "https://schema.org/Wednesday",
  do: "https://schema.org/Thursday",
  fr: "https://schema.org/Friday",
  sa: "https://schema.org/Saturday",
  so: "https://schema.org/Sunday",
};

const PUBLIC_HOLIDAYS = "https://schema.org/PublicHolidays";
const CLOSED = "00:00";

/** A public holiday on which the office is closed, e.g. from the holidays module. */
export interface PublicHolidayLike {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  name?: LocalizedTextLike;
}

export interface OpeningHoursJsonLdOptions {
  /** Language of descriptions (notes, reasons); default `"de"`. */
  locale?: Locale;
  /**
   * Concrete holidays to list as closed days (only used when the office closes on public holidays).
   * Dates covered by an exception are left out, because an exception beats a holiday.
   */
  publicHolidays?: readonly PublicHolidayLike[];
}

export function openingHoursSpecification(
  hours: OpeningHoursInput,
  options: OpeningHoursJsonLdOptions = {},
): JsonLdOpeningHoursSpecification[] {
  const locale = options.locale ?? "de";
  const specifications: JsonLdOpeningHoursSpecification[] = [];

  for (const rule of hours.weekly) {
    const dayOfWeek = rule.days.map((day) => SCHEMA_ORG_DAY[day]);
    for (const range of rule.hours) {
      const note = range.note ?? rule.note;
      specifications.push({
        "@type": "OpeningHoursSpecification",
        dayOfWeek,
        opens: range.from,
        closes: toSchemaOrgClosing(range.to),
        ...(note === undefined ? {} : { description: localize(note, locale) }),
      });
    }
  }

  const exceptions = hours.exceptions ?? [];
  for (const exception of exceptions) {
    const validity = { validFrom: exception.date, validThrough: exception.until ?? exception.date };
    const reason = localize(exception.reason, locale);
    if (exception.hours === undefined) {
      specifications.push({
        "@type": "OpeningHoursSpecification",
        opens: CLOSED,
        closes: CLOSED,
        ...validity,
        description: reason,
      });
      continue;
    }
    for (const range of exception.hours) {
      const note = range.note === undefined ? "" : ` (${localize(range.note, locale)})`;
      specifications.push({
        "@type": "OpeningHoursSpecification",
        opens: range.from,
        closes: toSchemaOrgClosing(range.to),
        ...validity,
        description: `${reason}${note}`,
      });
    }
  }

  if (hours.closedOnPublicHolidays !== false) {
    const texts = jsonLdTexts[locale];
    specifications.push({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: [PUBLIC_HOLIDAYS],
      opens: CLOSED,
      closes: CLOSED,
      description: texts.closedOnPublicHolidays,
    });
    for (const holiday of options.publicHolidays ?? []) {
      const coveredByException = exceptions.some(
        (exception) => exception.date <= holiday.date && holiday.date <= (exception.until ?? exception.date),
      );
      if (coveredByException) continue;
      specifications.push({
        "@type": "OpeningHoursSpecification",
        opens: CLOSED,
        closes: CLOSED,
        validFrom: holiday.date,
        validThrough: holiday.date,
        description: holiday.name === undefined ? texts.publicHoliday : localize(holiday.name, locale),
      });
    }
  }
  return specifications;
}

function toSchemaOrgClosing(time: string): string {
  return time === "24:00" ? "23:59" : time;
}
