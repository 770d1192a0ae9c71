/**
 * Registernummer of the Handelsregister and its sister registers: the register type and the number the
 * Registergericht assigned, e.g. "HRB 12345". The court itself is a separate field (`registergericht.ts`,
 * `validateWithCourt`): the number alone names an entry only together with its court.
 *
 * Rule: register type HRA or HRB (Handelsregister Abteilung A or B, HRV § 3), GnR (Genossenschaftsregister), PR
 * (Partnerschaftsregister), VR (Vereinsregister) or GsR (Gesellschaftsregister for the eGbR, since 1 January
 * 2024 under the MoPeG); then the number 1-999999 without leading zero; then, in some courts, a suffix of 1-3
 * letters that the court adds (e.g. "B" in Berlin (Charlottenburg), "HL" in Lübeck, "FL" in Flensburg).
 * Sources: Handelsregisterverordnung (HRV) § 3; python-stdnum `stdnum/de/handelsregisternummer.py` (register
 * types and number pattern, with numbers found online in `tests/test_de_handelsregisternummer.doctest`); see
 * `reference/validators.md` ("handelsregisternummer"). Not confirmed from a primary source: the abbreviation "GsR"
 * (not in python-stdnum; taken from `reference/validators.md`, not checked against the Gesellschaftsregister-
 * verordnung) and the letters a suffix may use (A-Z assumed).
 *
 * Normalisation: surrounding ASCII whitespace is trimmed; the register type is case-insensitive and written in
 * its official spelling (hrb → HRB, gnr → GnR, gsr → GsR); the suffix is upper-cased; the parts are separated by
 * any number of ASCII spaces or none ("HRB12345B"), and the value has one space between parts ("HRB 12345 B").
 *
 * Order of checks: empty, invalid_characters (anything but ASCII letters, digits and spaces), invalid_format (not
 * register type + number + optional suffix), too_long (number of more than 6 digits), invalid_format (leading
 * zero, suffix of more than 3 letters), unknown_code (register type).
 */
import type { z } from "zod";
import { failure } from "../core/issues.js";
import { trimAsciiWhitespace, upperAscii } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type HandelsregisternummerIssueCode, handelsregisternummerMessages } from "./messages.js";

/** A validated, normalised Registernummer such as `"HRB 12345"` or `"HRB 12345 B"`. */
export type Handelsregisternummer = string & { readonly __brand: "Handelsregisternummer" };

/** The register types, in their official spelling. */
export type Registerart = "HRA" | "HRB" | "GnR" | "GsR" | "PR" | "VR";

const MAX_NUMBER_DIGITS = 6;
const MAX_SUFFIX_LETTERS = 3;
const SPACE = 0x20;

/** The official spelling of an upper-cased register type, or undefined. A switch, so no prototype key matches. */
function registerartOfUpper(upper: string): Registerart | undefined {
  switch (upper) {
    case "HRA":
    case "HRB":
    case "PR":
    case "VR":
      return upper;
    case "GNR":
      return "GnR";
    case "GSR":
      return "GsR";
    default:
      return undefined;
  }
}

function isAsciiLetterCode(charCode: number): boolean {
  return (charCode >= 0x41 && charCode <= 0x5a) || (charCode >= 0x61 && charCode <= 0x7a);
}

function isAsciiDigitCode(charCode: number): boolean {
  return charCode >= 0x30 && charCode <= 0x39;
}

interface Parts {
  registerart: string;
  number: string;
  suffix: string;
}

/**
 * Splits the trimmed input into runs of letters and runs of digits (spaces and a change between letters and
 * digits end a run) and expects letters, digits and optionally letters. Stops after a fourth run, so it stays
 * cheap on any input. Expects only ASCII letters, digits and spaces.
 */
function splitParts(value: string): Parts | undefined {
  const runs: string[] = [];
  const kinds: ("letters" | "digits")[] = [];
  let index = 0;
  while (index < value.length) {
    if (value.charCodeAt(index) === SPACE) {
      index++;
      continue;
    }
    const letters = isAsciiLetterCode(value.charCodeAt(index));
    const start = index;
    while (
      index < value.length &&
      value.charCodeAt(index) !== SPACE &&
      isAsciiLetterCode(value.charCodeAt(index)) === letters
    ) {
      index++;
    }
    runs.push(value.slice(start, index));
    kinds.push(letters ? "letters" : "digits");
    if (runs.length > 3) return undefined;
  }
  const [registerart, number, suffix] = runs;
  if (registerart === undefined || number === undefined) return undefined;
  if (kinds[0] !== "letters" || kinds[1] !== "digits" || (suffix !== undefined && kinds[2] !== "letters")) {
    return undefined;
  }
  return { registerart: upperAscii(registerart), number, suffix: upperAscii(suffix ?? "") };
}

function hasOnlyNumberCharacters(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const charCode = value.charCodeAt(index);
    if (!isAsciiLetterCode(charCode) && !isAsciiDigitCode(charCode) && charCode !== SPACE) return false;
  }
  return true;
}

type Checked = { problem: HandelsregisternummerIssueCode } | { value: Handelsregisternummer };

function check(input: string): Checked {
  const value = trimAsciiWhitespace(input);
  if (value.length === 0) return { problem: "empty" };
  if (!hasOnlyNumberCharacters(value)) return { problem: "invalid_characters" };
  const parts = splitParts(value);
  if (parts === undefined) return { problem: "invalid_format" };
  if (parts.number.length > MAX_NUMBER_DIGITS) return { problem: "too_long" };
  if (parts.number.charCodeAt(0) === 0x30 || parts.suffix.length > MAX_SUFFIX_LETTERS) {
    return { problem: "invalid_format" };
  }
  const registerart = registerartOfUpper(parts.registerart);
  if (registerart === undefined) return { problem: "unknown_code" };
  const written = `${registerart} ${parts.number}${parts.suffix === "" ? "" : ` ${parts.suffix}`}`;
  return { value: written as Handelsregisternummer };
}

/**
 * The normalised form ("hrb12345b" → "HRB 12345 B") when the input has the shape of a Registernummer;
 * otherwise the input with surrounding ASCII whitespace trimmed.
 */
export function normalize(input: string): string {
  const checked = check(input);
  return "value" in checked ? checked.value : trimAsciiWhitespace(input);
}

/** Checks a Registernummer (without the court) and returns it normalised, or the first problem with a stable code. */
export function validate(
  input: string,
  options: ValidateOptions<HandelsregisternummerIssueCode> = {},
): ValidationResult<Handelsregisternummer> {
  const checked = check(input);
  if ("problem" in checked) return failure(checked.problem, handelsregisternummerMessages, options);
  return { ok: true, value: checked.value };
}

/** Boolean fast path of `validate`. */
export function isValid(input: string): boolean {
  return "value" in check(input);
}

/** Display form: register type, number and suffix separated by single spaces, e.g. "HRB 12345 B". */
export function format(input: string): string {
  return normalize(input);
}

/** The register type of a valid Registernummer, e.g. `"GnR"` for "gnr 1 iz"; undefined for invalid input. */
export function registerartOf(input: string): Registerart | undefined {
  const checked = check(input);
  return "value" in checked ? (checked.value.slice(0, checked.value.indexOf(" ")) as Registerart) : undefined;
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(
  options: ValidateOptions<HandelsregisternummerIssueCode> = {},
): z.ZodType<Handelsregisternummer, string> {
  return schemaFromValidator(validate, options);
}
