/**
 * Amtlicher Gemeindeschlüssel (AGS): the official key of a German municipality.
 *
 * Rule: 8 digits = Kennzahl des Landes (2, 01-16) + Regierungsbezirk (1, 0 where a Land has none) + Kreis (2) +
 * Gemeinde (3); a kreisfreie Stadt has Gemeinde 000 (Offenbach am Main 06413000), a city state is its own Land
 * (Berlin 11000000). Only the form and the Land code are checked: whether a key exists needs the Destatis
 * Gemeindeverzeichnis (GV-ISys file), which is not shipped.
 * Source: Destatis, Gemeindeverzeichnis-Informationssystem (GV-ISys), "Amtlicher Gemeindeschlüssel";
 * see `reference/validators.md` ("ags / ars").
 *
 * Separator: ASCII space, so the grouped form "06 6 31 009" (as reference works such as Wikipedia print it) can
 * be pasted. The value and the display form are the 8 digits without spaces: the form of the Destatis files and of
 * data exchange, where the key is one field; the grouping is a presentation of some reference works only.
 */
import type { z } from "zod";
import { failure } from "../core/issues.js";
import { isAsciiDigits, removeSeparators, trimAsciiWhitespace } from "../core/normalize.js";
import type { ValidateOptions, ValidationResult } from "../core/types.js";
import { schemaFromValidator } from "../core/zod.js";
import { isLandCode, landKeyProblem } from "./land.js";
import { type AgsIssueCode, agsMessages } from "./messages.js";

/** A validated, normalised Amtlicher Gemeindeschlüssel such as `"06631009"` (Fulda). */
export type Ags = string & { readonly __brand: "Ags" };

/** The parts of an AGS, each as the digits written in the key. */
export interface AgsParts {
  /** Kennzahl des Landes, e.g. `"06"` (Hessen). */
  land: string;
  /** Regierungsbezirk, e.g. `"6"` (Kassel); `"0"` in Länder without Regierungsbezirke. */
  regierungsbezirk: string;
  /** Kreis within the Regierungsbezirk, e.g. `"31"` (Landkreis Fulda). */
  kreis: string;
  /** Gemeinde within the Kreis, e.g. `"009"` (Fulda); `"000"` for a kreisfreie Stadt. */
  gemeinde: string;
}

const LENGTH = 8;

/** Compact form: surrounding ASCII whitespace and inner ASCII spaces removed. */
export function normalize(input: string): string {
  return removeSeparators(trimAsciiWhitespace(input), " ");
}

/** Checks an AGS and returns it normalised, or the first problem with a stable code. */
export function validate(input: string, options: ValidateOptions<AgsIssueCode> = {}): ValidationResult<Ags> {
  const value = normalize(input);
  const problem = landKeyProblem(value, LENGTH);
  if (problem) return failure(problem, agsMessages, options);
  return { ok: true, value: value as Ags };
}

/** Boolean fast path of `validate`. */
export function isValid(input: string): boolean {
  const value = normalize(input);
  return value.length === LENGTH && isAsciiDigits(value) && isLandCode(value.slice(0, 2));
}

/** Display form: the 8 digits without spaces (see the module comment for why). */
export function format(input: string): string {
  return normalize(input);
}

/** The Land, Regierungsbezirk, Kreis and Gemeinde of a valid AGS; undefined for invalid input. */
export function partsOf(input: string): AgsParts | undefined {
  if (!isValid(input)) return undefined;
  const value = normalize(input);
  return {
    land: value.slice(0, 2),
    regierungsbezirk: value.slice(2, 3),
    kreis: value.slice(3, 5),
    gemeinde: value.slice(5),
  };
}

/** A zod schema that normalises and reports the same codes and messages as `validate`. */
export function schema(options: ValidateOptions<AgsIssueCode> = {}): z.ZodType<Ags, string> {
  return schemaFromValidator(validate, options);
}
