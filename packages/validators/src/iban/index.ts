import type { Bankleitzahl } from "../bankleitzahl/bankleitzahl.js";
import type { ValidatorKind } from "../core/kind.js";
import {
  bankleitzahlOf,
  countryOf,
  format,
  type Iban,
  type IbanOptions,
  isValid,
  normalize,
  schema,
  validate,
} from "./iban.js";
import { type IbanIssueCode, ibanMessages } from "./messages.js";
import type { SepaCountry } from "./registry.js";

export type { Iban, IbanIssueCode, IbanOptions, SepaCountry };

/** The shared API plus the IBAN's helpers. */
export interface IbanKind extends ValidatorKind<Iban, IbanIssueCode, IbanOptions> {
  countryOf(input: string): SepaCountry | undefined;
  bankleitzahlOf(input: string): Bankleitzahl | undefined;
}

/**
 * IBAN of a SEPA country (ISO 13616, MOD 97-10): `iban.validate("DE89 3704 0044 0532 0130 00")`;
 * Beyond the shared API: `countryOf(input)` gives the country code of a valid IBAN, `bankleitzahlOf(input)` the
 * Bankleitzahl inside a valid German IBAN (both undefined for invalid input).
 */
export const iban = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: ibanMessages,
  countryOf,
  bankleitzahlOf,
} satisfies IbanKind;

/** Ready-made zod schema for an IBAN of any SEPA country with German messages; use `iban.schema()` for others. */
export const ibanSchema = /* @__PURE__ */ schema();
