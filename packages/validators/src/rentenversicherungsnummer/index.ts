import type { ValidatorKind } from "../core/kind.js";
import { type RentenversicherungsnummerIssueCode, rentenversicherungsnummerMessages } from "./messages.js";
import {
  format,
  isValid,
  normalize,
  type Rentenversicherungsnummer,
  schema,
  sexOf,
  validate,
} from "./rentenversicherungsnummer.js";

export type { Rentenversicherungsnummer, RentenversicherungsnummerIssueCode };

/** The shared API plus `sexOf`. */
export interface RentenversicherungsnummerKind
  extends ValidatorKind<Rentenversicherungsnummer, RentenversicherungsnummerIssueCode> {
  sexOf(input: string): "male" | "female" | undefined;
}

/**
 * Rentenversicherungsnummer (Versicherungsnummer, VKVV § 2): `rentenversicherungsnummer.validate("65 170839 J 003")`.
 * Beyond the shared API: `sexOf(input)` reads the serial number (00-49 "male", 50-99 "female"; undefined for
 * invalid input).
 */
export const rentenversicherungsnummer = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: rentenversicherungsnummerMessages,
  sexOf,
} satisfies RentenversicherungsnummerKind;

/** Ready-made zod schema with German messages; use `rentenversicherungsnummer.schema()` for others. */
export const rentenversicherungsnummerSchema = /* @__PURE__ */ schema();
