/**
 * Rentenversicherungsnummer (Versicherungsnummer of the statutory pension insurance, often called
 * Sozialversicherungsnummer), § 147 SGB VI and VKVV § 2 (https://www.gesetze-im-internet.de/vkvv/__2.html).
 *
 * Rule: 12 characters, written "65 170839 J 003":
 * - positions 1-2: Bereichsnummer of the issuing institution per the VKVV Anlage: 02 03 04 08 09 10-21 23-26 28 29
 *   (regional institutions), the same plus 40 for DRV Bund (42 43 44 48 49 50-61 63-66 68 69), 38 39 (KBS,
 *   Bahn/See) and 80 81 82 89 (KBS, other). 40 itself is the ZfA's Zulagenummer, a different number: unknown_code;
 * - positions 3-8: birth date TTMMJJ. VKVV § 2 (3) and (5) leave these positions to rules of the social insurance
 *   institutions when the birth date is not proven or all serial numbers of a date are used up (as described by
 *   pruefziffernberechnung.de "VSNR": day and month 00, days raised by 32), so they are checked to be digits only,
 *   not to form a date;
 * - position 9: first letter of the birth name, A-Z; umlauts are resolved (Ä becomes A) per VKVV § 2 (4), so an
 *   umlaut is invalid_characters;
 * - positions 10-11: serial number, 00-49 for men, 50-99 for women (VKVV § 2 (5)); `sexOf` reads it;
 * - position 12: check digit. The letter becomes its two-digit position in the alphabet (A=01 ... Z=26), giving
 *   12 digits; they are multiplied by 2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1, the cross sums (Quersummen, one level:
 *   28 counts 10) of the products are added, and the sum modulo 10 is the check digit.
 * Separators: ASCII space only; the letter is case-insensitive.
 *
 * Not every single-digit error is detected: with weight 7 (the month's tens digit) the cross sums of the products
 * 0/28 (0 and 10) and 21/49 (3 and 13) agree modulo 10, so 0<->4 and 3<->7 at that position go unnoticed (see the
 * tests). Every other single-digit change is detected.
 * Not confirmed: the list of Bereichsnummern beyond the reference's reading of the VKVV Anlage; an AKA/DSVZ
 * specification of 2012 also admits 78 and 79, which are not accepted here.
 */
import type { z } from "zod";
import { crossSum } from "../core/checksums.js";
import { failure } from "../core/issues.js";
import { compactIdentifier, isAsciiDigits, isAsciiUpperAlphanumeric, isAsciiUpperLetters } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type RentenversicherungsnummerIssueCode, rentenversicherungsnummerMessages } from "./messages.js";

/** A validated, normalised Rentenversicherungsnummer such as `"65170839J003"`. */
export type Rentenversicherungsnummer = string & { readonly __brand: "Rentenversicherungsnummer" };

const LENGTH = 12;
const LETTER_INDEX = 8;
const SERIAL_INDEX = 9;
const CHECK_INDEX = 11;
const WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1] as const;

/** Bereichsnummern of the regional institutions (VKVV Anlage); see the module comment for the others. */
// Written out as literals so that bundlers can drop the table when this kind is not imported.
const BEREICHSNUMMERN: ReadonlySet<string> = new Set([
  // Regional institutions
  "02",
  "03",
  "04",
  "08",
  "09",
  "10",
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "20",
  "21",
  "23",
  "24",
  "25",
  "26",
  "28",
  "29",
  // DRV Bund: the regional number plus 40.
  "42",
  "43",
  "44",
  "48",
  "49",
  "50",
  "51",
  "52",
  "53",
  "54",
  "55",
  "56",
  "57",
  "58",
  "59",
  "60",
  "61",
  "63",
  "64",
  "65",
  "66",
  "68",
  "69",
  // Deutsche Rentenversicherung Knappschaft-Bahn-See: Bahn/See, and other.
  "38",
  "39",
  "80",
  "81",
  "82",
  "89",
]);

/** Compact form: surrounding ASCII whitespace and inner ASCII spaces removed, ASCII letters upper-cased. */
export function normalize(input: string): string {
  return compactIdentifier(input, " ");
}

/**
 * The check digit over the first 11 characters (8 digits, a letter A-Z, 2 digits). The weights are applied to the
 * 12 digits that result from writing the letter as its two-digit alphabet position.
 */
function checkDigit(first11: string): number {
  const letterPosition = first11.charCodeAt(LETTER_INDEX) - 0x40;
  const digits = `${first11.slice(0, LETTER_INDEX)}${String(letterPosition).padStart(2, "0")}${first11.slice(SERIAL_INDEX, CHECK_INDEX)}`;
  let sum = 0;
  for (const [index, weight] of WEIGHTS.entries()) sum += crossSum((digits.charCodeAt(index) - 0x30) * weight);
  return sum % 10;
}

/** The first problem of a normalised value, or undefined when it is a valid Rentenversicherungsnummer. */
function firstProblem(value: string): RentenversicherungsnummerIssueCode | undefined {
  if (value.length === 0) return "empty";
  if (!isAsciiUpperAlphanumeric(value)) return "invalid_characters";
  if (value.length < LENGTH) return "too_short";
  if (value.length > LENGTH) return "too_long";
  const wellFormed =
    isAsciiDigits(value.slice(0, LETTER_INDEX)) &&
    isAsciiUpperLetters(value.charAt(LETTER_INDEX)) &&
    isAsciiDigits(value.slice(SERIAL_INDEX));
  if (!wellFormed) return "invalid_format";
  if (!BEREICHSNUMMERN.has(value.slice(0, 2))) return "unknown_code";
  if (String(checkDigit(value)) !== value.charAt(CHECK_INDEX)) return "invalid_checksum";
  return undefined;
}

/** Checks a Rentenversicherungsnummer and returns it compact ("65170839J003"), or the first issue with a stable code. */
export function validate(
  input: string,
  options: ValidateOptions<RentenversicherungsnummerIssueCode> = {},
): ValidationResult<Rentenversicherungsnummer> {
  const value = normalize(input);
  const problem = firstProblem(value);
  if (problem) return failure(problem, rentenversicherungsnummerMessages, options);
  return { ok: true, value: value as Rentenversicherungsnummer };
}

/** Boolean fast path of `validate`. */
export function isValid(input: string): boolean {
  return firstProblem(normalize(input)) === undefined;
}

/** Display form: Bereichsnummer, birth date, letter, serial number with check digit ("65 170839 J 003"). */
export function format(input: string): string {
  const value = normalize(input);
  if (value.length !== LENGTH) return value;
  return `${value.slice(0, 2)} ${value.slice(2, LETTER_INDEX)} ${value.charAt(LETTER_INDEX)} ${value.slice(SERIAL_INDEX)}`;
}

/**
 * The sex the serial number stands for (00-49 "male", 50-99 "female", VKVV § 2 (5)), or undefined for invalid
 * input. It reflects the entry when the number was issued or last changed; it is no statement about the person.
 */
export function sexOf(input: string): "male" | "female" | undefined {
  const value = normalize(input);
  if (firstProblem(value) !== undefined) return undefined;
  return value.charCodeAt(SERIAL_INDEX) < 0x35 ? "male" : "female";
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(
  options: ValidateOptions<RentenversicherungsnummerIssueCode> = {},
): z.ZodType<Rentenversicherungsnummer, string> {
  return schemaFromValidator(validate, options);
}
