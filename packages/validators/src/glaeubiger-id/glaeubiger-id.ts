/**
 * Gläubiger-Identifikationsnummer: the SEPA Creditor Identifier (CI) the Deutsche Bundesbank assigns to
 * creditors who collect SEPA direct debits (Lastschriften) in Germany.
 *
 * Rule: 18 characters: `DE`, 2 check digits, the 3-character Geschäftsbereichskennung (creditor business code,
 * letters or digits chosen by the creditor, `ZZZ` when unused), and the 11-digit national identifier. The check
 * digits are ISO 7064 MOD 97-10 over the national identifier followed by `DE00` (letters A=10 ... Z=35):
 * `98 - mod97(nationalId + "DE00")`. The Geschäftsbereichskennung is excluded from the check, so the same
 * creditor may use several codes with the same check digits.
 * Separators: ASCII space; letters are case-insensitive. Only German identifiers are accepted (`unknown_country`
 * for another country's prefix); the EPC scheme lets each country define its national part differently.
 * Whether a number has been assigned is known only to the Bundesbank.
 *
 * Sources: Deutsche Bundesbank, "Gläubiger-Identifikationsnummer" (official example DE98ZZZ09999999999);
 * EPC262-08 "Creditor Identifier Overview"; see `reference/validators.md` ("glaeubigerId"). No peer library
 * validates it.
 *
 * Order of checks: empty, invalid_characters, invalid_format (the first two characters are not letters),
 * unknown_country, too_short / too_long, invalid_format (check digits and national identifier must be digits),
 * invalid_checksum. The country comes before the length: a foreign identifier is "not German", not "too long".
 */
import type { z } from "zod";
import { mod97CheckDigits } from "../core/checksums.js";
import { failure } from "../core/issues.js";
import { compactIdentifier, isAsciiDigits, isAsciiUpperAlphanumeric, isAsciiUpperLetters } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type GlaeubigerIdIssueCode, glaeubigerIdMessages } from "./messages.js";

/** A validated, normalised Gläubiger-Identifikationsnummer such as `"DE98ZZZ09999999999"`. */
export type GlaeubigerId = string & { readonly __brand: "GlaeubigerId" };

const COUNTRY = "DE";
const LENGTH = 18;
/** Start of the Geschäftsbereichskennung and of the national identifier. */
const BUSINESS_CODE_START = 4;
const NATIONAL_ID_START = 7;

/** Compact form: surrounding ASCII whitespace and inner ASCII spaces removed, ASCII letters upper-cased. */
export function normalize(input: string): string {
  return compactIdentifier(input, " ");
}

/** The first problem of a normalised value, or undefined when it is a valid German Gläubiger-ID. */
function firstProblem(value: string): GlaeubigerIdIssueCode | undefined {
  if (value.length === 0) return "empty";
  if (!isAsciiUpperAlphanumeric(value)) return "invalid_characters";
  if (value.length < 2) return "too_short";
  const country = value.slice(0, 2);
  if (!isAsciiUpperLetters(country)) return "invalid_format";
  if (country !== COUNTRY) return "unknown_country";
  if (value.length < LENGTH) return "too_short";
  if (value.length > LENGTH) return "too_long";
  const checkDigits = value.slice(2, BUSINESS_CODE_START);
  const nationalId = value.slice(NATIONAL_ID_START);
  if (!isAsciiDigits(checkDigits) || !isAsciiDigits(nationalId)) return "invalid_format";
  if (mod97CheckDigits(`${nationalId}${COUNTRY}00`) !== checkDigits) return "invalid_checksum";
  return undefined;
}

/** Checks a Gläubiger-ID and returns it compact ("DE98ZZZ09999999999"), or the first issue with a stable code. */
export function validate(
  input: string,
  options: ValidateOptions<GlaeubigerIdIssueCode> = {},
): ValidationResult<GlaeubigerId> {
  const value = normalize(input);
  const problem = firstProblem(value);
  if (problem) return failure(problem, glaeubigerIdMessages, options);
  return { ok: true, value: value as GlaeubigerId };
}

/** Boolean fast path of `validate`. */
export function isValid(input: string): boolean {
  return firstProblem(normalize(input)) === undefined;
}

/** Display form: the compact "DE98ZZZ09999999999", as the Bundesbank and SEPA mandates print it. */
export function format(input: string): string {
  return normalize(input);
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: ValidateOptions<GlaeubigerIdIssueCode> = {}): z.ZodType<GlaeubigerId, string> {
  return schemaFromValidator(validate, options);
}
