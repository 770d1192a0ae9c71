import type { ValidatorKind } from "../core/kind.js";
import {
  format,
  isValid,
  type KfzKennzeichen,
  normalize,
  schema,
  unterscheidungszeichenOf,
  validate,
} from "./kfz-kennzeichen.js";
import { type KfzKennzeichenIssueCode, kfzKennzeichenMessages } from "./messages.js";

export type { KfzKennzeichen, KfzKennzeichenIssueCode };

/** The shared API plus the plate's helper. */
export interface KfzKennzeichenKind extends ValidatorKind<KfzKennzeichen, KfzKennzeichenIssueCode> {
  unterscheidungszeichenOf(input: string): string | undefined;
}

/**
 * Kfz-Kennzeichen, a German vehicle registration number (FZV; general plates, optionally with E or H):
 * `kfzKennzeichen.validate("f ab 123")` gives "F-AB 123". Beyond the shared API: `unterscheidungszeichenOf(input)`
 * gives the district code of a valid plate (undefined for invalid input).
 */
export const kfzKennzeichen = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: kfzKennzeichenMessages,
  unterscheidungszeichenOf,
} satisfies KfzKennzeichenKind;

/** Ready-made zod schema for a Kfz-Kennzeichen with German messages; use `kfzKennzeichen.schema()` for others. */
export const kfzKennzeichenSchema = /* @__PURE__ */ schema();
