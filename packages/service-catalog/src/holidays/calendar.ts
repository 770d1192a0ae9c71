/**
 * Date-only arithmetic on ISO `YYYY-MM-DD` strings. Days are counted through `Date.UTC`, which has no
 * daylight saving, so adding a day can never land on the wrong date whatever the machine's time zone.
 */
import type { IsoDate } from "@digitale-kommune/validators";

export type { IsoDate };

const MS_PER_DAY = 86_400_000;

/** The parts of a strict ISO `YYYY-MM-DD` of a real Gregorian date, or undefined for anything else. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | undefined {
  if (value.length !== 10 || value[4] !== "-" || value[7] !== "-") return undefined;
  const digits = value.slice(0, 4) + value.slice(5, 7) + value.slice(8, 10);
  for (const character of digits) if (character < "0" || character > "9") return undefined;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(value: string): value is IsoDate {
  return parseIsoDate(value) !== undefined;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate;
}

/** Days since 1970-01-01 of a valid ISO date (callers validate first). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date) ?? { year: Number.NaN, month: 1, day: 1 };
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return instant.getTime() / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}
