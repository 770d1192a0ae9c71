/**
 * Telefonnummer: a German phone number (foreign numbers are rejected as `unknown_country`).
 *
 * Rule (reference/validators.md, "telefonnummer"; BNetzA Nummernplan, ITU-T E.164): the number is written
 * nationally as `0` + national significant number (NSN) or internationally as `+49` / `0049` + NSN. The NSN
 * starts with 1-9; mobile NSNs (15x, 16x, 17x) have 10-11 digits, all others 6-11 digits. The reference calls
 * this length rule a simplification; it is applied as written, so NSNs longer than 11 digits (some legacy
 * direct-dial extensions, which libphonenumber's metadata allows up to 15) are `too_long`.
 * On top of the rule, the NSN must be a valid German number per the "max" metadata of libphonenumber-js, cut down to Germany,
 * (Google libphonenumber's PhoneNumberMetadata.xml): area codes, blocks and lengths per number type.
 * Whether a number is actually connected cannot be known offline.
 *
 * Normalisation: surrounding ASCII whitespace trimmed, the separators space, `-`, `/`, `(`, `)` removed
 * (reference policy), `0049` and the national `0` rewritten to `+49`. The value is E.164, e.g. `+4964130600`.
 * The common notation `+49 (0)641 ...` is rejected (`invalid_format`), because the NSN never starts with 0.
 *
 * Order of checks: empty, invalid_characters, invalid_format (no `0`/`+` prefix, a misplaced `+`),
 * unknown_country (not +49), invalid_format (NSN starting with 0), too_short / too_long, unknown_code
 * (libphonenumber), not_mobile / not_fixed_line (option `type`). The prefix comes before the length, because
 * the NSN, whose length is checked, is only known once the prefix is: a British number is "not German",
 * not "too long". Everything before `unknown_code` is a linear scan, so a 100,000-character input is rejected
 * (as `too_long` at the latest) before the library is called.
 */
import { type PhoneNumberType, parsePhoneNumberFromString as parseWithMetadata } from "libphonenumber-js/core";
import type { z } from "zod";
import { failure } from "../core/issues.js";
import { removeSeparators, trimAsciiWhitespace } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type TelefonnummerIssueCode, telefonnummerMessages } from "./messages.js";
import { germanMetadata } from "./metadata-de.js";

/** libphonenumber with the German part of its "max" metadata only (see scripts/generate-phone-metadata.mjs). */
function parsePhoneNumberFromString(text: string) {
  return parseWithMetadata(text, germanMetadata);
}

/** A validated German phone number in E.164 form such as `"+4964130600"`. */
export type Telefonnummer = string & { readonly __brand: "Telefonnummer" };

/** Which kind of number a form asks for: `"mobile"`, `"fixed"` (Festnetz) or `"any"` valid German number. */
export type TelefonnummerType = "mobile" | "fixed" | "any";

export type { PhoneNumberType };

export interface TelefonnummerOptions extends ValidateOptions<TelefonnummerIssueCode> {
  /** Require a mobile or a fixed-line number (default `"any"`, which includes service numbers such as 0800). */
  type?: TelefonnummerType;
}

const SEPARATORS = " -/()";
const COUNTRY_CODE = "49";
const MIN_NSN_LENGTH = 6;
const MIN_MOBILE_NSN_LENGTH = 10;
const MAX_NSN_LENGTH = 11;

/**
 * Compact form: trimmed, separators removed, and the prefixes `00` (international) and `0` (national, Germany)
 * rewritten to `+` and `+49`, so a valid number comes out in E.164 form.
 */
export function normalize(input: string): string {
  const compact = removeSeparators(trimAsciiWhitespace(input), SEPARATORS);
  if (compact.startsWith("00")) return `+${compact.slice(2)}`;
  if (compact.startsWith("0")) return `+${COUNTRY_CODE}${compact.slice(1)}`;
  return compact;
}

function isDigitsOrPlus(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const charCode = value.charCodeAt(index);
    if (charCode !== 0x2b && (charCode < 0x30 || charCode > 0x39)) return false;
  }
  return true;
}

function isMobileNsn(nsn: string): boolean {
  return nsn[0] === "1" && (nsn[1] === "5" || nsn[1] === "6" || nsn[1] === "7");
}

type Outcome = { problem: TelefonnummerIssueCode } | { problem?: undefined; value: string };

/** The first problem of an input, or its E.164 value. */
function check(input: string, type: TelefonnummerType): Outcome {
  const value = normalize(input);
  if (value.length === 0) return { problem: "empty" };
  if (!isDigitsOrPlus(value)) return { problem: "invalid_characters" };
  // After normalize, every number written with a prefix starts with "+"; anything else lacks the area code.
  if (value[0] !== "+") return { problem: "invalid_format" };
  const international = value.slice(1);
  if (international.includes("+")) return { problem: "invalid_format" };
  if (international.length < COUNTRY_CODE.length && COUNTRY_CODE.startsWith(international)) {
    return { problem: "too_short" };
  }
  // Country codes never start with 0 (ITU-T E.164), so "+0..." is a malformed prefix, not a foreign country.
  if (international[0] === "0") return { problem: "invalid_format" };
  if (!international.startsWith(COUNTRY_CODE)) return { problem: "unknown_country" };
  const nsn = international.slice(COUNTRY_CODE.length);
  if (nsn.length === 0) return { problem: "too_short" };
  if (nsn[0] === "0") return { problem: "invalid_format" };
  if (nsn.length < (isMobileNsn(nsn) ? MIN_MOBILE_NSN_LENGTH : MIN_NSN_LENGTH)) return { problem: "too_short" };
  if (nsn.length > MAX_NSN_LENGTH) return { problem: "too_long" };
  const phoneNumber = parsePhoneNumberFromString(value);
  if (!phoneNumber?.isValid() || phoneNumber.country !== "DE") return { problem: "unknown_code" };
  if (type !== "any") {
    const numberType = phoneNumber.getType();
    const both = numberType === "FIXED_LINE_OR_MOBILE";
    if (type === "mobile" && numberType !== "MOBILE" && !both) return { problem: "not_mobile" };
    if (type === "fixed" && numberType !== "FIXED_LINE" && !both) return { problem: "not_fixed_line" };
  }
  return { value };
}

/** Checks a German phone number and returns it in E.164 form, or the first issue with a stable code. */
export function validate(input: string, options: TelefonnummerOptions = {}): ValidationResult<Telefonnummer> {
  const outcome = check(input, options.type ?? "any");
  if (outcome.problem !== undefined) return failure(outcome.problem, telefonnummerMessages, options);
  return { ok: true, value: outcome.value as Telefonnummer };
}

/** Boolean fast path of `validate`; `type` as in the options (default `"any"`). */
export function isValid(input: string, type: TelefonnummerType = "any"): boolean {
  return check(input, type).problem === undefined;
}

/**
 * International display form from libphonenumber's German formatting rules, e.g. `+49 641 30600` or
 * `+49 170 12345678`; it validates back to the same value. Input that is not valid comes back normalised.
 */
export function format(input: string): string {
  const outcome = check(input, "any");
  if (outcome.problem !== undefined) return normalize(input);
  return parsePhoneNumberFromString(outcome.value)?.formatInternational() ?? outcome.value;
}

/**
 * National display form, e.g. `0641 30600` or `0170 12345678`, for letters and pages read in Germany; it
 * validates back to the same value. Input that is not valid comes back normalised.
 */
export function formatNational(input: string): string {
  const outcome = check(input, "any");
  if (outcome.problem !== undefined) return normalize(input);
  return parsePhoneNumberFromString(outcome.value)?.formatNational() ?? outcome.value;
}

/**
 * The number type per libphonenumber's German metadata (`"MOBILE"`, `"FIXED_LINE"`, `"TOLL_FREE"`, ...), or
 * `undefined` when the input is not a valid German number.
 */
export function numberType(input: string): PhoneNumberType | undefined {
  const outcome = check(input, "any");
  if (outcome.problem !== undefined) return undefined;
  return parsePhoneNumberFromString(outcome.value)?.getType();
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: TelefonnummerOptions = {}): z.ZodType<Telefonnummer, string> {
  return schemaFromValidator(validate, options);
}
