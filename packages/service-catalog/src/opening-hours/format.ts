/**
 * Opening hours as lines of text for a service page, e.g. German „Mo–Fr 08:00–12:00 Uhr“ and English
 * "Mon–Fri 08:00–12:00". Days with the same hours share a line; three or more consecutive days are
 * written as a span („Mo–Fr“), others listed („Mo, Mi“). Times stay on the 24-hour clock in both
 * languages, as German offices publish them.
 */
import type { Locale } from "@digitale-kommune/validators";
import { parseIsoDate } from "../holidays/calendar.js";
import { parseClockTime } from "./clock.js";
import { weekdayNames } from "./messages.js";
import { type LocalizedText, type OpeningHours, WEEKDAYS } from "./schema.js";

export interface FormatOpeningHoursOptions {
  /** Language (default `"de"`). Texts given only in German stay German. */
  locale?: Locale;
  /** Also list closed weekdays and the closing on public holidays (default false). */
  closedDays?: boolean;
  /** List the exceptions that have not ended before this day, ISO `YYYY-MM-DD` (none without it). */
  today?: string;
}

const WORDS = {
  de: { closed: "geschlossen", holidays: "An gesetzlichen Feiertagen geschlossen", clock: " Uhr" },
  en: { closed: "closed", holidays: "Closed on public holidays", clock: "" },
} as const;

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

type Range = { from: string; to: string; note?: LocalizedText | undefined };

/** The opening hours as display lines: weekly hours, then (optionally) closings and exceptions, then notes. */
export function formatOpeningHours(hours: OpeningHours, options: FormatOpeningHoursOptions = {}): string[] {
  const locale = options.locale ?? "de";
  const words = WORDS[locale];
  const lines: string[] = [];

  const byDay = WEEKDAYS.map((day) =>
    sortByStart(
      hours.weekly.flatMap((rule) =>
        rule.days.includes(day) ? rule.hours.map((range) => ({ ...range, note: range.note ?? rule.note })) : [],
      ),
    ),
  );
  const groups = new Map<string, number[]>();
  byDay.forEach((ranges, dayIndex) => {
    const text = ranges.map((range) => formatRange(range, locale)).join(", ");
    groups.set(text, [...(groups.get(text) ?? []), dayIndex]);
  });
  for (const [text, days] of groups) {
    if (text !== "") lines.push(`${formatDays(days, locale)} ${text}`);
  }

  if (options.closedDays) {
    const closed = groups.get("");
    if (closed) lines.push(`${formatDays(closed, locale)} ${words.closed}`);
    if (hours.closedOnPublicHolidays) lines.push(words.holidays);
  }

  const today = options.today;
  if (today !== undefined) {
    const upcoming = hours.exceptions
      .filter((exception) => (exception.until ?? exception.date) >= today)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (const exception of upcoming) {
      const when = formatDateSpan(exception.date, exception.until, locale);
      const what =
        exception.closed === true
          ? words.closed
          : sortByStart(exception.hours ?? [])
              .map((range) => formatRange(range, locale))
              .join(", ");
      lines.push(`${when}: ${what} (${localizeText(exception.reason, locale)})`);
    }
  }

  for (const note of hours.notes ?? []) lines.push(localizeText(note, locale));
  return lines;
}

/** The text of `text` in `locale`, falling back to German. */
export function localizeText(text: LocalizedText, locale: Locale): string {
  if (typeof text === "string") return text;
  return locale === "en" ? (text.en ?? text.de) : text.de;
}

function formatRange(range: Range, locale: Locale): string {
  const note = range.note === undefined ? "" : ` (${localizeText(range.note, locale)})`;
  return `${range.from}–${range.to}${WORDS[locale].clock}${note}`;
}

function sortByStart<T extends Range>(ranges: T[]): T[] {
  return [...ranges].sort((a, b) => (parseClockTime(a.from) ?? 0) - (parseClockTime(b.from) ?? 0));
}

/** `[0,1,2,3,4]` → „Mo–Fr“, `[0,2]` → „Mo, Mi“, `[0,1,2,4]` → „Mo–Mi, Fr“. */
function formatDays(days: readonly number[], locale: Locale): string {
  const names = weekdayNames[locale].short;
  const runs: number[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) => {
      const first = names[run[0] ?? 0];
      const last = names[run.at(-1) ?? 0];
      return run.length >= 3 ? [`${first}–${last}`] : run.map((day) => names[day] ?? "");
    })
    .join(", ");
}

/** „24.12.2026“, „20.07.–07.08.2026“; "24 Dec 2026", "20 Jul – 7 Aug 2026". */
function formatDateSpan(date: string, until: string | undefined, locale: Locale): string {
  const start = parseIsoDate(date);
  const end = until === undefined || until === date ? undefined : parseIsoDate(until);
  if (!start) return date;
  if (locale === "de") {
    const dayMonth = (parts: { month: number; day: number }) =>
      `${String(parts.day).padStart(2, "0")}.${String(parts.month).padStart(2, "0")}.`;
    if (!end) return `${dayMonth(start)}${start.year}`;
    const startText = start.year === end.year ? dayMonth(start) : `${dayMonth(start)}${start.year}`;
    return `${startText}–${dayMonth(end)}${end.year}`;
  }
  const dayMonth = (parts: { month: number; day: number }) => `${parts.day} ${MONTHS_EN[parts.month - 1] ?? ""}`;
  if (!end) return `${dayMonth(start)} ${start.year}`;
  const startText = start.year === end.year ? dayMonth(start) : `${dayMonth(start)} ${start.year}`;
  return `${startText} – ${dayMonth(end)} ${end.year}`;
}
