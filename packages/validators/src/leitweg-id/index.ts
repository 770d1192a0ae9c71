import type { ValidatorKind } from "../core/kind.js";
import { format, isValid, type LeitwegId, normalize, schema, validate } from "./leitweg-id.js";
import { type LeitwegIdIssueCode, leitwegIdMessages } from "./messages.js";

export type { LeitwegId, LeitwegIdIssueCode };

/**
 * Leitweg-ID, the routing identifier for electronic invoices to public bodies (KoSIT format 2.0.2, MOD 97-10):
 * `leitwegId.validate("991-03730-19")`. The hyphens are part of the ID and stay in the value.
 */
export const leitwegId = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: leitwegIdMessages,
} satisfies ValidatorKind<LeitwegId, LeitwegIdIssueCode>;

/** Ready-made zod schema for a Leitweg-ID with German messages; use `leitwegId.schema()` for others. */
export const leitwegIdSchema = /* @__PURE__ */ schema();
