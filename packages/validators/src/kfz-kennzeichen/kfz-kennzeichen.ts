/**
 * Kfz-Kennzeichen: the number on a German vehicle registration plate, e.g. "F-AB 123".
 *
 * Rule (FZV § 9 and its Anlagen): the Unterscheidungszeichen of the registration district, 1-3 letters (Ä, Ö, Ü
 * possible) from the official list (`unterscheidungszeichen.ts`), then the Erkennungsnummer: 1-2 letters A-Z (no
 * umlauts) and a number 1-9999 without leading zero ("A 1" ... "ZZ 9999"); together at most 8 letters and digits
 * (FZV Anlage 4, 520 mm plate). An optional suffix "E" (electric vehicle, EmoG) or "H" (historic vehicle) follows
 * the number and is not counted toward the 8. Special plates with digits-only numbers (BD, BP, BW, THW, X, Y, FZV
 * § 9 Abs. 1) are not accepted (code `special_plate`); Sonderkennzeichen such as diplomatic, export, short-term or
 * red plates are out of scope.
 * Sources: Fahrzeug-Zulassungsverordnung (FZV) § 9 and its Anlagen; list of
 * Unterscheidungszeichen from MarkTiedemann/unterscheidungszeichen (CC0, Wikipedia, as of 2023, not checked
 * against the KBA list); see `reference/validators.md` ("kfzKennzeichen").
 * Not confirmed: whether the E or H counts toward the 8 characters (here it does not). Not checked: the Länder's
 * administrative ban on combinations such as HJ, KZ, NS, SA, SS, and whether a plate is assigned.
 *
 * Input: one "-" or space between the Unterscheidungszeichen and the letters (required: "FAB 123" is ambiguous),
 * at most one between the letters and the number and before the suffix ("F-AB123", "F AB 123 E"); letters are
 * case-insensitive (ASCII a-z and ä, ö, ü only; no other folding). The value and display form is
 * "F-AB 123" (hyphen after the Unterscheidungszeichen, space before the number, suffix attached: "F-AB 123E"),
 * the way plates are written in forms and registration documents.
 *
 * Order of checks: empty, invalid_characters, special_plate (before the structure, because special plates have
 * digits-only numbers), invalid_format (groups and separators), too_long (more than 8 letters and digits),
 * invalid_format (group lengths, umlauts in the Erkennungsnummer, leading zero, suffix), unknown_code.
 */
import type { z } from "zod";
import { failure } from "../core/issues.js";
import { trimAsciiWhitespace } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { upperGerman } from "./letters.js";
import { type KfzKennzeichenIssueCode, kfzKennzeichenMessages } from "./messages.js";
import { UNTERSCHEIDUNGSZEICHEN } from "./unterscheidungszeichen.js";

/** A validated, normalised Kfz-Kennzeichen such as `"F-AB 123"` or `"MÜ-X 1H"`. */
export type KfzKennzeichen = string & { readonly __brand: "KfzKennzeichen" };

/** Unterscheidungszeichen of special plates with digits-only numbers (FZV § 9 Abs. 1). */
export const SPECIAL_SIGNS: readonly string[] = ["BD", "BP", "BW", "THW", "X", "Y"];

const MAX_CHARACTERS = 8;
const MAX_RUNS = 4;

let districtCodes: Set<string> | undefined;

/** The accepted Unterscheidungszeichen (the list without the special signs); built on first use. */
function isDistrictCode(code: string): boolean {
  if (districtCodes === undefined) {
    districtCodes = new Set(UNTERSCHEIDUNGSZEICHEN.filter((listed) => !SPECIAL_SIGNS.includes(listed)));
  }
  return districtCodes.has(code);
}

type CharacterClass = "letter" | "digit" | "separator" | "other";

function classOf(character: string): CharacterClass {
  const charCode = character.charCodeAt(0);
  if (charCode >= 0x41 && charCode <= 0x5a) return "letter";
  if (character === "Ä" || character === "Ö" || character === "Ü") return "letter";
  if (charCode >= 0x30 && charCode <= 0x39) return "digit";
  if (character === "-" || character === " ") return "separator";
  return "other";
}

interface Run {
  text: string;
  letters: boolean;
  /** Separators between the previous run (or the start) and this one. */
  separatorsBefore: number;
}

/**
 * Splits the folded value into runs of letters and of digits with the number of separators before each; undefined
 * when there are more than 4 runs or separators at the end (neither can be a plate), so it stops early on any input.
 * Expects only letters, digits and separators.
 */
function splitRuns(value: string): Run[] | undefined {
  const runs: Run[] = [];
  let separators = 0;
  let index = 0;
  while (index < value.length) {
    const kind = classOf(value[index] ?? "");
    if (kind === "separator") {
      separators++;
      index++;
      continue;
    }
    const start = index;
    while (index < value.length && classOf(value[index] ?? "") === kind) index++;
    runs.push({ text: value.slice(start, index), letters: kind === "letter", separatorsBefore: separators });
    separators = 0;
    if (runs.length > MAX_RUNS) return undefined;
  }
  return separators === 0 ? runs : undefined;
}

function hasOnlyPlateCharacters(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    if (classOf(value[index] ?? "") === "other") return false;
  }
  return true;
}

function isAsciiLetters(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const charCode = text.charCodeAt(index);
    if (charCode < 0x41 || charCode > 0x5a) return false;
  }
  return true;
}

/** The first run of letters, before any separator or digit (used to recognise special plates early). */
function leadingLetters(value: string): string {
  let end = 0;
  while (end < value.length && classOf(value[end] ?? "") === "letter") end++;
  return value.slice(0, end);
}

type Checked = { problem: KfzKennzeichenIssueCode } | { value: KfzKennzeichen };

function check(input: string): Checked {
  const value = upperGerman(trimAsciiWhitespace(input));
  if (value.length === 0) return { problem: "empty" };
  if (!hasOnlyPlateCharacters(value)) return { problem: "invalid_characters" };
  if (SPECIAL_SIGNS.includes(leadingLetters(value))) return { problem: "special_plate" };
  const runs = splitRuns(value);
  const [district, letters, number, suffix] = runs ?? [];
  if (
    district === undefined ||
    letters === undefined ||
    number === undefined ||
    !district.letters ||
    district.separatorsBefore !== 0 ||
    !letters.letters ||
    letters.separatorsBefore !== 1 ||
    number.letters ||
    number.separatorsBefore > 1 ||
    (suffix !== undefined && (!suffix.letters || suffix.separatorsBefore > 1))
  ) {
    return { problem: "invalid_format" };
  }
  if (district.text.length + letters.text.length + number.text.length > MAX_CHARACTERS) return { problem: "too_long" };
  if (
    district.text.length > 3 ||
    letters.text.length > 2 ||
    !isAsciiLetters(letters.text) ||
    number.text.length > 4 ||
    number.text.charCodeAt(0) === 0x30 ||
    (suffix !== undefined && suffix.text !== "E" && suffix.text !== "H")
  ) {
    return { problem: "invalid_format" };
  }
  if (!isDistrictCode(district.text)) return { problem: "unknown_code" };
  return { value: `${district.text}-${letters.text} ${number.text}${suffix?.text ?? ""}` as KfzKennzeichen };
}

/**
 * The normalised form ("f ab123" → "F-AB 123") when the input has the shape of a plate; otherwise the input
 * trimmed and with its letters upper-cased.
 */
export function normalize(input: string): string {
  const checked = check(input);
  return "value" in checked ? checked.value : upperGerman(trimAsciiWhitespace(input));
}

/** Checks a Kfz-Kennzeichen and returns it normalised, or the first problem with a stable code. */
export function validate(
  input: string,
  options: ValidateOptions<KfzKennzeichenIssueCode> = {},
): ValidationResult<KfzKennzeichen> {
  const checked = check(input);
  if ("problem" in checked) return failure(checked.problem, kfzKennzeichenMessages, options);
  return { ok: true, value: checked.value };
}

/** Boolean fast path of `validate`. */
export function isValid(input: string): boolean {
  return "value" in check(input);
}

/** Display form: "F-AB 123" (the value). */
export function format(input: string): string {
  return normalize(input);
}

/** The Unterscheidungszeichen of a valid plate, e.g. `"MÜ"` for "mü-x 1"; undefined for invalid input. */
export function unterscheidungszeichenOf(input: string): string | undefined {
  const checked = check(input);
  return "value" in checked ? checked.value.slice(0, checked.value.indexOf("-")) : undefined;
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: ValidateOptions<KfzKennzeichenIssueCode> = {}): z.ZodType<KfzKennzeichen, string> {
  return schemaFromValidator(validate, options);
}
