import type { ValidatorKind } from "../core/kind.js";
import { type PersonalausweisnummerIssueCode, personalausweisnummerMessages } from "./messages.js";
import {
  format,
  isValid,
  normalize,
  type Personalausweisnummer,
  type PersonalausweisnummerOptions,
  schema,
  serialOf,
  validate,
  withCheckDigit,
} from "./personalausweisnummer.js";

export type { Personalausweisnummer, PersonalausweisnummerIssueCode, PersonalausweisnummerOptions };

/** The shared API plus the serial-number helpers. */
export interface PersonalausweisnummerKind
  extends ValidatorKind<Personalausweisnummer, PersonalausweisnummerIssueCode, PersonalausweisnummerOptions> {
  serialOf(input: string): string | undefined;
  withCheckDigit(input: string): Personalausweisnummer | undefined;
}

/**
 * Serial number of the German identity card since November 2010: `personalausweisnummer.validate("T22000129")`;
 * `personalausweisnummer.validate(input, { requireCheckDigit: true })` also demands the MRZ check digit.
 * Beyond the shared API: `serialOf(input)` gives the 9 characters without check digit, `withCheckDigit(input)` the
 * 10-character form (both undefined for invalid input).
 */
export const personalausweisnummer = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: personalausweisnummerMessages,
  serialOf,
  withCheckDigit,
} satisfies PersonalausweisnummerKind;

/** Ready-made zod schema (check digit optional, German messages); use `personalausweisnummer.schema()` for others. */
export const personalausweisnummerSchema = /* @__PURE__ */ schema();
