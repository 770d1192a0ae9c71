import type { ValidatorKind } from "../core/kind.js";
import { type Bankleitzahl, format, isValid, normalize, schema, validate } from "./bankleitzahl.js";
import { type BankleitzahlIssueCode, bankleitzahlMessages } from "./messages.js";

export type { Bankleitzahl, BankleitzahlIssueCode };

/** Bankleitzahl, the German bank sort code (format only): `bankleitzahl.validate("370 400 44")`. */
export const bankleitzahl = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: bankleitzahlMessages,
} satisfies ValidatorKind<Bankleitzahl, BankleitzahlIssueCode>;

/** Ready-made zod schema for a Bankleitzahl with German messages; use `bankleitzahl.schema()` for others. */
export const bankleitzahlSchema = /* @__PURE__ */ schema();
