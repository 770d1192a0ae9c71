/**
 * Steuerliche Identifikationsnummer (IdNr, "Steuer-ID"), § 139b AO: the lifelong tax number of a person.
 *
 * Rule: 11 ASCII digits, the first is not 0. Within the first 10 digits exactly one digit occurs twice or
 * three times and every other digit at most once; a digit that occurs three times must not stand in three
 * adjacent positions. The 11th digit is the ISO 7064 MOD 11,10 check digit over the first 10.
 * Written in groups 2-3-3-3 ("12 345 678 901"); ASCII spaces are the only separator.
 *
 * Sources: BZSt; ELSTER "Prüfung der Steuer- und Steueridentifikationsnummer" (developer area); DRV/ZfA
 * "Informationen zur Berechnung gültiger Prüfziffern" § 1 no. 5 (quoted in python-stdnum issue #286);
 * see `reference/validators.md` ("steuerId").
 * Not confirmed from the primary text: the adjacency rule for a tripled digit (in force since 2016). It is
 * implemented as validator.js (isTaxID de-DE) and presidio PR #2284 do; python-stdnum lacks it and accepts
 * `11123456786`, which this validator rejects.
 */
import type { z } from "zod";
import { mod11_10CheckDigit } from "../core/checksums.js";
import { failure } from "../core/issues.js";
import { isAsciiDigits, removeSeparators, trimAsciiWhitespace } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type SteuerIdIssueCode, steuerIdMessages } from "./messages.js";

/** A validated, normalised Steuerliche Identifikationsnummer such as `"86095742719"`. */
export type SteuerId = string & { readonly __brand: "SteuerId" };

const LENGTH = 11;

/** Compact form: surrounding ASCII whitespace and inner ASCII spaces removed. */
export function normalize(input: string): string {
  return removeSeparators(trimAsciiWhitespace(input), " ");
}

/**
 * The repetition rule on the first 10 digits: exactly one digit twice or three times, the others at most
 * once, and a tripled digit not in three adjacent positions. Expects 10 ASCII digits.
 */
function hasValidDigitRepetition(digits: string, end: number): boolean {
  // Bit sets of the digits seen once, twice and three times: no allocation on this hot path.
  let once = 0;
  let twice = 0;
  let thrice = 0;
  for (let index = 0; index < end; index++) {
    const bit = 1 << (digits.charCodeAt(index) - 0x30);
    if (thrice & bit) return false;
    if (twice & bit) thrice |= bit;
    else if (once & bit) twice |= bit;
    else once |= bit;
  }
  // Exactly one digit repeated (twice has a single bit), at most three times.
  if (twice === 0 || (twice & (twice - 1)) !== 0) return false;
  if (thrice === 0) return true;
  const repeated = 31 - Math.clz32(thrice) + 0x30;
  for (let index = 0; index + 2 < end; index++) {
    if (
      digits.charCodeAt(index) === repeated &&
      digits.charCodeAt(index + 1) === repeated &&
      digits.charCodeAt(index + 2) === repeated
    ) {
      return false;
    }
  }
  return true;
}

function firstProblem(value: string): SteuerIdIssueCode | undefined {
  if (value.length === 0) return "empty";
  if (!isAsciiDigits(value)) return "invalid_characters";
  if (value.length < LENGTH) return "too_short";
  if (value.length > LENGTH) return "too_long";
  if (value[0] === "0") return "invalid_format";
  if (!hasValidDigitRepetition(value, LENGTH - 1)) return "invalid_digit_repetition";
  if (mod11_10CheckDigit(value, LENGTH - 1) + 0x30 !== value.charCodeAt(LENGTH - 1)) return "invalid_checksum";
  return undefined;
}

/** Checks a Steuerliche Identifikationsnummer and returns it compact, or the first issue with a stable code. */
export function validate(input: string, options: ValidateOptions<SteuerIdIssueCode> = {}): ValidationResult<SteuerId> {
  const value = normalize(input);
  const problem = firstProblem(value);
  if (problem) return failure(problem, steuerIdMessages, options);
  return { ok: true, value: value as SteuerId };
}

/** Boolean fast path of `validate`: the same checks without building an issue. */
export function isValid(input: string): boolean {
  return firstProblem(normalize(input)) === undefined;
}

/** Display form "12 345 678 901" (2-3-3-3) for 11 digits; anything else is returned compact. */
export function format(input: string): string {
  const value = normalize(input);
  if (value.length !== LENGTH || !isAsciiDigits(value)) return value;
  return `${value.slice(0, 2)} ${value.slice(2, 5)} ${value.slice(5, 8)} ${value.slice(8)}`;
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: ValidateOptions<SteuerIdIssueCode> = {}): z.ZodType<SteuerId, string> {
  return schemaFromValidator(validate, options);
}
