/**
 * Amtlicher Regionalschlüssel (ARS): the official regional key of a German municipality, which extends the
 * Amtlicher Gemeindeschlüssel (AGS) by the Gemeindeverband.
 *
 * Rule: 12 digits = Kennzahl des Landes (2, 01-16) + Regierungsbezirk (1) + Kreis (2) + Gemeindeverband (4) +
 * Gemeinde (3). The AGS is Land + Regierungsbezirk + Kreis + Gemeinde (Fulda: ARS 066310009009, AGS 06631009).
 * Only the form and the Land code are checked: whether a key exists needs the Destatis Gemeindeverzeichnis
 * (GV-ISys file), which is not shipped.
 * Source: Destatis, Gemeindeverzeichnis-Informationssystem (GV-ISys), "Amtlicher Regionalschlüssel";
 * see `reference/validators.md` ("ags / ars").
 *
 * Separator: ASCII space (grouped forms such as "06 6 31 0009 009" can be pasted). The value and the display
 * form are the 12 digits without spaces, as in the Destatis files and XÖV code lists.
 */
import type { z } from "zod";
import type { Ags } from "../ags/ags.js";
import { isLandCode, landKeyProblem } from "../ags/land.js";
import { failure } from "../core/issues.js";
import { isAsciiDigits, removeSeparators, trimAsciiWhitespace } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { type ArsIssueCode, arsMessages } from "./messages.js";

/** A validated, normalised Amtlicher Regionalschlüssel such as `"066310009009"` (Fulda). */
export type Ars = string & { readonly __brand: "Ars" };

/** The parts of an ARS, each as the digits written in the key. */
export interface ArsParts {
  /** Kennzahl des Landes, e.g. `"06"` (Hessen). */
  land: string;
  /** Regierungsbezirk, e.g. `"6"` (Kassel); `"0"` in Länder without Regierungsbezirke. */
  regierungsbezirk: string;
  /** Kreis within the Regierungsbezirk, e.g. `"31"` (Landkreis Fulda). */
  kreis: string;
  /** Gemeindeverband, e.g. `"0009"`; `"0000"` for a kreisfreie Stadt. */
  gemeindeverband: string;
  /** Gemeinde, e.g. `"009"` (Fulda). */
  gemeinde: string;
}

const LENGTH = 12;

/** Compact form: surrounding ASCII whitespace and inner ASCII spaces removed. */
export function normalize(input: string): string {
  return removeSeparators(trimAsciiWhitespace(input), " ");
}

/** Checks an ARS and returns it normalised, or the first problem with a stable code. */
export function validate(input: string, options: ValidateOptions<ArsIssueCode> = {}): ValidationResult<Ars> {
  const value = normalize(input);
  const problem = landKeyProblem(value, LENGTH);
  if (problem) return failure(problem, arsMessages, options);
  return { ok: true, value: value as Ars };
}

/** Boolean fast path of `validate`. */
export function isValid(input: string): boolean {
  const value = normalize(input);
  return value.length === LENGTH && isAsciiDigits(value) && isLandCode(value.slice(0, 2));
}

/** Display form: the 12 digits without spaces. */
export function format(input: string): string {
  return normalize(input);
}

/** The Land, Regierungsbezirk, Kreis, Gemeindeverband and Gemeinde of a valid ARS; undefined for invalid input. */
export function partsOf(input: string): ArsParts | undefined {
  if (!isValid(input)) return undefined;
  const value = normalize(input);
  return {
    land: value.slice(0, 2),
    regierungsbezirk: value.slice(2, 3),
    kreis: value.slice(3, 5),
    gemeindeverband: value.slice(5, 9),
    gemeinde: value.slice(9),
  };
}

/**
 * The AGS inside a valid ARS (Land + Regierungsbezirk + Kreis + Gemeinde, the Gemeindeverband left out);
 * undefined for invalid input. `toAgs("066310009009")` is `"06631009"`.
 */
export function toAgs(input: string): Ags | undefined {
  if (!isValid(input)) return undefined;
  const value = normalize(input);
  return (value.slice(0, 5) + value.slice(9)) as Ags;
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: ValidateOptions<ArsIssueCode> = {}): z.ZodType<Ars, string> {
  return schemaFromValidator(validate, options);
}
