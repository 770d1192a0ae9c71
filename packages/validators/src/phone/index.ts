import type { ValidatorKind } from "../core/kind.js";
import { type TelefonnummerIssueCode, telefonnummerMessages } from "./messages.js";
import {
  format,
  formatNational,
  isValid,
  normalize,
  numberType,
  type PhoneNumberType,
  schema,
  type Telefonnummer,
  type TelefonnummerOptions,
  type TelefonnummerType,
  validate,
} from "./telefonnummer.js";

export type { PhoneNumberType, Telefonnummer, TelefonnummerIssueCode, TelefonnummerOptions, TelefonnummerType };

/** The shared API plus the phone number's display and type helpers. */
export interface TelefonnummerKind extends ValidatorKind<Telefonnummer, TelefonnummerIssueCode, TelefonnummerOptions> {
  isValid(input: string, type?: TelefonnummerType): boolean;
  formatNational(input: string): string;
  numberType(input: string): PhoneNumberType | undefined;
}

/**
 * Telefonnummer, a German phone number, validated against libphonenumber's German metadata:
 * `telefonnummer.validate("0641 30600")` gives `"+4964130600"`; `{ type: "mobile" }` requires a mobile number.
 * Beyond the shared API: `isValid(input, type)` takes the required type, `formatNational(input)` gives
 * `"0641 30600"`, and `numberType(input)` gives libphonenumber's type (`"MOBILE"`, `"FIXED_LINE"`, ...).
 * This kind lives in its own entry point, `@digitale-kommune/validators/phone`, because the metadata is large.
 */
export const telefonnummer = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: telefonnummerMessages,
  formatNational,
  numberType,
} satisfies TelefonnummerKind;

/** Ready-made zod schema for a German phone number of any type with German messages; use `telefonnummer.schema()` for others. */
export const telefonnummerSchema = /* @__PURE__ */ schema();
