import type { ValidatorKind } from "../core/kind.js";
import { type SteuerIdIssueCode, steuerIdMessages } from "./messages.js";
import { format, isValid, normalize, type SteuerId, schema, validate } from "./steuer-id.js";

export type { SteuerId, SteuerIdIssueCode };

/** Steuerliche Identifikationsnummer (IdNr, § 139b AO): `steuerId.validate("86 095 742 719")`. */
export const steuerId = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: steuerIdMessages,
} satisfies ValidatorKind<SteuerId, SteuerIdIssueCode>;

/** Ready-made zod schema for a Steuer-ID with German messages; use `steuerId.schema()` for others. */
export const steuerIdSchema = /* @__PURE__ */ schema();
