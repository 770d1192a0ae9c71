import type { ValidatorKind } from "../core/kind.js";
import { type PostleitzahlIssueCode, postleitzahlMessages } from "./messages.js";
import { format, isValid, normalize, type Postleitzahl, schema, validate } from "./postleitzahl.js";

export type { Postleitzahl, PostleitzahlIssueCode };

/** Postleitzahl, the German postcode: `postleitzahl.validate("35390")`. */
export const postleitzahl = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: postleitzahlMessages,
} satisfies ValidatorKind<Postleitzahl, PostleitzahlIssueCode>;

/** Ready-made zod schema for a Postleitzahl with German messages; use `postleitzahl.schema()` for others. */
export const postleitzahlSchema = /* @__PURE__ */ schema();
