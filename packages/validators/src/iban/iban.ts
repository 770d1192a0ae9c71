/**
 * IBAN (International Bank Account Number, ISO 13616) of the SEPA payment area.
 *
 * Rule: a 2-letter country code, 2 check digits and the BBAN (basic bank account number) with the length and
 * layout the SWIFT IBAN Registry prescribes for that country (`registry.ts`; Germany: `DEkk` + 8-digit
 * Bankleitzahl + 10-digit Kontonummer, 22 characters). The IBAN is valid iff ISO 7064 MOD 97-10 of
 * BBAN + country + check digits is 1; the check digits 00, 01 and 99 never occur (98 - remainder yields 02-98), so
 * they are rejected even where MOD 97 alone would accept them (99 is congruent to 02, 00 and 01 to 97 and 98).
 * Only countries in the SEPA scope are accepted; the option `countries` narrows them further (e.g. `["DE"]`).
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
import { createIssue, failure } from "../core/issues.js";
import {
  compactIdentifier,
  groupBy,
  isAsciiDigits,
  isAsciiUpperAlphanumeric,
  isAsciiUpperLetters,
} from "../core/normalize.js";
import type { Locale, ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type IbanIssueCode, ibanMessages, ibanRestrictedCountryMessages } from "./messages.js";
import {
  BBAN_LAYOUTS,
  compiledLayoutByCodes,
  compiledLayoutOf,
  fitsCompiledClass,
  isSepaCountry,
  type SepaCountry,
} from "./registry.js";

/** A validated, normalised IBAN in electronic form, such as `"DE89370400440532013000"`. */
export type Iban = string & { readonly __brand: "Iban" };

export interface IbanOptions extends ValidateOptions<IbanIssueCode> {
  /**
   * Accept only IBANs of these SEPA countries, e.g. `["DE"]` for a direct debit limited to German accounts.
   * Default: every SEPA country. An empty list or an entry that is not a SEPA country code is a programming error
   * (TypeError).
   */
  countries?: readonly SepaCountry[];
}

/** ISO 13616: no IBAN of any country is longer, so longer input is rejected before any other work. */
const MAX_LENGTH = 34;
/** Country code and check digits in front of the BBAN. */
const PREFIX_LENGTH = 4;

/** Compact (electronic) form: surrounding ASCII whitespace and inner ASCII spaces removed, ASCII letters upper-cased. */
export function normalize(input: string): string {
  return compactIdentifier(input, " ");
}

/** The first problem of a normalised value, or undefined when it is a valid SEPA IBAN (of `countries`, if given). */
function firstProblem(value: string, countries?: readonly string[]): IbanIssueCode | undefined {
  if (value.length === 0) return "empty";
  if (!isAsciiUpperAlphanumeric(value)) return "invalid_characters";
  if (value.length > MAX_LENGTH) return "too_long";
  if (value.length < 2) return "too_short";
  const country = value.slice(0, 2);
  if (!isAsciiUpperLetters(country)) return "invalid_format";
  if (!isSepaCountry(country) || (countries !== undefined && !countries.includes(country))) return "unknown_country";
  const { ibanLength, classes } = compiledLayoutOf(country);
  if (value.length < ibanLength) return "too_short";
  if (value.length > ibanLength) return "too_long";
  const check = value.slice(2, PREFIX_LENGTH);
  if (!isAsciiDigits(check)) return "invalid_format";
  for (let index = PREFIX_LENGTH; index < ibanLength; index++) {
    if (!fitsCompiledClass(value.charCodeAt(index), classes[index - PREFIX_LENGTH] ?? 2)) return "invalid_format";
  }
  if (check === "00" || check === "01" || check === "99") return "invalid_checksum";
  // MOD 97-10 over BBAN + country + check digits, read in that rotated order without building the string.
  let remainder = 0;
  for (let index = PREFIX_LENGTH; index < ibanLength; index++)
    remainder = mod97Step(remainder, value.charCodeAt(index));
  for (let index = 0; index < PREFIX_LENGTH; index++) remainder = mod97Step(remainder, value.charCodeAt(index));
  return remainder === 1 ? undefined : "invalid_checksum";
}

function assertSepaCountries(countries: readonly string[]): void {
  if (countries.length === 0)
    throw new TypeError("The option countries lists no country; omit it to accept all SEPA countries");
  for (const country of countries) {
    if (!isSepaCountry(country)) {
      throw new TypeError(
        `"${country}" is not a SEPA country code; expected one of ${Object.keys(BBAN_LAYOUTS).join(", ")}`,
      );
    }
  }
}

/** "DE", "DE oder AT", "DE, AT oder CH" (English: "or"). */
function listAlternatives(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join("");
  const or = locale === "en" ? " or " : " oder ";
  return `${items.slice(0, -1).join(", ")}${or}${items[items.length - 1]}`;
}

/** Checks an IBAN and returns it in electronic form ("DE89370400440532013000"), or the first issue with a stable code. */
export function validate(input: string, options: IbanOptions = {}): ValidationResult<Iban> {
  const { countries } = options;
  if (countries !== undefined) assertSepaCountries(countries);
  const value = normalize(input);
  const problem = firstProblem(value, countries);
  if (problem === "unknown_country" && countries !== undefined) {
    const list = listAlternatives(countries, options.locale ?? "de");
    return { ok: false, issues: [createIssue(problem, ibanRestrictedCountryMessages, options, { countries: list })] };
  }
  if (problem) return failure(problem, ibanMessages, options);
  return { ok: true, value: value as Iban };
}

/**
 * Boolean fast path of `validate` (any SEPA country): the same rules as `firstProblem` in a single pass over the
 * normalised value, without building substrings. Equal to `validate(input).ok` (the contract test checks it).
 */
export function isValid(input: string): boolean {
  const value = normalize(input);
  const length = value.length;
  if (length < 5 || length > MAX_LENGTH) return false;
  const layout = compiledLayoutByCodes(value.charCodeAt(0), value.charCodeAt(1));
  if (!layout || length !== layout.ibanLength) return false;
  const check1 = value.charCodeAt(2);
  const check2 = value.charCodeAt(3);
  if (check1 < 0x30 || check1 > 0x39 || check2 < 0x30 || check2 > 0x39) return false;
  const check = (check1 - 0x30) * 10 + (check2 - 0x30);
  if (check === 0 || check === 1 || check === 99) return false;
  const { classes } = layout;
  let remainder = 0;
  for (let index = PREFIX_LENGTH; index < length; index++) {
    const charCode = value.charCodeAt(index);
    if (!fitsCompiledClass(charCode, classes[index - PREFIX_LENGTH] ?? 2)) return false;
    remainder = mod97Step(remainder, charCode);
  }
  for (let index = 0; index < PREFIX_LENGTH; index++) remainder = mod97Step(remainder, value.charCodeAt(index));
  return remainder === 1;
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
  if (options.countries !== undefined) assertSepaCountries(options.countries);
  return schemaFromValidator(validate, options);
}
