/**
 * Europe/Berlin wall-clock time for instants, and back. Opening hours are wall-clock rules, so an
 * instant is open when the Berlin clock shows a time inside a range, whatever the machine's time zone.
 * On the last Sunday of March the clock jumps from 02:00 to 03:00 (02:00–02:59 never happens); on the
 * last Sunday of October it shows 02:00–02:59 twice. Offsets come from the runtime's time-zone data
 * through @date-fns/tz.
 */
// The subpath keeps TZDate out of bundles: its module patches a prototype when loaded, so it cannot be tree-shaken.
import { tzOffset } from "@date-fns/tz/tzOffset";
import { addDays, type IsoDate, parseIsoDate, toIsoDate } from "../holidays/calendar.js";

export const BERLIN = "Europe/Berlin";
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

function offsetMs(instant: number): number {
  return tzOffset(BERLIN, new Date(instant)) * MS_PER_MINUTE;
}

/** The Berlin calendar date and the milliseconds since the wall clock's midnight at `instant`. */
export function berlinWallTime(instant: number): { date: IsoDate; msOfDay: number } {
  // The Berlin wall clock read through UTC getters, which no machine time zone can shift.
  const wallMs = instant + offsetMs(instant);
  const wall = new Date(wallMs);
  return {
    date: toIsoDate(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate()),
    msOfDay: ((wallMs % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY,
  };
}

/** 00:00 of `date` read as if it were UTC: the origin of the day's wall-clock milliseconds. */
function wallMidnight(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date) ?? { year: Number.NaN, month: 1, day: 1 };
  const origin = new Date(0);
  origin.setUTCFullYear(year, month - 1, day);
  return origin.getTime();
}

/** The first instant of `date` in Berlin (midnight is never skipped or repeated there). */
export function startOfBerlinDay(date: IsoDate): number {
  const midnight = wallMidnight(date);
  return midnight - offsetMs(midnight - offsetMs(midnight));
}

/** A stretch of one Berlin day with a constant UTC offset: wall time = `wallStart` + (t − `start`). */
export interface DayPiece {
  start: number;
  end: number;
  wallStart: number;
}

/**
 * The instants of `date` split where the offset changes: one piece on ordinary days, two on the DST
 * switch days. Berlin changes its offset at most once a day, which the binary search relies on.
 */
export function berlinDayPieces(date: IsoDate): DayPiece[] {
  const midnight = wallMidnight(date);
  const start = startOfBerlinDay(date);
  const end = startOfBerlinDay(addDays(date, 1));
  const before = offsetMs(start);
  const after = offsetMs(end - 1);
  if (before === after) return [{ start, end, wallStart: start + before - midnight }];
  let low = start;
  let high = end - 1;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetMs(middle) === before) low = middle;
    else high = middle;
  }
  return [
    { start, end: high, wallStart: start + before - midnight },
    { start: high, end, wallStart: high + after - midnight },
  ];
}

/**
 * The instants at which the Berlin clock of `date` shows a time in [`fromMs`, `toMs`) (wall-clock
 * milliseconds since midnight). Usually one interval; a range across 02:00–03:00 on the October
 * switch day gives two adjacent ones, a range inside the March gap none.
 */
export function berlinIntervals(date: IsoDate, fromMs: number, toMs: number): { start: number; end: number }[] {
  const intervals: { start: number; end: number }[] = [];
  for (const piece of berlinDayPieces(date)) {
    const wallEnd = piece.wallStart + (piece.end - piece.start);
    const from = Math.max(fromMs, piece.wallStart);
    const to = Math.min(toMs, wallEnd);
    if (from < to)
      intervals.push({ start: piece.start + (from - piece.wallStart), end: piece.start + (to - piece.wallStart) });
  }
  return intervals;
}
