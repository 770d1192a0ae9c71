import type { ValidatorKind } from "../core/kind.js";
import { type UstIdNrIssueCode, ustIdNrMessages } from "./messages.js";
import { format, isValid, normalize, schema, type UstIdNr, validate } from "./ust-id-nr.js";

export type { UstIdNr, UstIdNrIssueCode };

/** Umsatzsteuer-Identifikationsnummer of Germany: `ustIdNr.validate("DE 136 695 976")`. */
export const ustIdNr = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: ustIdNrMessages,
} satisfies ValidatorKind<UstIdNr, UstIdNrIssueCode>;

/** Ready-made zod schema for a German USt-IdNr with German messages; use `ustIdNr.schema()` for others. */
export const ustIdNrSchema = /* @__PURE__ */ schema();
