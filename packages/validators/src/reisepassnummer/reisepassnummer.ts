/**
 * Reisepassnummer: the serial number of the German passport, printed on the data page and, followed by its check
 * digit, at the start of the second line of the machine-readable zone.
 *
 * Rule: 9 characters from `0-9 C F G H J K L M N P R T V W X Y Z` (no vowels, no B, D, Q, S), starting with a
 * letter; an optional 10th character is the ICAO Doc 9303 Part 3 §4.9 check digit over the 9 characters
 * (weights 7-3-1, A=10 ... Z=35, modulo 10); option `requireCheckDigit` makes it mandatory. Alphabet and check
 * digit are shared with the Personalausweisnummer (`../personalausweisnummer/document-number.ts`).
 * Separators: ASCII space only; letters are case-insensitive.
 * Specimen (BMI "Erika Mustermann" passport): `C01X00T47` with check digit 8.
 * Sources: ICAO Doc 9303 Part 3 (https://www.icao.int/publications/Documents/9303_p3_cons_en.pdf); koblas/stdnum-js
 * (de/passport); see `reference/validators.md` ("personalausweisnummer / reisepassnummer").
 *
 * Not confirmed: which letters a passport number may start with. Numbers starting with C, F, G, H, J and K have
 * been seen, but no official list was found, so any letter of the alphabet is accepted as the first character
 * (a digit is not: invalid_format). Consequently an identity-card number (first letter L-Y) also passes here.
 *
 * Value: the normalised input, 9 characters or 10 when the check digit was entered (it is kept). `serialOf`
 * gives the 9-character serial, `withCheckDigit` the 10-character MRZ form.
 * Not accepted: the MRZ's trailing nationality letter `D` (not part of the number; D is not in the alphabet).
 * validator.js `isPassportNumber(x, "DE")` checks alphabet and length only and ignores the check digit; a wrong
 * check digit is rejected here.
 */
import type { z } from "zod";
import { createIssue, failure } from "../core/issues.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import {
  DOCUMENT_NUMBER_LETTERS,
  documentNumberCheckDigit,
  documentNumberProblem,
  normalizeDocumentNumber,
  SERIAL_LENGTH,
} from "../personalausweisnummer/document-number.js";
import {
  type ReisepassnummerIssueCode,
  reisepassnummerCheckDigitRequiredMessages,
  reisepassnummerMessages,
} from "./messages.js";

/** A validated, normalised Reisepassnummer such as `"C01X00T47"` or, with check digit, `"C01X00T478"`. */
export type Reisepassnummer = string & { readonly __brand: "Reisepassnummer" };

export interface ReisepassnummerOptions extends ValidateOptions<ReisepassnummerIssueCode> {
  /** Require the 10th character, the check digit from the machine-readable zone (default `false`). */
  requireCheckDigit?: boolean;
}

/** Compact form: surrounding ASCII whitespace and inner ASCII spaces removed, ASCII letters upper-cased. */
export function normalize(input: string): string {
  return normalizeDocumentNumber(input);
}

/** Checks a Reisepassnummer and returns it compact (with the check digit if entered), or the first issue. */
export function validate(input: string, options: ReisepassnummerOptions = {}): ValidationResult<Reisepassnummer> {
  const requireCheckDigit = options.requireCheckDigit === true;
  const value = normalize(input);
  const problem = documentNumberProblem(value, DOCUMENT_NUMBER_LETTERS, requireCheckDigit);
  if (problem === "too_short" && requireCheckDigit) {
    return { ok: false, issues: [createIssue(problem, reisepassnummerCheckDigitRequiredMessages, options)] };
  }
  if (problem) return failure(problem, reisepassnummerMessages, options);
  return { ok: true, value: value as Reisepassnummer };
}

/** Boolean fast path of `validate` (check digit optional). */
export function isValid(input: string): boolean {
  return documentNumberProblem(normalize(input), DOCUMENT_NUMBER_LETTERS, false) === undefined;
}

/** Display form: the compact characters, as printed in the passport ("C01X00T47" or "C01X00T478"). */
export function format(input: string): string {
  return normalize(input);
}

/** The 9-character serial of a valid number, without the check digit; undefined for invalid input. */
export function serialOf(input: string): string | undefined {
  const value = normalize(input);
  return documentNumberProblem(value, DOCUMENT_NUMBER_LETTERS, false) === undefined
    ? value.slice(0, SERIAL_LENGTH)
    : undefined;
}

/** The 10-character form with the ICAO check digit ("C01X00T478") of a valid number; undefined for invalid input. */
export function withCheckDigit(input: string): Reisepassnummer | undefined {
  const serial = serialOf(input);
  return serial === undefined ? undefined : ((serial + documentNumberCheckDigit(serial)) as Reisepassnummer);
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: ReisepassnummerOptions = {}): z.ZodType<Reisepassnummer, string> {
  return schemaFromValidator(validate, options);
}
