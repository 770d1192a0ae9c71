import type { ValidatorKind } from "../core/kind.js";
import {
  format,
  isValid,
  type Krankenversichertennummer,
  normalize,
  schema,
  validate,
} from "./krankenversichertennummer.js";
import { type KrankenversichertennummerIssueCode, krankenversichertennummerMessages } from "./messages.js";

export type { Krankenversichertennummer, KrankenversichertennummerIssueCode };

/** Krankenversichertennummer (KVNR, § 290 SGB V), the 10-character part: `krankenversichertennummer.validate("A000500015")`. */
export const krankenversichertennummer = {
  normalize,
  validate,
  isValid,
  format,
  schema,
  messages: krankenversichertennummerMessages,
} satisfies ValidatorKind<Krankenversichertennummer, KrankenversichertennummerIssueCode>;

/** Ready-made zod schema with German messages; use `krankenversichertennummer.schema()` for others. */
export const krankenversichertennummerSchema = /* @__PURE__ */ schema();
