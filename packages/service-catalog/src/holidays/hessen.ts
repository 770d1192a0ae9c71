/**
 * Public holidays of Hessen.
 *
 * § 1 Abs. 1 HFeiertagsG (Hessisches Feiertagsgesetz i. d. F. vom 29. Dezember 1971, GVBl. 1972 I S. 3,
 * Gliederungs-Nr. 17-6): "Gesetzliche Feiertage sind die Sonntage sowie der Neujahrstag, der Karfreitag,
 * der Ostermontag, der 1. Mai, der Himmelfahrtstag, der Pfingstmontag, der Fronleichnamstag, der Tag der
 * Deutschen Einheit, der 1. und 2. Weihnachtstag." Ten named days; Hessen has neither Reformationstag
 * nor Allerheiligen, nor Ostersonntag or Pfingstsonntag as named days (they are Sundays anyway).
 * Source: text of § 1 as published by lexaris.io and anwalt24.de, and innen.hessen.de ("Gesetzliche
 * Feiertage"); confidence: verified.
 *
 * The movable days follow Easter Sunday E (see `easter.ts`): Karfreitag E−2, Ostermontag E+1,
 * Christi Himmelfahrt E+39, Pfingstmontag E+50, Fronleichnam E+60.
 *
 * The list is today's law applied to every supported year (1900–2199); it is not a historical record
 * (the 3 October, for one, is Tag der Deutschen Einheit only since 1990). The one exception is a
 * single-year holiday the Land declared under § 2 HFeiertagsG, listed in `ONE_OFF_HOLIDAYS`.
 */
import { addDays, type IsoDate, parseIsoDate, toIsoDate } from "./calendar.js";
import { easterSunday } from "./easter.js";

export const HESSEN_HOLIDAY_YEARS = { first: 1900, last: 2199 } as const;

export interface PublicHoliday {
  /** The day, ISO `YYYY-MM-DD`. */
  date: IsoDate;
  /** German name, e.g. "Fronleichnam". */
  name: string;
  /** English name, e.g. "Corpus Christi". */
  nameEn: string;
  /** Where the rule comes from. */
  source: string;
  confidence: "verified" | "unverified";
}

const STATUTE = "§ 1 Abs. 1 HFeiertagsG";

/** Offsets from Easter Sunday, and fixed month/day, of the ten days of § 1 Abs. 1 HFeiertagsG. */
const RULES: readonly ({ name: string; nameEn: string } & ({ easter: number } | { month: number; day: number }))[] = [
  { name: "Neujahr", nameEn: "New Year's Day", month: 1, day: 1 },
  { name: "Karfreitag", nameEn: "Good Friday", easter: -2 },
  { name: "Ostermontag", nameEn: "Easter Monday", easter: 1 },
  { name: "Tag der Arbeit", nameEn: "Labour Day", month: 5, day: 1 },
  { name: "Christi Himmelfahrt", nameEn: "Ascension Day", easter: 39 },
  { name: "Pfingstmontag", nameEn: "Whit Monday", easter: 50 },
  { name: "Fronleichnam", nameEn: "Corpus Christi", easter: 60 },
  { name: "Tag der Deutschen Einheit", nameEn: "German Unity Day", month: 10, day: 3 },
  { name: "1. Weihnachtstag", nameEn: "Christmas Day", month: 12, day: 25 },
  { name: "2. Weihnachtstag", nameEn: "Boxing Day (2nd Day of Christmas)", month: 12, day: 26 },
];

/**
 * Single-year holidays declared under § 2 HFeiertagsG. The 500th anniversary of the Reformation was a
 * holiday in every Land in 2017 (agreed by the Ministerpräsidentenkonferenz of 6 December 2012);
 * the Hessian ordinance itself was not found in the sources at hand, hence "unverified".
 */
export const ONE_OFF_HOLIDAYS: readonly PublicHoliday[] = [
  {
    date: "2017-10-31" as IsoDate,
    name: "Reformationstag (500 Jahre Reformation, einmalig)",
    nameEn: "Reformation Day (500th anniversary, one-off)",
    source: "§ 2 HFeiertagsG; one-off holiday in all Länder in 2017",
    confidence: "unverified",
  },
];

export function isSupportedHolidayYear(year: number): boolean {
  return Number.isInteger(year) && year >= HESSEN_HOLIDAY_YEARS.first && year <= HESSEN_HOLIDAY_YEARS.last;
}

const cache = new Map<number, readonly PublicHoliday[]>();

/**
 * The public holidays of Hessen in `year` (1900–2199), in date order. Sundays, holidays by law as well,
 * are not listed. A RangeError for any other year: callers check `isSupportedHolidayYear` first.
 */
export function hessenHolidays(year: number): PublicHoliday[] {
  return holidaysOf(year).map((holiday) => ({ ...holiday }));
}

function holidaysOf(year: number): readonly PublicHoliday[] {
  if (!isSupportedHolidayYear(year)) {
    throw new RangeError(
      `hessenHolidays: year must be an integer from ${HESSEN_HOLIDAY_YEARS.first} to ${HESSEN_HOLIDAY_YEARS.last}, got ${year}`,
    );
  }
  let holidays = cache.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    holidays = [
      ...RULES.map((rule) => ({
        date: "easter" in rule ? addDays(easter, rule.easter) : toIsoDate(year, rule.month, rule.day),
        name: rule.name,
        nameEn: rule.nameEn,
        source: STATUTE,
        confidence: "verified" as const,
      })),
      ...ONE_OFF_HOLIDAYS.filter((holiday) => holiday.date.startsWith(`${year}-`)),
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    cache.set(year, holidays);
  }
  return holidays;
}

/** The holiday on `date`, or undefined; Sundays are not reported. `date` must be a valid ISO date (1900–2199). */
export function hessenHolidayOn(date: IsoDate | string): PublicHoliday | undefined {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`hessenHolidayOn: not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const holiday = holidaysOf(parts.year).find((candidate) => candidate.date === date);
  return holiday ? { ...holiday } : undefined;
}

/** Whether `date` is one of the named public holidays of Hessen (Sundays aside). */
export function isHessenHoliday(date: IsoDate | string): boolean {
  return hessenHolidayOn(date) !== undefined;
}
