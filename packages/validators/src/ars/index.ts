import type { Ags } from "../ags/ags.js";
import type { ValidatorKind } from "../core/kind.js";
import { type Ars, type ArsParts, format, isValid, normalize, partsOf, schema, toAgs, validate } from "./ars.js";
import { type ArsIssueCode, arsMessages } from "./messages.js";

export type { Ars, ArsIssueCode, ArsParts };

/** The shared API plus the ARS's helpers. */
export interface ArsKind extends ValidatorKind<Ars, ArsIssueCode> {
  partsOf(input: string): ArsParts | undefined;
  toAgs(input: string): Ags | undefined;
}

/**
 * Amtlicher Regionalschlüssel, the 12-digit official regional key (format and Land code only):
 * `ars.validate("066310009009")`. Beyond the shared API: `partsOf(input)` splits a valid key into Land,
 * Regierungsbezirk, Kreis, Gemeindeverband and Gemeinde, and `toAgs(input)` gives the 8-digit Amtlicher
 * Gemeindeschlüssel inside it (both undefined for invalid input).
 */
export const ars = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: arsMessages,
  partsOf,
  toAgs,
} satisfies ArsKind;

/** Ready-made zod schema for an ARS with German messages; use `ars.schema()` for others. */
export const arsSchema = /* @__PURE__ */ schema();
