/**
 * IBAN (International Bank Account Number, ISO 13616) of the SEPA payment area.
 *
 * Rule: a 2-letter country code, 2 check digits and the BBAN (basic bank account number) with the length and
 * layout the SWIFT IBAN Registry prescribes for that country (`registry.ts`; Germany: `DEkk` + 8-digit
 * Bankleitzahl + 10-digit Kontonummer, 22 characters). The IBAN is valid iff ISO 7064 MOD 97-10 of
 * BBAN + country + check digits is 1; the check digits 00, 01 and 99 never occur (98 - remainder yields 02-98), so
 * they are rejected even where MOD 97 alone would accept them (99 is congruent to 02, 00 and 01 to 97 and 98).
 * Only countries in the SEPA scope are accepted. There is deliberately no option to accept fewer countries: a payee
 * must accept an account in any SEPA country (Regulation (EU) No 260/2012, Art. 9, "IBAN discrimination").
 * Separators: ASCII space (the paper form "DE89 3704 0044 0532 0130 00"); letters are case-insensitive.
 *
 * Not checked: national check digits inside the BBAN (such as the Bundesbank's account check methods, which
 * peer libraries have repeatedly applied wrongly, ibantools-germany #17, #19), and whether the account exists.
 *
 * Sources: SWIFT IBAN Registry (https://www.swift.com/standards/data-standards/iban, via python-stdnum
 * `stdnum/iban.dat`); EPC409-09 "EPC list of countries in SEPA schemes' geographical scope"; python-stdnum
 * `tests/test_iban.doctest` (registry samples); see `reference/validators.md` ("iban"). Not verified: the SEPA
 * accession dates of AL, MD, ME, MK and RS.
 *
 * Order of checks: empty, invalid_characters, too_long (beyond 34 characters, the ISO 13616 maximum),
 * too_short (fewer than 2 characters), invalid_format (the first two characters are not letters), unknown_country, too_short / too_long (the
 * country's length), invalid_format (check digits and BBAN layout), invalid_checksum. The country comes before
 * the length because the length depends on it: a Turkish IBAN is "not accepted here", not "too long".
 */
import type { z } from "zod";
import { type Bankleitzahl, isValid as isValidBankleitzahl } from "../bankleitzahl/bankleitzahl.js";
import { mod97Step } from "../core/checksums.js";
import { failure } from "../core/issues.js";
import { compactIdentifier, groupBy, isAsciiUpperAlphanumeric } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type IbanIssueCode, ibanMessages } from "./messages.js";
import { compiledLayoutByCodes, fitsCompiledClass, type SepaCountry } from "./registry.js";

/** A validated, normalised IBAN in electronic form, such as `"DE89370400440532013000"`. */
export type Iban = string & { readonly __brand: "Iban" };

export type IbanOptions = ValidateOptions<IbanIssueCode>;

/** ISO 13616: no IBAN of any country is longer, so longer input is rejected before any other work. */
const MAX_LENGTH = 34;
/** Country code and check digits in front of the BBAN. */
const PREFIX_LENGTH = 4;

/** Compact (electronic) form: surrounding ASCII whitespace and inner ASCII spaces removed, ASCII letters upper-cased. */
export function normalize(input: string): string {
  return compactIdentifier(input, " ");
}

function isDigitCode(charCode: number): boolean {
  return charCode >= 0x30 && charCode <= 0x39;
}

function isUpperCode(charCode: number): boolean {
  return charCode >= 0x41 && charCode <= 0x5a;
}

/**
 * The first problem of a normalised value, or undefined when it is a valid SEPA IBAN. One pass over the
 * characters without building substrings: `isValid` runs on this too, so it must stay fast.
 */
function firstProblem(value: string): IbanIssueCode | undefined {
  const length = value.length;
  if (length === 0) return "empty";
  if (length <= MAX_LENGTH && !isAsciiUpperAlphanumeric(value)) return "invalid_characters";
  if (length > MAX_LENGTH) return isAsciiUpperAlphanumeric(value) ? "too_long" : "invalid_characters";
  if (length < 2) return "too_short";
  const first = value.charCodeAt(0);
  const second = value.charCodeAt(1);
  if (!isUpperCode(first) || !isUpperCode(second)) return "invalid_format";
  const layout = compiledLayoutByCodes(first, second);
  if (!layout) return "unknown_country";
  if (length < layout.ibanLength) return "too_short";
  if (length > layout.ibanLength) return "too_long";
  const check1 = value.charCodeAt(2);
  const check2 = value.charCodeAt(3);
  if (!isDigitCode(check1) || !isDigitCode(check2)) return "invalid_format";
  const { classes } = layout;
  // MOD 97-10 over BBAN + country + check digits, read in that rotated order while checking the BBAN layout.
  let remainder = 0;
  for (let index = PREFIX_LENGTH; index < length; index++) {
    const charCode = value.charCodeAt(index);
    if (!fitsCompiledClass(charCode, classes[index - PREFIX_LENGTH] ?? 2)) return "invalid_format";
    remainder = mod97Step(remainder, charCode);
  }
  const check = (check1 - 0x30) * 10 + (check2 - 0x30);
  if (check === 0 || check === 1 || check === 99) return "invalid_checksum";
  for (let index = 0; index < PREFIX_LENGTH; index++) remainder = mod97Step(remainder, value.charCodeAt(index));
  return remainder === 1 ? undefined : "invalid_checksum";
}

/** Checks an IBAN and returns it in electronic form ("DE89370400440532013000"), or the first issue with a stable code. */
export function validate(input: string, options: IbanOptions = {}): ValidationResult<Iban> {
  const value = normalize(input);
  const problem = firstProblem(value);
  return problem ? failure(problem, ibanMessages, options) : { ok: true, value: value as Iban };
}

/** Boolean fast path of `validate`. */
export function isValid(input: string): boolean {
  return firstProblem(normalize(input)) === undefined;
}

/** Display (paper) form: groups of four, "DE89 3704 0044 0532 0130 00". */
export function format(input: string): string {
  return groupBy(normalize(input), 4);
}

/** The country code of a valid SEPA IBAN (`"DE"` for "DE89 3704 ..."), or undefined when the IBAN is not valid. */
export function countryOf(input: string): SepaCountry | undefined {
  const value = normalize(input);
  return firstProblem(value) === undefined ? (value.slice(0, 2) as SepaCountry) : undefined;
}

/**
 * The Bankleitzahl inside a valid German IBAN (`"37040044"` for "DE89 3704 0044 0532 0130 00"), or undefined when
 * the input is not a valid German IBAN or its positions 5-12 are not a valid Bankleitzahl (first digit 1-8; the IBAN
 * check does not look at this national rule).
 */
export function bankleitzahlOf(input: string): Bankleitzahl | undefined {
  const value = normalize(input);
  if (firstProblem(value) !== undefined || !value.startsWith("DE")) return undefined;
  const blz = value.slice(PREFIX_LENGTH, PREFIX_LENGTH + 8);
  return isValidBankleitzahl(blz) ? (blz as Bankleitzahl) : undefined;
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: IbanOptions = {}): z.ZodType<Iban, string> {
  return schemaFromValidator(validate, options);
}
