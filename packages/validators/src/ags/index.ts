import type { ValidatorKind } from "../core/kind.js";
import { type Ags, type AgsParts, format, isValid, normalize, partsOf, schema, validate } from "./ags.js";
import { type AgsIssueCode, agsMessages } from "./messages.js";

export type { Ags, AgsIssueCode, AgsParts };

/** The shared API plus the AGS's helper. */
export interface AgsKind extends ValidatorKind<Ags, AgsIssueCode> {
  partsOf(input: string): AgsParts | undefined;
}

/**
 * Amtlicher Gemeindeschlüssel, the 8-digit official municipality key (format and Land code only):
 * `ags.validate("06631009")`. Beyond the shared API: `partsOf(input)` splits a valid key into Land,
 * Regierungsbezirk, Kreis and Gemeinde (undefined for invalid input).
 */
export const ags = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: agsMessages,
  partsOf,
} satisfies AgsKind;

/** Ready-made zod schema for an AGS with German messages; use `ags.schema()` for others. */
export const agsSchema = /* @__PURE__ */ schema();
