/**
 * BIC (Business Identifier Code, ISO 9362; also "SWIFT code").
 *
 * Rule: 4 letters (party prefix, the institution), the ISO 3166-1 alpha-2 code of the country (XK for Kosovo
 * included), 2 letters or digits (location), optionally 3 letters or digits (branch; "XXX" is the primary office):
 * 8 or 11 characters. Letters are case-insensitive; the display form is the compact upper-case code.
 * Separators: ASCII space ("COBA DE FF XXX" is sometimes printed); the reference lists no separator for the BIC,
 * and a space cannot change the meaning of a code made of letters and digits.
 *
 * Not checked: whether the BIC is registered with SWIFT (needs the BIC directory); that a BIC8 and its BIC11 with
 * "XXX" name the same office; the meaning of location codes (a second character "0" marks a test BIC).
 * ISO 9362:2022 allows alphanumeric party prefixes from a later date; this validator still requires letters, as all
 * BICs issued so far have them (python-stdnum, validator.js and ibantools do the same).
 *
 * Sources: ISO 9362; python-stdnum `stdnum/bic.py`; country codes in `countries.ts`; see `reference/validators.md`
 * ("bic"). Order of checks: empty, invalid_characters, too_short / too_long, invalid_format, unknown_country.
 */
import type { z } from "zod";
import { failure } from "../core/issues.js";
import { compactIdentifier, isAsciiUpperAlphanumeric, isAsciiUpperLetters } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { COUNTRY_CODES } from "./countries.js";
import { type BicIssueCode, bicMessages } from "./messages.js";

/** A validated, normalised BIC such as `"COBADEFFXXX"` or `"MARKDEF1500"`. */
export type Bic = string & { readonly __brand: "Bic" };

const SHORT_LENGTH = 8;
const LONG_LENGTH = 11;

/** Compact form: surrounding ASCII whitespace and inner ASCII spaces removed, ASCII letters upper-cased. */
export function normalize(input: string): string {
  return compactIdentifier(input, " ");
}

/** The first problem of a normalised value, or undefined when it is a valid BIC. */
function firstProblem(value: string): BicIssueCode | undefined {
  if (value.length === 0) return "empty";
  if (!isAsciiUpperAlphanumeric(value)) return "invalid_characters";
  if (value.length < SHORT_LENGTH) return "too_short";
  if (value.length > LONG_LENGTH) return "too_long";
  // 9 or 10 characters: a branch code is always 3 characters or absent.
  if (value.length !== SHORT_LENGTH && value.length !== LONG_LENGTH) return "invalid_format";
  if (!isAsciiUpperLetters(value.slice(0, 6))) return "invalid_format";
  if (!COUNTRY_CODES.has(value.slice(4, 6))) return "unknown_country";
  return undefined;
}

/** Checks a BIC and returns it compact and upper-case ("COBADEFFXXX"), or the first issue with a stable code. */
export function validate(input: string, options: ValidateOptions<BicIssueCode> = {}): ValidationResult<Bic> {
  const value = normalize(input);
  const problem = firstProblem(value);
  if (problem) return failure(problem, bicMessages, options);
  return { ok: true, value: value as Bic };
}

/** Boolean fast path of `validate`. */
export function isValid(input: string): boolean {
  return firstProblem(normalize(input)) === undefined;
}

/** Display form: the compact upper-case code, as banks print it ("COBADEFFXXX"). */
export function format(input: string): string {
  return normalize(input);
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: ValidateOptions<BicIssueCode> = {}): z.ZodType<Bic, string> {
  return schemaFromValidator(validate, options);
}
