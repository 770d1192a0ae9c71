import type { ValidatorKind } from "../core/kind.js";
import { type Email, format, isValid, normalize, schema, toAscii, validate } from "./email.js";
import { type EmailIssueCode, emailMessages } from "./messages.js";

export type { Email, EmailIssueCode };

/** The shared API plus the conversion of the domain to its ASCII form. */
export interface EmailKind extends ValidatorKind<Email, EmailIssueCode> {
  toAscii(input: string): string;
}

/**
 * Email address per the HTML `<input type="email">` rule, with internationalised domains:
 * `email.validate("info@gießen.de")` gives `"info@gießen.de"`. Beyond the shared API, `toAscii(input)` gives
 * the address with its domain in ASCII (Punycode) form, `"info@xn--gieen-nqa.de"`, for sending and comparing.
 */
export const email = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: emailMessages,
  toAscii,
} satisfies EmailKind;

/** Ready-made zod schema for an email address with German messages; use `email.schema()` for others. */
export const emailSchema = /* @__PURE__ */ schema();
