/**
 * Easter Sunday in the Gregorian calendar by the "Anonymous Gregorian algorithm", published anonymously
 * in Nature (1876), in Samuel Butcher's "Ecclesiastical Calendar" (1877) and in Jean Meeus,
 * "Astronomical Algorithms" (2nd ed. 1998, ch. 8), hence also called Meeus/Jones/Butcher. It evaluates
 * the ecclesiastical rule (first Sunday after the paschal full moon on or after 21 March) with integer
 * arithmetic only, for every Gregorian year; the reference `service-catalog.md` § 3 prescribes it.
 */
import { type IsoDate, toIsoDate } from "./calendar.js";

/** The first year of the Gregorian calendar, from which the algorithm holds. */
export const FIRST_GREGORIAN_YEAR = 1583;

/** Easter Sunday of `year` (an integer from 1583 to 9999); a RangeError for any other year. */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < FIRST_GREGORIAN_YEAR || year > 9999) {
    throw new RangeError(`easterSunday: year must be an integer from ${FIRST_GREGORIAN_YEAR} to 9999, got ${year}`);
  }
  const golden = year % 19; // position in the 19-year Metonic cycle of the moon
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const centuryRest = century % 4;
  const lunarCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - lunarCorrection + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
  const leapYears = Math.floor(yearOfCentury / 4);
  const yearRest = yearOfCentury % 4;
  const weekdayOffset = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
  const exception = Math.floor((golden + 11 * epact + 22 * weekdayOffset) / 451);
  const monthDay = epact + weekdayOffset - 7 * exception + 114;
  return toIsoDate(year, Math.floor(monthDay / 31), (monthDay % 31) + 1);
}
