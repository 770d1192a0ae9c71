/**
 * Bankleitzahl (BLZ): the German bank sort code.
 *
 * Rule: exactly 8 ASCII digits. The first digit is the Clearinggebiet (clearing area) 1-8; no Bankleitzahl
 * starts with 0 or 9. Whether a code is actually assigned to a bank needs the Bundesbank's
 * Bankleitzahlendatei (published quarterly) and is not checked; nor is the account check method it names.
 * Separators: ASCII space ("370 400 44", the 3-3-2 grouping the Bundesbank prints).
 *
 * A first digit of 0 or 9 is reported as `unknown_code`, not `invalid_format`: the number has the right
 * form (8 digits), but its Clearinggebiet is not assigned, just as an unassigned Leitregion makes a
 * Postleitzahl an `unknown_code`.
 *
 * Source: Deutsche Bundesbank, "Bankleitzahlen"
 * (https://www.bundesbank.de/de/aufgaben/unbarer-zahlungsverkehr/serviceangebot/bankleitzahlen);
 * see `reference/validators.md` ("bankleitzahl"). Not confirmed from a primary text: the first-digit rule
 * rests on the Bundesbank's description as summarised by secondary sources.
 */
import type { z } from "zod";
import { failure } from "../core/issues.js";
import { isAsciiDigits, removeSeparators, trimAsciiWhitespace } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type BankleitzahlIssueCode, bankleitzahlMessages } from "./messages.js";

/** A validated, normalised Bankleitzahl such as `"37040044"`. */
export type Bankleitzahl = string & { readonly __brand: "Bankleitzahl" };

const LENGTH = 8;

/** Compact form: surrounding ASCII whitespace and inner ASCII spaces removed. */
export function normalize(input: string): string {
  return removeSeparators(trimAsciiWhitespace(input), " ");
}

/** Clearinggebiete 1-8; 0 and 9 are not assigned. */
function hasAssignedClearinggebiet(value: string): boolean {
  const first = value.charCodeAt(0);
  return first >= 0x31 && first <= 0x38;
}

/** The first problem of a normalised value, or undefined when it is a well-formed Bankleitzahl. */
function firstProblem(value: string): BankleitzahlIssueCode | undefined {
  if (value.length === 0) return "empty";
  if (!isAsciiDigits(value)) return "invalid_characters";
  if (value.length < LENGTH) return "too_short";
  if (value.length > LENGTH) return "too_long";
  if (!hasAssignedClearinggebiet(value)) return "unknown_code";
  return undefined;
}

/** Checks a Bankleitzahl and returns it compact ("37040044"), or the first issue with a stable code. */
export function validate(
  input: string,
  options: ValidateOptions<BankleitzahlIssueCode> = {},
): ValidationResult<Bankleitzahl> {
  const value = normalize(input);
  const problem = firstProblem(value);
  if (problem) return failure(problem, bankleitzahlMessages, options);
  return { ok: true, value: value as Bankleitzahl };
}

/** Boolean fast path of `validate`. */
export function isValid(input: string): boolean {
  const value = normalize(input);
  return value.length === LENGTH && isAsciiDigits(value) && hasAssignedClearinggebiet(value);
}

/**
 * Display form "370 400 44" (3-3-2), as the Bundesbank prints Bankleitzahlen. Input that is not 8 digits
 * is returned in its compact form, so nothing is hidden behind a misleading grouping.
 */
export function format(input: string): string {
  const value = normalize(input);
  if (value.length !== LENGTH) return value;
  return `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}`;
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: ValidateOptions<BankleitzahlIssueCode> = {}): z.ZodType<Bankleitzahl, string> {
  return schemaFromValidator(validate, options);
}
