/**
 * Steuernummer (St.-Nr.): the number a Finanzamt assigns to a taxpayer, per Land.
 *
 * Rule (format only): the regional form has 10 or 11 ASCII digits in the layout of its Land, the
 * bundeseinheitliche form 13 digits: the 4-digit Bundesfinanzamtsnummer (starting with the Land prefix),
 * a "0", then Bezirk, Unterscheidungsnummer and Prüfziffer. The layouts are in `laender.ts`.
 * Hessen: `0FF BBB UUUUP` regionally, `26FF0BBBUUUUP` bundeseinheitlich.
 * Separators: ASCII space and "/" ("013 815 08153", "13/815/08153").
 *
 * The check digit is NOT validated: the Länder use several methods (weighted mod 11 variants, some involving
 * the Finanzamt number) that are published only to ELSTER developers; no authoritative public text was found.
 * Nor is it checked that a Finanzamt number exists (that needs ELSTER data). A number that passes here is
 * well-formed, not necessarily issued.
 *
 * The regional layouts overlap: every 10-digit number fits BW, BE, HB, HH, NI, RP and SH alike, and every
 * 11-digit number fits BY and NW (plus BB, HE, MV, SL after a leading 0, SN after a 2, ST and TH after a 1).
 * So the Land can be read only from the 13-digit form; with `land` the layout of that Land is checked.
 *
 * Sources: python-stdnum `stdnum/de/stnr.py` and `tests/test_de_stnr.doctest`; see `reference/validators.md`
 * ("steuernummer"). Order of checks: empty, invalid_characters, too_short / too_long, invalid_format,
 * unknown_code, land_mismatch.
 */
import type { z } from "zod";
import { createIssue, failure } from "../core/issues.js";
import { isAsciiDigits, removeSeparators, trimAsciiWhitespace } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import {
  type Bundesland,
  finanzamtDigits,
  isBundesland,
  LAENDER,
  LAYOUTS,
  type Layout,
  landOfBundeseinheitlich,
  regionalLength,
} from "./laender.js";
import { type SteuernummerIssueCode, steuernummerMessages } from "./messages.js";

/** A validated Steuernummer as compact digits, regional (`"01381508153"`) or bundeseinheitlich (`"2613081508153"`). */
export type Steuernummer = string & { readonly __brand: "Steuernummer" };

export interface SteuernummerOptions extends ValidateOptions<SteuernummerIssueCode> {
  /** The Land whose regional layout the number must have (its 13-digit form is accepted too). */
  land?: Bundesland;
}

const MIN_LENGTH = 10;
const BUNDESEINHEITLICH_LENGTH = 13;
/** Position of the "0" between the Bundesfinanzamtsnummer and the Bezirk in the 13-digit form. */
const BUNDESEINHEITLICH_ZERO = 4;

/** Compact form: surrounding ASCII whitespace, inner ASCII spaces and "/" removed. */
export function normalize(input: string): string {
  return removeSeparators(trimAsciiWhitespace(input), " /");
}

function layoutOf(land: string): Layout {
  if (!isBundesland(land)) throw new TypeError(`Unknown Bundesland "${land}"; expected one of ${LAENDER.join(", ")}`);
  return LAYOUTS[land];
}

function matchesRegional(value: string, layout: Layout): boolean {
  return value.length === regionalLength(layout) && value.startsWith(layout.lead);
}

/** The first problem of a normalised value, or undefined when it is well-formed (for `land`, if given). */
function firstProblem(value: string, land: Bundesland | undefined): SteuernummerIssueCode | undefined {
  if (value.length === 0) return "empty";
  if (!isAsciiDigits(value)) return "invalid_characters";
  if (value.length < MIN_LENGTH) return "too_short";
  if (value.length > BUNDESEINHEITLICH_LENGTH) return "too_long";
  if (value.length === BUNDESEINHEITLICH_LENGTH) {
    if (value[BUNDESEINHEITLICH_ZERO] !== "0") return "invalid_format";
    const found = landOfBundeseinheitlich(value);
    if (!found) return "unknown_code";
    return land && found !== land ? "land_mismatch" : undefined;
  }
  // 12 digits fit neither a regional nor the bundeseinheitliche form.
  if (value.length > 11) return "invalid_format";
  // Without a Land every 10- or 11-digit number fits some regional layout (BW etc. / BY and NW).
  return land && !matchesRegional(value, LAYOUTS[land]) ? "land_mismatch" : undefined;
}

/**
 * Checks the format of a Steuernummer and returns its compact digits, or the first issue with a stable code.
 * The check digit is not validated (see the module comment). Throws a TypeError for an unknown `land` code.
 */
export function validate(input: string, options: SteuernummerOptions = {}): ValidationResult<Steuernummer> {
  const land = options.land;
  if (land !== undefined) layoutOf(land);
  const value = normalize(input);
  const problem = firstProblem(value, land);
  if (problem === "land_mismatch" && land !== undefined) {
    const layout = LAYOUTS[land];
    const params = {
      land: layout.name[options.locale ?? "de"],
      length: regionalLength(layout),
      example: layout.example,
    };
    return { ok: false, issues: [createIssue(problem, steuernummerMessages, options, params)] };
  }
  if (problem) return failure(problem, steuernummerMessages, options);
  return { ok: true, value: value as Steuernummer };
}

/** Boolean fast path of `validate` (with an optional Land). Throws a TypeError for an unknown `land` code. */
export function isValid(input: string, land?: Bundesland): boolean {
  if (land !== undefined) layoutOf(land);
  return firstProblem(normalize(input), land) === undefined;
}

/**
 * The Länder whose layout the number has: exactly one for a 13-digit number (its prefix names it), all
 * candidates for a regional number (e.g. `["BY", "NW"]` for "181/815/08155"), none for a malformed one.
 */
export function detectLand(input: string): Bundesland[] {
  const value = normalize(input);
  if (firstProblem(value, undefined) !== undefined) return [];
  if (value.length === BUNDESEINHEITLICH_LENGTH) {
    const land = landOfBundeseinheitlich(value);
    return land ? [land] : [];
  }
  return LAENDER.filter((land) => matchesRegional(value, LAYOUTS[land]));
}

/**
 * The 13-digit bundeseinheitliche form of a regional number of `land`: the Land prefix and the Finanzamt
 * digits, a "0", then Bezirk, Unterscheidungsnummer and Prüfziffer (a leading 0, 1 or 2 of the regional form
 * is dropped). A 13-digit number of that Land is returned compact; anything that does not fit `land` gives
 * undefined. Throws a TypeError for an unknown `land` code.
 */
export function toBundeseinheitlich(input: string, land: Bundesland): string | undefined {
  const layout = layoutOf(land);
  const value = normalize(input);
  if (firstProblem(value, land) !== undefined) return undefined;
  if (value.length === BUNDESEINHEITLICH_LENGTH) return value;
  const afterLead = value.slice(layout.lead.length);
  const finanzamt = afterLead.slice(0, finanzamtDigits(layout));
  return `${layout.prefix}${finanzamt}0${afterLead.slice(finanzamt.length)}`;
}

/**
 * The regional form of a 13-digit bundeseinheitliche Steuernummer (compact digits), or undefined for any
 * other input. The reverse of `toBundeseinheitlich`: the Land is read from the prefix.
 */
export function toRegional(input: string): string | undefined {
  const value = normalize(input);
  if (value.length !== BUNDESEINHEITLICH_LENGTH || firstProblem(value, undefined) !== undefined) return undefined;
  const land = landOfBundeseinheitlich(value);
  if (!land) return undefined;
  const layout = LAYOUTS[land];
  return `${layout.lead}${value.slice(layout.prefix.length, BUNDESEINHEITLICH_ZERO)}${value.slice(BUNDESEINHEITLICH_ZERO + 1)}`;
}

/**
 * Display form. With `land`, a regional number is written the way that Land writes it ("013 815 08153" in
 * Hessen, "181/815/08155" in Bayern, "133/8150/8159" in NRW). Without a Land, and for the 13-digit form,
 * the compact digits: the regional layouts are shared by Länder that group them differently, so any
 * grouping would be a guess. Never throws; input that is not valid (for `land`) is returned compact.
 */
export function format(input: string, land?: Bundesland): string {
  const value = normalize(input);
  if (land === undefined || !isBundesland(land) || value.length === BUNDESEINHEITLICH_LENGTH) return value;
  if (firstProblem(value, land) !== undefined) return value;
  const layout = LAYOUTS[land];
  const parts: string[] = [];
  let start = 0;
  for (const size of layout.groups) {
    parts.push(value.slice(start, start + size));
    start += size;
  }
  return parts.join(layout.separator);
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: SteuernummerOptions = {}): z.ZodType<Steuernummer, string> {
  if (options.land !== undefined) layoutOf(options.land);
  return schemaFromValidator(validate, options);
}
