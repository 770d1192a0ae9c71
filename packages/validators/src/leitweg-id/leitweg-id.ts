/**
 * Leitweg-ID: the routing identifier of a public invoice recipient for electronic invoices (XRechnung,
 * "Buyer reference").
 *
 * Rule (KoSIT "Formatspezifikation Leitweg-ID" 2.0.2, section 2): Grobadressierung of 2-12 digits, starting with
 * the Kennzahl of a Land (01-16, as in the Amtlicher Gemeindeschlüssel) or 99 for the Bund; optionally "-" and a
 * Feinadressierung of up to 30 characters 0-9 A-Z; then "-" and 2 check digits; 5-46 characters in all. The check
 * digits follow ISO 7064 MOD 97-10 over the whole ID without the hyphens, letters counted A=10 ... Z=35: the ID is
 * valid iff that remainder is 1. An empty Feinadressierung ("991--19") is rejected: the specification makes the
 * part optional, so its hyphen goes with it.
 * Sources: https://xeinkauf.de/app/uploads/2022/11/Leitweg-ID-Formatspezifikation-v2-0-2-1.pdf; samples from
 * verzeichnis.leitweg-id.de as collected in python-stdnum `tests/test_de_leitweg.doctest`; see
 * `reference/validators.md` ("leitwegId"). Whether an ID is registered is not checked (that needs the
 * Leitweg-ID directory).
 *
 * The hyphens are structural, not separators: they stay in the value and are required. Lower-case letters are
 * accepted as input and upper-cased (ASCII only).
 */
import type { z } from "zod";
import { isLandCode } from "../ags/land.js";
import { mod97 } from "../core/checksums.js";
import { failure } from "../core/issues.js";
import { isAsciiDigits, isAsciiUpperAlphanumeric, trimAsciiWhitespace, upperAscii } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type LeitwegIdIssueCode, leitwegIdMessages } from "./messages.js";

/** A validated, normalised Leitweg-ID such as `"991-03730-19"`. */
export type LeitwegId = string & { readonly __brand: "LeitwegId" };

const MIN_LENGTH = 5;
const MAX_LENGTH = 46;
const MAX_GROB_LENGTH = 12;
const MAX_FEIN_LENGTH = 30;
const CHECK_LENGTH = 2;
const BUND = "99";

/** Trimmed and ASCII-upper-cased; the hyphens stay, as they are part of the ID. */
export function normalize(input: string): string {
  return upperAscii(trimAsciiWhitespace(input));
}

function hasOnlyIdCharacters(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const charCode = value.charCodeAt(index);
    const isDigit = charCode >= 0x30 && charCode <= 0x39;
    const isUpper = charCode >= 0x41 && charCode <= 0x5a;
    if (!isDigit && !isUpper && charCode !== 0x2d) return false;
  }
  return true;
}

/** True when Grobadressierung, optional Feinadressierung and check digits stand in their places. */
function hasIdStructure(value: string): boolean {
  const parts = value.split("-");
  if (parts.length !== 2 && parts.length !== 3) return false;
  const grob = parts[0] ?? "";
  const check = parts[parts.length - 1] ?? "";
  const fein = parts.length === 3 ? (parts[1] ?? "") : undefined;
  if (grob.length < 2 || grob.length > MAX_GROB_LENGTH || !isAsciiDigits(grob)) return false;
  if (fein !== undefined && (fein.length === 0 || fein.length > MAX_FEIN_LENGTH || !isAsciiUpperAlphanumeric(fein))) {
    return false;
  }
  return check.length === CHECK_LENGTH && isAsciiDigits(check);
}

function firstProblem(value: string): LeitwegIdIssueCode | undefined {
  if (value.length === 0) return "empty";
  if (!hasOnlyIdCharacters(value)) return "invalid_characters";
  if (value.length < MIN_LENGTH) return "too_short";
  if (value.length > MAX_LENGTH) return "too_long";
  if (!hasIdStructure(value)) return "invalid_format";
  const kennzahl = value.slice(0, 2);
  if (kennzahl !== BUND && !isLandCode(kennzahl)) return "unknown_code";
  if (mod97(value.replaceAll("-", "")) !== 1) return "invalid_checksum";
  return undefined;
}

/** Checks a Leitweg-ID and returns it normalised, or the first problem with a stable code. */
export function validate(
  input: string,
  options: ValidateOptions<LeitwegIdIssueCode> = {},
): ValidationResult<LeitwegId> {
  const value = normalize(input);
  const problem = firstProblem(value);
  if (problem) return failure(problem, leitwegIdMessages, options);
  return { ok: true, value: value as LeitwegId };
}

/** Boolean fast path of `validate`. */
export function isValid(input: string): boolean {
  return firstProblem(normalize(input)) === undefined;
}

/** Display form: the ID as written, with its hyphens, in upper case. */
export function format(input: string): string {
  return normalize(input);
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: ValidateOptions<LeitwegIdIssueCode> = {}): z.ZodType<LeitwegId, string> {
  return schemaFromValidator(validate, options);
}
