import type { ValidatorKind } from "../core/kind.js";
import type { ValidationResult } from "../core/types.js";
import {
  eintragSchema,
  type HandelsregisterEintrag,
  type HandelsregisterEintragInput,
  type HandelsregisterEintragOptions,
  validateWithCourt,
} from "./eintrag.js";
import {
  format,
  type Handelsregisternummer,
  isValid,
  normalize,
  type Registerart,
  registerartOf,
  schema,
  validate,
} from "./handelsregisternummer.js";
import {
  type HandelsregisternummerIssueCode,
  handelsregisternummerMessages,
  type RegistergerichtIssueCode,
  registergerichtMessages,
} from "./messages.js";
import { type Registergericht, type RegistergerichtOptions, validateRegistergericht } from "./registergericht.js";
import { REGISTERGERICHTE } from "./registergerichte.js";

export type {
  HandelsregisterEintrag,
  HandelsregisterEintragInput,
  HandelsregisterEintragOptions,
  Handelsregisternummer,
  HandelsregisternummerIssueCode,
  Registerart,
  Registergericht,
  RegistergerichtIssueCode,
  RegistergerichtOptions,
};

/** The shared API plus the register court and entry helpers. */
export interface HandelsregisternummerKind
  extends ValidatorKind<Handelsregisternummer, HandelsregisternummerIssueCode> {
  registerartOf(input: string): Registerart | undefined;
  validateCourt(input: string, options?: RegistergerichtOptions): ValidationResult<Registergericht>;
  validateWithCourt(
    input: HandelsregisterEintragInput,
    options?: HandelsregisterEintragOptions,
  ): ValidationResult<HandelsregisterEintrag>;
  eintragSchema(options?: HandelsregisterEintragOptions): ReturnType<typeof eintragSchema>;
  courts: readonly string[];
  courtMessages: typeof registergerichtMessages;
}

/**
 * Registernummer of the Handelsregister (HRA, HRB) and of the GnR, GsR, PR and VR registers, without the court:
 * `handelsregisternummer.validate("hrb12345 b")` gives "HRB 12345 B".
 * Beyond the shared API: `registerartOf(input)` gives the register type; `validateCourt(input, options)` checks a
 * Registergericht field against the known register courts (`courts`, messages in `courtMessages`);
 * `validateWithCourt({ court, number }, options)` and `eintragSchema(options)` check both fields of an entry,
 * with issues on `["court"]` and `["number"]`.
 */
export const handelsregisternummer = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: handelsregisternummerMessages,
  registerartOf,
  validateCourt: validateRegistergericht,
  validateWithCourt,
  eintragSchema,
  courts: REGISTERGERICHTE,
  courtMessages: registergerichtMessages,
} satisfies HandelsregisternummerKind;

/** Ready-made zod schema for a Registernummer with German messages; use `handelsregisternummer.schema()` for others. */
export const handelsregisternummerSchema = /* @__PURE__ */ schema();

/**
 * Ready-made zod schema for `{ court?, number }` (court optional, checked against the known Registergerichte) with
 * German messages; use `handelsregisternummer.eintragSchema(options)` for others.
 */
export const handelsregisterEintragSchema = /* @__PURE__ */ eintragSchema();
