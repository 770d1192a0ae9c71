/**
 * Hausnummer: the house number of a German postal address.
 *
 * Rule (a form-input rule, no official register): a number 1–9999 without leading zero, an optional
 * letter suffix ("12a", "12 A"), and optionally a range or sub-number after "-" or "/" of the same shape
 * ("12-14", "12/1", "7a-7c"). Spaces around the parts are dropped: "12 a" becomes "12a". Letter case is kept.
 * Addresses without any house number are handled by the composite address (option), not here.
 */
import type { z } from "zod";
import { failure } from "../core/issues.js";
import { removeSeparators, trimAsciiWhitespace } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type HausnummerIssueCode, hausnummerMessages } from "./messages.js";

/** A validated, normalised house number such as `"12a"` or `"12-14"`. */
export type Hausnummer = string & { readonly __brand: "Hausnummer" };

const MAX_LENGTH = 15;

function isDigit(character: string): boolean {
  return character >= "0" && character <= "9";
}

function isLetter(character: string): boolean {
  return (character >= "a" && character <= "z") || (character >= "A" && character <= "Z");
}

/** One part: digits 1–9999 without leading zero, then at most one letter. */
function isPart(part: string): boolean {
  let digits = 0;
  while (digits < part.length && isDigit(part.charAt(digits))) digits++;
  if (digits === 0 || digits > 4 || part.charAt(0) === "0") return false;
  const rest = part.slice(digits);
  return rest === "" || (rest.length === 1 && isLetter(rest));
}

/** Compact form: surrounding and inner spaces removed. */
export function normalize(input: string): string {
  return removeSeparators(trimAsciiWhitespace(input), " ");
}

export function validate(
  input: string,
  options: ValidateOptions<HausnummerIssueCode> = {},
): ValidationResult<Hausnummer> {
  const value = normalize(input);
  if (value.length === 0) return failure("empty", hausnummerMessages, options);
  for (const character of value) {
    if (!isDigit(character) && !isLetter(character) && character !== "-" && character !== "/") {
      return failure("invalid_characters", hausnummerMessages, options);
    }
  }
  if (value.length > MAX_LENGTH) return failure("too_long", hausnummerMessages, options);
  const separator = value.includes("-") ? "-" : "/";
  const parts = value.split(separator);
  const shapeOk = parts.length <= 2 && parts.every(isPart) && !(separator === "-" && value.includes("/"));
  if (!shapeOk) return failure("invalid_format", hausnummerMessages, options);
  return { ok: true, value: value as Hausnummer };
}

export function isValid(input: string): boolean {
  return validate(input).ok;
}

/** Display form: the compact form ("12a", "12-14"). */
export function format(input: string): string {
  return normalize(input);
}

export function schema(options: ValidateOptions<HausnummerIssueCode> = {}): z.ZodType<Hausnummer, string> {
  return schemaFromValidator(validate, options);
}
