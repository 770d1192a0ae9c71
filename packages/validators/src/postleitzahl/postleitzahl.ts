/**
 * Postleitzahl: the German postcode.
 *
 * Rule: exactly 5 ASCII digits. The first two digits are the Leitregion; 00, 05, 43 and 62 are not
 * assigned, so codes starting with them cannot exist. Whether a full code exists needs Deutsche Post's
 * licensed data and is not checked.
 * Source: Deutsche Post Leitregionen; GeoNames DE postcode dump (96 of 100 prefixes in use),
 * see `reference/validators.md` ("postleitzahl").
 */
import type { z } from "zod";
import { failure } from "../core/issues.js";
import { isAsciiDigits, trimAsciiWhitespace } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type PostleitzahlIssueCode, postleitzahlMessages } from "./messages.js";

/** A validated, normalised Postleitzahl such as `"35390"`. */
export type Postleitzahl = string & { readonly __brand: "Postleitzahl" };

const LENGTH = 5;
const UNASSIGNED_LEITREGIONEN: ReadonlySet<string> = new Set(["00", "05", "43", "62"]);

/** Compact form: surrounding ASCII whitespace removed; nothing else is changed. */
export function normalize(input: string): string {
  return trimAsciiWhitespace(input);
}

/** Checks a Postleitzahl and returns it normalised, or every issue with a stable code. */
export function validate(
  input: string,
  options: ValidateOptions<PostleitzahlIssueCode> = {},
): ValidationResult<Postleitzahl> {
  const value = normalize(input);
  if (value.length === 0) return failure("empty", postleitzahlMessages, options);
  if (!isAsciiDigits(value)) return failure("invalid_characters", postleitzahlMessages, options);
  if (value.length < LENGTH) return failure("too_short", postleitzahlMessages, options);
  if (value.length > LENGTH) return failure("too_long", postleitzahlMessages, options);
  if (UNASSIGNED_LEITREGIONEN.has(value.slice(0, 2))) {
    return failure("unknown_code", postleitzahlMessages, options);
  }
  return { ok: true, value: value as Postleitzahl };
}

/** Boolean fast path of `validate`. */
export function isValid(input: string): boolean {
  const value = normalize(input);
  return value.length === LENGTH && isAsciiDigits(value) && !UNASSIGNED_LEITREGIONEN.has(value.slice(0, 2));
}

/** Display form. A Postleitzahl is written as its five digits, so this is the compact form. */
export function format(input: string): string {
  return normalize(input);
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: ValidateOptions<PostleitzahlIssueCode> = {}): z.ZodType<Postleitzahl, string> {
  return schemaFromValidator(validate, options);
}
