/**
 * "Open now?" and "when next?" for opening hours, at a given instant (a `Date`, i.e. a point in UTC;
 * "now" is always the caller's parameter). The rules are read on the Berlin wall clock, see `berlin.ts`.
 *
 * Opening periods are merged where they touch, also across midnight (`22:00–24:00` and next day
 * `00:00–02:00` is one period), so `closesAt` is when the office really closes. Searches look at most
 * `searchDays` days ahead (default 366) and give `undefined` beyond, so a long closure never loops.
 */
import { addDays, type IsoDate } from "../holidays/calendar.js";
import { berlinIntervals, berlinWallTime, MS_PER_MINUTE, startOfBerlinDay } from "./berlin.js";
import { parseClockTime } from "./clock.js";
import { type DayHours, hoursOnDate } from "./day-hours.js";
import type { OpeningHours } from "./schema.js";

export interface OpeningSearchOptions {
  /** How many days after the instant's day to search (default 366, at most 3660). */
  searchDays?: number;
}

/** One continuous opening; `closesAt` is missing when the office is still open at the search limit. */
export interface OpeningPeriod {
  opensAt: Date;
  closesAt?: Date;
}

export interface OpeningStatus {
  open: boolean;
  /** When the current opening ends (only when open; missing if beyond the search limit). */
  closesAt?: Date;
  /** The start of the next opening after now (or after `closesAt` when open); missing if none is found. */
  nextOpensAt?: Date;
  /** The hours of the instant's Berlin day and why (weekly rule, exception, holiday). */
  today?: DayHours;
}

export const DEFAULT_SEARCH_DAYS = 366;
const MAX_SEARCH_DAYS = 3660;
// ISO dates have four-digit years; beyond them there is no calendar day to look up.
const FIRST_INSTANT = /* @__PURE__ */ Date.UTC(1000, 0, 2);
const LAST_INSTANT = /* @__PURE__ */ Date.UTC(9999, 11, 30);

/** Whether the office is open at `instant`. An invalid `Date` is never open. */
export function isOpenAt(hours: OpeningHours, instant: Date): boolean {
  const time = instant.getTime();
  if (!isSearchable(time)) return false;
  const { date, msOfDay } = berlinWallTime(time);
  return hoursOnDate(hours, date).ranges.some((range) => {
    const from = parseClockTime(range.from);
    const to = parseClockTime(range.to);
    return from !== undefined && to !== undefined && from * MS_PER_MINUTE <= msOfDay && msOfDay < to * MS_PER_MINUTE;
  });
}

/**
 * The next opening that starts at or after `instant` (a change from closed to open). While the office
 * is open, that is the reopening after the current period, not the current one.
 */
export function nextOpening(
  hours: OpeningHours,
  instant: Date,
  options: OpeningSearchOptions = {},
): OpeningPeriod | undefined {
  const time = instant.getTime();
  if (!isSearchable(time)) return undefined;
  for (const period of openPeriods(hours, berlinWallTime(time).date, searchDays(options))) {
    if (period.start >= time) return toOpeningPeriod(period);
  }
  return undefined;
}

/** Everything an "open now / next opening" display needs, at `instant`. */
export function openingStatus(hours: OpeningHours, instant: Date, options: OpeningSearchOptions = {}): OpeningStatus {
  const time = instant.getTime();
  if (!isSearchable(time)) return { open: false };
  const { date } = berlinWallTime(time);
  const today = hoursOnDate(hours, date);
  let current: Period | undefined;
  for (const period of openPeriods(hours, date, searchDays(options))) {
    if (current) return { open: true, ...closesAt(current), nextOpensAt: new Date(period.start), today };
    if (period.start > time) return { open: false, nextOpensAt: new Date(period.start), today };
    if (period.end > time) current = period;
  }
  return current ? { open: true, ...closesAt(current), today } : { open: false, today };
}

interface Period {
  start: number;
  end: number;
  /** False when the period reaches the search limit and may go on. */
  endKnown: boolean;
}

/**
 * Merged opening periods in time order, from the day before `date` (so an opening that began
 * yesterday is not mistaken for one starting at midnight) to `days` days after it.
 */
function* openPeriods(hours: OpeningHours, date: IsoDate, days: number): Generator<Period> {
  let pending: Period | undefined;
  for (let offset = -1; offset <= days; offset++) {
    const day = addDays(date, offset);
    for (const interval of intervalsOn(hours, day)) {
      if (pending && interval.start <= pending.end) {
        pending.end = Math.max(pending.end, interval.end);
      } else {
        if (pending) yield pending;
        pending = { ...interval, endKnown: true };
      }
    }
    // Only a period that lasts until midnight can go on into the next day.
    if (pending && pending.end < startOfBerlinDay(addDays(day, 1))) {
      yield pending;
      pending = undefined;
    }
  }
  if (pending) yield { ...pending, endKnown: false };
}

function intervalsOn(hours: OpeningHours, date: IsoDate): { start: number; end: number }[] {
  return hoursOnDate(hours, date)
    .ranges.flatMap((range) => {
      const from = parseClockTime(range.from);
      const to = parseClockTime(range.to);
      return from === undefined || to === undefined
        ? []
        : berlinIntervals(date, from * MS_PER_MINUTE, to * MS_PER_MINUTE);
    })
    .sort((a, b) => a.start - b.start);
}

function toOpeningPeriod(period: Period): OpeningPeriod {
  return { opensAt: new Date(period.start), ...closesAt(period) };
}

function closesAt(period: Period): { closesAt?: Date } {
  return period.endKnown ? { closesAt: new Date(period.end) } : {};
}

function isSearchable(time: number): boolean {
  return Number.isFinite(time) && time >= FIRST_INSTANT && time <= LAST_INSTANT;
}

function searchDays(options: OpeningSearchOptions): number {
  const days = options.searchDays ?? DEFAULT_SEARCH_DAYS;
  return Number.isFinite(days) ? Math.min(Math.max(Math.floor(days), 0), MAX_SEARCH_DAYS) : DEFAULT_SEARCH_DAYS;
}
