/**
 * Registergericht: the Amtsgericht that keeps the register a Registernummer belongs to, entered as its own field
 * (e.g. "Gießen" or "Amtsgericht Gießen").
 *
 * Rule: a name of letters (A-Z, Ä Ö Ü ä ö ü ß), spaces, hyphens, dots, slashes and brackets, at most 60
 * characters, NFC-normalised (input from macOS/iOS may arrive decomposed); a leading "Amtsgericht" or "AG" is
 * dropped. By default the court must be one of the known Registergerichte (`registergerichte.ts`); it is
 * compared without case, spaces, punctuation and with ä/ö/ü/ß equal to ae/oe/ue/ss, and the value is the court's
 * listed name ("amtsgericht giessen" → "Gießen"). With `knownCourtsOnly: false` only the form is checked and
 * the value is the name as entered (prefix dropped, runs of spaces collapsed).
 * Source of the court list: python-stdnum `stdnum/de/handelsregisternummer.py`; see `registergerichte.ts`.
 */
import { failure } from "../core/issues.js";
import { trimAsciiWhitespace, upperAscii } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { type RegistergerichtIssueCode, registergerichtMessages } from "./messages.js";
import { REGISTERGERICHT_ALIASES, REGISTERGERICHTE } from "./registergerichte.js";

/** A validated Registergericht, such as `"Gießen"` or `"Berlin (Charlottenburg)"`. */
export type Registergericht = string & { readonly __brand: "Registergericht" };

export interface RegistergerichtOptions extends ValidateOptions<RegistergerichtIssueCode> {
  /** Accept only the known Registergerichte (default `true`); `false` checks the form of the name only. */
  knownCourtsOnly?: boolean;
}

const MAX_LENGTH = 60;
/** Beyond this, input is rejected before NFC normalisation does any work. */
const FAR_TOO_LONG = 1_000;
const COURT_PREFIXES = ["AMTSGERICHT", "AG"];

/** Letters of German place names and the punctuation of the listed names (Frankfurt/Oder, Weiden i. d. OPf.). */
function isCourtCharacter(character: string): boolean {
  const charCode = character.charCodeAt(0);
  if ((charCode >= 0x41 && charCode <= 0x5a) || (charCode >= 0x61 && charCode <= 0x7a)) return true;
  return "ÄÖÜäöüß -./()".includes(character);
}

const UMLAUT_SPELLINGS: Readonly<Record<string, string>> = {
  Ä: "ae",
  ä: "ae",
  Ö: "oe",
  ö: "oe",
  Ü: "ue",
  ü: "ue",
  ß: "ss",
};

/** Comparison key of a court name: lower-case ASCII letters only, umlauts and ß spelt out. */
function courtKey(name: string): string {
  let key = "";
  for (const character of name) {
    const charCode = character.charCodeAt(0);
    if (charCode >= 0x61 && charCode <= 0x7a) key += character;
    else if (charCode >= 0x41 && charCode <= 0x5a) key += String.fromCharCode(charCode + 0x20);
    else key += UMLAUT_SPELLINGS[character] ?? "";
  }
  return key;
}

let courtIndex: Map<string, string> | undefined;

/** Key → listed name, for the listed names and their aliases; built on first use, so importing costs nothing. */
function courtsByKey(): Map<string, string> {
  if (courtIndex === undefined) {
    courtIndex = new Map(REGISTERGERICHTE.map((name) => [courtKey(name), name]));
    for (const [alias, name] of Object.entries(REGISTERGERICHT_ALIASES)) courtIndex.set(courtKey(alias), name);
  }
  return courtIndex;
}

/** The listed name of a court written in any of the accepted spellings, or undefined. */
export function knownRegistergericht(name: string): string | undefined {
  return courtsByKey().get(courtKey(name));
}

/** Words of the name with runs of spaces collapsed and a leading "Amtsgericht" or "AG" dropped. */
function withoutPrefix(name: string): string {
  const words = name.split(" ").filter((word) => word !== "");
  if (words.length > 1 && COURT_PREFIXES.includes(upperAscii(words[0] ?? ""))) words.shift();
  return words.join(" ");
}

type Checked = { problem: RegistergerichtIssueCode } | { value: Registergericht };

function check(input: string, knownCourtsOnly: boolean): Checked {
  const trimmed = trimAsciiWhitespace(input);
  if (trimmed.length === 0) return { problem: "empty" };
  if (trimmed.length > FAR_TOO_LONG) return { problem: "too_long" };
  const name = trimmed.normalize("NFC");
  for (const character of name) if (!isCourtCharacter(character)) return { problem: "invalid_characters" };
  if (name.length > MAX_LENGTH) return { problem: "too_long" };
  const court = withoutPrefix(name);
  if (!knownCourtsOnly) return { value: court as Registergericht };
  const listed = knownRegistergericht(court);
  return listed === undefined ? { problem: "unknown_code" } : { value: listed as Registergericht };
}

/** Checks a Registergericht and returns its listed name (or, without the list check, the name as entered). */
export function validateRegistergericht(
  input: string,
  options: RegistergerichtOptions = {},
): ValidationResult<Registergericht> {
  const checked = check(input, options.knownCourtsOnly ?? true);
  if ("value" in checked) return { ok: true, value: checked.value };
  return failure(checked.problem, registergerichtMessages, options);
}
