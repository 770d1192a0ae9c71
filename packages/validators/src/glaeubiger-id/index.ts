import type { ValidatorKind } from "../core/kind.js";
import { format, type GlaeubigerId, isValid, normalize, schema, validate } from "./glaeubiger-id.js";
import { type GlaeubigerIdIssueCode, glaeubigerIdMessages } from "./messages.js";

export type { GlaeubigerId, GlaeubigerIdIssueCode };

/**
 * Gläubiger-Identifikationsnummer, the German SEPA Creditor Identifier (MOD 97-10):
 * `glaeubigerId.validate("DE98ZZZ09999999999")`.
 */
export const glaeubigerId = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: glaeubigerIdMessages,
} satisfies ValidatorKind<GlaeubigerId, GlaeubigerIdIssueCode>;

/** Ready-made zod schema for a Gläubiger-ID with German messages; use `glaeubigerId.schema()` for others. */
export const glaeubigerIdSchema = /* @__PURE__ */ schema();
