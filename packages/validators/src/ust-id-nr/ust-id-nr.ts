/**
 * Umsatzsteuer-Identifikationsnummer (USt-IdNr) of Germany, § 27a UStG.
 *
 * Rule: the country code `DE` and 9 ASCII digits; the first digit is not 0; the 9th digit is the
 * ISO 7064 MOD 11,10 check digit over the first 8. The `DE` prefix is required: a number without it is
 * reported as `missing_prefix`, another country's prefix as `unknown_country` (this kind is for German
 * numbers only). Letters are case-insensitive ("de"); ASCII spaces are the only separator.
 * Whether a number is actually issued is only known to the BZSt ("Bestätigung von USt-IdNr") and VIES.
 *
 * Sources: BZSt; python-stdnum `stdnum/de/vat.py`; see `reference/validators.md` ("ustIdNrDe").
 *
 * Order of checks: empty, invalid_characters, missing_prefix, invalid_format, unknown_country, too_short /
 * too_long, invalid_format (leading zero), invalid_checksum. The prefix comes before the length because the
 * length depends on the country: a French number is "not German", not "too long".
 */
import type { z } from "zod";
import { mod11_10CheckDigit } from "../core/checksums.js";
import { failure } from "../core/issues.js";
import { compactIdentifier, isAsciiDigits, isAsciiUpperAlphanumeric, isAsciiUpperLetters } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type UstIdNrIssueCode, ustIdNrMessages } from "./messages.js";

/** A validated, normalised German USt-IdNr such as `"DE136695976"`. */
export type UstIdNr = string & { readonly __brand: "UstIdNr" };

const PREFIX = "DE";
const DIGITS = 9;

/** Compact form: surrounding ASCII whitespace and inner ASCII spaces removed, ASCII letters upper-cased. */
export function normalize(input: string): string {
  return compactIdentifier(input, " ");
}

/** The first problem of a normalised value, or undefined when it is a valid German USt-IdNr. */
function firstProblem(value: string): UstIdNrIssueCode | undefined {
  if (value.length === 0) return "empty";
  if (!isAsciiUpperAlphanumeric(value)) return "invalid_characters";
  if (isAsciiDigits(value)) return "missing_prefix";
  const prefix = value.slice(0, 2);
  if (prefix.length < 2 || !isAsciiUpperLetters(prefix)) return "invalid_format";
  if (prefix !== PREFIX) return "unknown_country";
  const digits = value.slice(2);
  // Only "DE" may be letters; a letter among the digits is a character this kind does not allow.
  if (!isAsciiDigits(digits)) return "invalid_characters";
  if (digits.length < DIGITS) return "too_short";
  if (digits.length > DIGITS) return "too_long";
  if (digits[0] === "0") return "invalid_format";
  if (String(mod11_10CheckDigit(digits.slice(0, DIGITS - 1))) !== digits[DIGITS - 1]) return "invalid_checksum";
  return undefined;
}

/** Checks a German USt-IdNr and returns it compact ("DE136695976"), or the first issue with a stable code. */
export function validate(input: string, options: ValidateOptions<UstIdNrIssueCode> = {}): ValidationResult<UstIdNr> {
  const value = normalize(input);
  const problem = firstProblem(value);
  if (problem) return failure(problem, ustIdNrMessages, options);
  return { ok: true, value: value as UstIdNr };
}

/** Boolean fast path of `validate`: the same checks without building an issue. */
export function isValid(input: string): boolean {
  return firstProblem(normalize(input)) === undefined;
}

/**
 * Display form: the compact "DE136695976". It is the form usually printed on invoices and letterheads;
 * a grouping such as "DE 136 695 976" is a reading aid without an official convention, and the compact form
 * can be copied into confirmation services (BZSt, VIES) without editing.
 */
export function format(input: string): string {
  return normalize(input);
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: ValidateOptions<UstIdNrIssueCode> = {}): z.ZodType<UstIdNr, string> {
  return schemaFromValidator(validate, options);
}
