/**
 * Gregorian calendar arithmetic on plain integers. Dates are compared as ISO `YYYY-MM-DD` strings,
 * which sort chronologically; no `Date` object is involved, so no time zone can shift a day.
 */

/** A calendar date as ISO `YYYY-MM-DD`. */
export type IsoDate = string & { readonly __brand: "IsoDate" };

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

/** Parses a strict ISO `YYYY-MM-DD` of a real calendar date, or returns undefined. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | undefined {
  if (value.length !== 10 || value[4] !== "-" || value[7] !== "-") return undefined;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const digitsOnly = `${value.slice(0, 4)}${value.slice(5, 7)}${value.slice(8, 10)}`;
  for (const character of digitsOnly) if (character < "0" || character > "9") return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Completed years of life on `today` for someone born on `birth` (both ISO). Per § 187 (2) and § 188 (2)
 * BGB a year of life is completed at the start of the birthday; someone born on 29 February completes it
 * on 1 March in common years, which comparing month and day as text gives.
 */
export function ageOn(birth: IsoDate, today: IsoDate): number {
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** Today's date in Europe/Berlin, for callers that do not pass a reference date. */
export function todayInBerlin(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  return parts as IsoDate;
}

/** The German display form `TT.MM.JJJJ` of an ISO date. */
export function toGermanDate(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}
