/**
 * Calendar dates for the fee engine. Fee tables and selections speak ISO dates (`YYYY-MM-DD`), as every
 * boundary of the toolkit does; the day that counts is the day in Europe/Berlin. Dates are compared as
 * strings (ISO dates sort like the days they name) and never turned into instants, so no time zone or
 * daylight-saving shift can move a fee onto the wrong day.
 */
import { PaymentError } from "../core/errors.js";

const ISO_DATE_LENGTH = 10;

function digitsAt(value: string, start: number, end: number): number | undefined {
  let result = 0;
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index);
    if (code < 48 || code > 57) return undefined;
    result = result * 10 + (code - 48);
  }
  return result;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of an ISO date, or undefined unless `value` is a real calendar day written `YYYY-MM-DD`. */
export function parseIsoDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== "string" || value.length !== ISO_DATE_LENGTH) return undefined;
  if (value[4] !== "-" || value[7] !== "-") return undefined;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== undefined;
}

/**
 * Completed years of life on `date` for someone born on `birthDate` (both ISO dates). A year of life is
 * completed at the end of the day before the birthday (§ 187 Abs. 2 S. 2, § 188 Abs. 2 BGB), so the new
 * age counts from the birthday itself. Someone born on 29 February completes the year at the end of
 * 28 February in a common year (§ 188 Abs. 3 BGB) and counts the new age from 1 March.
 * Returns undefined when a date is invalid or the birth date lies after `date`.
 */
export function completedYears(birthDate: string, date: string): number | undefined {
  const birth = parseIsoDate(birthDate);
  const on = parseIsoDate(date);
  if (!birth || !on || birthDate > date) return undefined;
  const birthdayReached = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (birthdayReached ? 0 : 1);
}

const berlinDayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day in Europe/Berlin at `instant`, as an ISO date: the `date` a fee is computed for. */
export function berlinDate(instant: Date): string {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new PaymentError("invalid_input", "berlinDate needs a valid Date (field instant).", { field: "instant" });
  }
  const parts = Object.fromEntries(berlinDayFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
