/**
 * Krankenversichertennummer (KVNR), § 290 SGB V: the unchangeable 10-character part of the health insurance number,
 * printed on the front of the elektronische Gesundheitskarte and kept for life across insurers.
 *
 * Rule: a letter A-Z, 8 digits and a check digit. The letter becomes its two-digit position in the alphabet
 * (A=01 ... Z=26), giving 10 digits; they are multiplied alternately by 1 and 2 (1, 2, 1, 2, ...), the cross sums
 * of the products are added, and the sum modulo 10 is the check digit (a modified Luhn method).
 * Worked examples of the GKV-Spitzenverband: `A000500015`, `C000500021`.
 * Separators: ASCII space only; the letter is case-insensitive.
 * Source: GKV-Spitzenverband, "Richtlinien nach § 290 SGB V", Anlage 1 (https://www.gkv-datenaustausch.de/kvnr/kvnr.jsp);
 * see `reference/validators.md` ("krankenversichertennummer").
 *
 * Not this kind: the 20- or 30-character variants that add the insurer's Institutionskennzeichen (and the main
 * insured person's number); they are a different field and are reported as too_long.
 * presidio #1972 computed the check digit with weights 2, 9, 8, ... and rejected the official examples; the
 * examples are part of this kind's tests.
 */
import type { z } from "zod";
import { crossSum } from "../core/checksums.js";
import { failure } from "../core/issues.js";
import { compactIdentifier, isAsciiDigits, isAsciiUpperAlphanumeric, isAsciiUpperLetters } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type KrankenversichertennummerIssueCode, krankenversichertennummerMessages } from "./messages.js";

/** A validated, normalised Krankenversichertennummer such as `"A000500015"`. */
export type Krankenversichertennummer = string & { readonly __brand: "Krankenversichertennummer" };

const LENGTH = 10;
const CHECK_INDEX = 9;

/** Compact form: surrounding ASCII whitespace and inner ASCII spaces removed, ASCII letters upper-cased. */
export function normalize(input: string): string {
  return compactIdentifier(input, " ");
}

/** The check digit over a letter A-Z and 8 digits. */
function checkDigit(first9: string): number {
  const letterPosition = first9.charCodeAt(0) - 0x40;
  const digits = `${String(letterPosition).padStart(2, "0")}${first9.slice(1, CHECK_INDEX)}`;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    const weight = index % 2 === 0 ? 1 : 2;
    sum += crossSum((digits.charCodeAt(index) - 0x30) * weight);
  }
  return sum % 10;
}

/** The first problem of a normalised value, or undefined when it is a valid Krankenversichertennummer. */
function firstProblem(value: string): KrankenversichertennummerIssueCode | undefined {
  if (value.length === 0) return "empty";
  if (!isAsciiUpperAlphanumeric(value)) return "invalid_characters";
  if (value.length < LENGTH) return "too_short";
  if (value.length > LENGTH) return "too_long";
  if (!isAsciiUpperLetters(value.charAt(0)) || !isAsciiDigits(value.slice(1))) return "invalid_format";
  if (String(checkDigit(value)) !== value.charAt(CHECK_INDEX)) return "invalid_checksum";
  return undefined;
}

/** Checks a Krankenversichertennummer and returns it compact ("A000500015"), or the first issue with a stable code. */
export function validate(
  input: string,
  options: ValidateOptions<KrankenversichertennummerIssueCode> = {},
): ValidationResult<Krankenversichertennummer> {
  const value = normalize(input);
  const problem = firstProblem(value);
  if (problem) return failure(problem, krankenversichertennummerMessages, options);
  return { ok: true, value: value as Krankenversichertennummer };
}

/** Boolean fast path of `validate`. */
export function isValid(input: string): boolean {
  return firstProblem(normalize(input)) === undefined;
}

/** Display form: the compact characters, as printed on the health card ("A000500015"). */
export function format(input: string): string {
  return normalize(input);
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(
  options: ValidateOptions<KrankenversichertennummerIssueCode> = {},
): z.ZodType<Krankenversichertennummer, string> {
  return schemaFromValidator(validate, options);
}
