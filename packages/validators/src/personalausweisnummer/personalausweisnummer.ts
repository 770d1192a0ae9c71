/**
 * Personalausweisnummer: the serial number (Ausweisnummer) of the German identity card issued since
 * 1 November 2010, printed at the top right of the front and, followed by its check digit, in the first line of
 * the machine-readable zone on the back.
 *
 * Rule: 9 characters from `0-9 C F G H J K L M N P R T V W X Y Z` (no vowels, no B, D, Q, S); the first is one of
 * `L M N P R T V W X Y`. An optional 10th character is the ICAO Doc 9303 Part 3 §4.9 check digit over the 9
 * characters (weights 7-3-1, A=10 ... Z=35, modulo 10); option `requireCheckDigit` makes it mandatory.
 * Separators: ASCII space only; letters are case-insensitive.
 * Specimens (BMI "Erika Mustermann"): `T22000129` with check digit 3, `L01X00T47` with check digit 1.
 * Sources: ICAO Doc 9303 Part 3 (https://www.icao.int/publications/Documents/9303_p3_cons_en.pdf); koblas/stdnum-js
 * issue #43; presidio PR #1990; see `reference/validators.md` ("personalausweisnummer").
 *
 * Value: the normalised input, 9 characters or 10 when the check digit was entered (it is kept, so the value
 * re-validates under `requireCheckDigit` too). Use `serialOf` for the 9-character serial, e.g. to compare numbers
 * entered with and without the check digit, and `withCheckDigit` for the 10-character MRZ form.
 *
 * Out of scope: the identity cards issued before November 2010 (10 digits: authority code, serial and check
 * digit, e.g. as requested in koblas/stdnum-js #43); they start with a digit and are reported as invalid_format.
 * The MRZ's trailing nationality letter `D` is not part of the number (and D is not in the alphabet).
 * Whether a number was really issued can only be checked with the issuing authority.
 */
import type { z } from "zod";
import { createIssue, failure } from "../core/issues.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import {
  documentNumberCheckDigit,
  documentNumberProblem,
  normalizeDocumentNumber,
  SERIAL_LENGTH,
} from "./document-number.js";
import {
  type PersonalausweisnummerIssueCode,
  personalausweisnummerCheckDigitRequiredMessages,
  personalausweisnummerMessages,
} from "./messages.js";

/** A validated, normalised Personalausweisnummer such as `"T22000129"` or, with check digit, `"T220001293"`. */
export type Personalausweisnummer = string & { readonly __brand: "Personalausweisnummer" };

export interface PersonalausweisnummerOptions extends ValidateOptions<PersonalausweisnummerIssueCode> {
  /**
   * Require the 10th character, the check digit from the machine-readable zone (default `false`). Catches typos
   * in the 9 characters, which the serial alone cannot.
   */
  requireCheckDigit?: boolean;
}

/** First characters of identity cards issued since November 2010. */
const FIRST_CHARACTERS = "LMNPRTVWXY";

/** Compact form: surrounding ASCII whitespace and inner ASCII spaces removed, ASCII letters upper-cased. */
export function normalize(input: string): string {
  return normalizeDocumentNumber(input);
}

/** Checks a Personalausweisnummer and returns it compact (with the check digit if entered), or the first issue. */
export function validate(
  input: string,
  options: PersonalausweisnummerOptions = {},
): ValidationResult<Personalausweisnummer> {
  const requireCheckDigit = options.requireCheckDigit === true;
  const value = normalize(input);
  const problem = documentNumberProblem(value, FIRST_CHARACTERS, requireCheckDigit);
  if (problem === "too_short" && requireCheckDigit) {
    return { ok: false, issues: [createIssue(problem, personalausweisnummerCheckDigitRequiredMessages, options)] };
  }
  if (problem) return failure(problem, personalausweisnummerMessages, options);
  return { ok: true, value: value as Personalausweisnummer };
}

/** Boolean fast path of `validate` (check digit optional). */
export function isValid(input: string): boolean {
  return documentNumberProblem(normalize(input), FIRST_CHARACTERS, false) === undefined;
}

/** Display form: the compact characters, as printed on the card ("T22000129" or "T220001293"). */
export function format(input: string): string {
  return normalize(input);
}

/** The 9-character serial of a valid number, without the check digit; undefined for invalid input. */
export function serialOf(input: string): string | undefined {
  const value = normalize(input);
  return documentNumberProblem(value, FIRST_CHARACTERS, false) === undefined
    ? value.slice(0, SERIAL_LENGTH)
    : undefined;
}

/** The 10-character form with the ICAO check digit ("T220001293") of a valid number; undefined for invalid input. */
export function withCheckDigit(input: string): Personalausweisnummer | undefined {
  const serial = serialOf(input);
  return serial === undefined ? undefined : ((serial + documentNumberCheckDigit(serial)) as Personalausweisnummer);
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: PersonalausweisnummerOptions = {}): z.ZodType<Personalausweisnummer, string> {
  return schemaFromValidator(validate, options);
}
