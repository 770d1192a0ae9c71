import type { ValidatorKind } from "../core/kind.js";
import type { Bundesland } from "./laender.js";
import { type SteuernummerIssueCode, steuernummerMessages } from "./messages.js";
import {
  detectLand,
  format,
  isValid,
  normalize,
  type Steuernummer,
  type SteuernummerOptions,
  schema,
  toBundeseinheitlich,
  toRegional,
  validate,
} from "./steuernummer.js";

export type { Bundesland, Steuernummer, SteuernummerIssueCode, SteuernummerOptions };

/** The shared API plus the Steuernummer's Land helpers. */
export interface SteuernummerKind extends ValidatorKind<Steuernummer, SteuernummerIssueCode, SteuernummerOptions> {
  isValid(input: string, land?: Bundesland): boolean;
  format(input: string, land?: Bundesland): string;
  detectLand(input: string): Bundesland[];
  toBundeseinheitlich(input: string, land: Bundesland): string | undefined;
  toRegional(input: string): string | undefined;
}

/**
 * Steuernummer, the tax number assigned by a Finanzamt (format only: the Länder's check digits are not
 * validated): `steuernummer.validate("013 815 08153", { land: "HE" })`.
 * Beyond the shared API: `detectLand(input)` lists the candidate Länder, `toBundeseinheitlich(input, land)`
 * converts a regional number to the 13-digit form, `toRegional(input)` converts back, and `format` and
 * `isValid` take an optional Land as second argument.
 */
export const steuernummer = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: steuernummerMessages,
  detectLand,
  toBundeseinheitlich,
  toRegional,
} satisfies SteuernummerKind;

/** Ready-made zod schema for a Steuernummer of any Land with German messages; use `steuernummer.schema()` for others. */
export const steuernummerSchema = /* @__PURE__ */ schema();

/** Ready-made zod schema for a Hessian Steuernummer ("013 815 08153" or "2613081508153") with German messages. */
export const steuernummerHessenSchema = /* @__PURE__ */ schema({ land: "HE" });
