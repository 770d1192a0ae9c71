/**
 * Serial numbers of German identity documents: the Personalausweis (since November 2010) and the Reisepass share
 * one alphabet and one check digit, so both kinds use this module; only the allowed first character differs.
 *
 * Rule: 9 characters from `0-9 C F G H J K L M N P R T V W X Y Z`. The vowels and B, D, Q, S never occur, so
 * O/0, I/1, B/8, S/5, Q/0 and D/0 cannot be confused when the number is read. An optional 10th character is the
 * check digit of ICAO Doc 9303 Part 3 §4.9 (A=10 ... Z=35, weights 7-3-1, sum modulo 10) that follows the
 * number in the machine-readable zone (MRZ).
 * Sources: ICAO Doc 9303 Part 3 (https://www.icao.int/publications/Documents/9303_p3_cons_en.pdf); BMI specimen
 * documents ("Mustermann"); koblas/stdnum-js issue #43; presidio PR #1990; see `reference/validators.md`.
 *
 * This module is generic for both kinds; it lives in the personalausweisnummer folder because a kind may only
 * own its own folders (it may move to core later).
 */
import { icaoCheckDigit } from "../core/checksums.js";
import { compactIdentifier } from "../core/normalize.js";

/** Length of the serial number itself. */
export const SERIAL_LENGTH = 9;
/** Serial number followed by the ICAO check digit, as in the machine-readable zone. */
export const WITH_CHECK_DIGIT_LENGTH = 10;

/** Every character a serial number may contain (digits and 17 consonants). */
export const DOCUMENT_NUMBER_ALPHABET = "0123456789CFGHJKLMNPRTVWXYZ";
/** The letters of the alphabet, i.e. every possible first character of a passport number. */
export const DOCUMENT_NUMBER_LETTERS = "CFGHJKLMNPRTVWXYZ";

export type DocumentNumberProblem =
  | "empty"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "invalid_format"
  | "invalid_checksum";

/** Compact form: surrounding ASCII whitespace and inner ASCII spaces removed, ASCII letters upper-cased. */
export function normalizeDocumentNumber(input: string): string {
  return compactIdentifier(input, " ");
}

/** True when every character belongs to the document-number alphabet (vowels, B, D, Q, S and look-alikes do not). */
export function hasOnlyDocumentNumberCharacters(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    if (!DOCUMENT_NUMBER_ALPHABET.includes(value.charAt(index))) return false;
  }
  return true;
}

/** The ICAO 9303 check digit of a 9-character serial number, as a digit character. */
export function documentNumberCheckDigit(serial: string): string {
  return String(icaoCheckDigit(serial));
}

/**
 * The first problem of a normalised document number, or undefined when it is valid: 9 characters, or 10 with a
 * matching check digit; the first character must be one of `firstCharacters`.
 * A letter in the check-digit position is reported as a wrong check digit: the ICAO check digit is always 0-9.
 */
export function documentNumberProblem(
  value: string,
  firstCharacters: string,
  requireCheckDigit: boolean,
): DocumentNumberProblem | undefined {
  if (value.length === 0) return "empty";
  if (!hasOnlyDocumentNumberCharacters(value)) return "invalid_characters";
  if (value.length < (requireCheckDigit ? WITH_CHECK_DIGIT_LENGTH : SERIAL_LENGTH)) return "too_short";
  if (value.length > WITH_CHECK_DIGIT_LENGTH) return "too_long";
  if (!firstCharacters.includes(value.charAt(0))) return "invalid_format";
  if (value.length === WITH_CHECK_DIGIT_LENGTH) {
    const serial = value.slice(0, SERIAL_LENGTH);
    if (value.charAt(SERIAL_LENGTH) !== documentNumberCheckDigit(serial)) return "invalid_checksum";
  }
  return undefined;
}
