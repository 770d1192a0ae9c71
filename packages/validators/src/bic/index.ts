import type { ValidatorKind } from "../core/kind.js";
import { type Bic, format, isValid, normalize, schema, validate } from "./bic.js";
import { type BicIssueCode, bicMessages } from "./messages.js";

export type { Bic, BicIssueCode };

/** BIC (ISO 9362, "SWIFT code") of a bank: `bic.validate("COBADEFFXXX")`. */
export const bic = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: bicMessages,
} satisfies ValidatorKind<Bic, BicIssueCode>;

/** Ready-made zod schema for a BIC with German messages; use `bic.schema()` for others. */
export const bicSchema = /* @__PURE__ */ schema();
