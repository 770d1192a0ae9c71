import type { ValidatorKind } from "../core/kind.js";
import { type ReisepassnummerIssueCode, reisepassnummerMessages } from "./messages.js";
import {
  format,
  isValid,
  normalize,
  type Reisepassnummer,
  type ReisepassnummerOptions,
  schema,
  serialOf,
  validate,
  withCheckDigit,
} from "./reisepassnummer.js";

export type { Reisepassnummer, ReisepassnummerIssueCode, ReisepassnummerOptions };

/** The shared API plus the serial-number helpers. */
export interface ReisepassnummerKind
  extends ValidatorKind<Reisepassnummer, ReisepassnummerIssueCode, ReisepassnummerOptions> {
  serialOf(input: string): string | undefined;
  withCheckDigit(input: string): Reisepassnummer | undefined;
}

/**
 * Serial number of the German passport: `reisepassnummer.validate("C01X00T478")`;
 * `reisepassnummer.validate(input, { requireCheckDigit: true })` also demands the MRZ check digit.
 * Beyond the shared API: `serialOf(input)` gives the 9 characters without check digit, `withCheckDigit(input)` the
 * 10-character form (both undefined for invalid input).
 */
export const reisepassnummer = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: reisepassnummerMessages,
  serialOf,
  withCheckDigit,
} satisfies ReisepassnummerKind;

/** Ready-made zod schema (check digit optional, German messages); use `reisepassnummer.schema()` for others. */
export const reisepassnummerSchema = /* @__PURE__ */ schema();
