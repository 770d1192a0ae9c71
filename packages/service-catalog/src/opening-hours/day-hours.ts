/**
 * Which opening hours apply on one Berlin calendar day. Precedence, most specific first: an exception
 * of the office, then a Hessian public holiday (if `closedOnPublicHolidays`), then the weekly rule.
 */
import { type IsoDate, isoWeekday, parseIsoDate } from "../holidays/calendar.js";
import { hessenHolidayOn, isSupportedHolidayYear, type PublicHoliday } from "../holidays/hessen.js";
import { type ClockTime, parseClockTime } from "./clock.js";
import { type LocalizedText, type OpeningHours, type OpeningHoursException, WEEKDAYS, type Weekday } from "./schema.js";

export interface DayTimeRange {
  from: ClockTime;
  to: ClockTime;
  /** The range's note, or else its weekly rule's note. */
  note?: LocalizedText;
}

/**
 * The hours of one day and why: `weekly` (the regular rule, possibly no ranges), `exception`,
 * `holiday`, or `unknown_holidays` (a year outside 1900–2199, where holidays are not computed and
 * the day counts as closed rather than open by mistake).
 */
export type DayHours =
  | { date: IsoDate; weekday: Weekday; source: "weekly"; ranges: DayTimeRange[] }
  | { date: IsoDate; weekday: Weekday; source: "exception"; ranges: DayTimeRange[]; exception: OpeningHoursException }
  | { date: IsoDate; weekday: Weekday; source: "holiday"; ranges: []; holiday: PublicHoliday }
  | { date: IsoDate; weekday: Weekday; source: "unknown_holidays"; ranges: [] };

/** The opening hours on the Berlin calendar day `date` (ISO), ranges in start order. */
export function hoursOnDate(hours: OpeningHours, date: IsoDate): DayHours {
  const weekday = WEEKDAYS[isoWeekday(date) - 1] ?? "mo";
  const exception = hours.exceptions.find((entry) => entry.date <= date && date <= (entry.until ?? entry.date));
  if (exception) {
    const ranges = exception.closed === true ? [] : sortRanges(exception.hours ?? []);
    return { date, weekday, source: "exception", ranges, exception };
  }
  if (hours.closedOnPublicHolidays) {
    const year = parseIsoDate(date)?.year ?? Number.NaN;
    if (!isSupportedHolidayYear(year)) return { date, weekday, source: "unknown_holidays", ranges: [] };
    const holiday = hessenHolidayOn(date);
    if (holiday) return { date, weekday, source: "holiday", ranges: [], holiday };
  }
  const ranges = hours.weekly.flatMap((rule) =>
    rule.days.includes(weekday) ? rule.hours.map((range) => withNote(range, range.note ?? rule.note)) : [],
  );
  return { date, weekday, source: "weekly", ranges: sortRanges(ranges) };
}

function withNote(range: { from: ClockTime; to: ClockTime }, note: LocalizedText | undefined): DayTimeRange {
  return note === undefined ? { from: range.from, to: range.to } : { from: range.from, to: range.to, note };
}

function sortRanges(ranges: readonly { from: string; to: string; note?: LocalizedText | undefined }[]): DayTimeRange[] {
  return ranges
    .map((range) => withNote(range, range.note))
    .sort((a, b) => (parseClockTime(a.from) ?? 0) - (parseClockTime(b.from) ?? 0));
}
