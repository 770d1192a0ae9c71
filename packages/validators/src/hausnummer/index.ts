import type { ValidatorKind } from "../core/kind.js";
import { format, type Hausnummer, isValid, normalize, schema, validate } from "./hausnummer.js";
import { type HausnummerIssueCode, hausnummerMessages } from "./messages.js";

export type { Hausnummer, HausnummerIssueCode };

/** Hausnummer, the house number of a postal address: `hausnummer.validate("12a")`. */
export const hausnummer = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: hausnummerMessages,
} satisfies ValidatorKind<Hausnummer, HausnummerIssueCode>;

/** Ready-made zod schema for a house number with German messages. */
export const hausnummerSchema = /* @__PURE__ */ schema();
