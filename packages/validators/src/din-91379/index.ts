import type { ValidatorKind } from "../core/kind.js";
import { createDin91379Kind, type Din91379Kind, type Din91379Options, type Din91379Type } from "./din-91379.js";
import { type Din91379IssueCode, din91379AMessages, din91379BMessages, din91379CMessages } from "./messages.js";

export type { Din91379IssueCode, Din91379Kind, Din91379Options, Din91379Type };

/** A validated name of a natural person in NFC, using only DIN 91379 data type A characters. */
export type Din91379A = string & { readonly __brand: "Din91379A" };
/** A validated street or place name in NFC, using only DIN 91379 data type B characters. */
export type Din91379B = string & { readonly __brand: "Din91379B" };
/** A validated text in NFC, using only the normative DIN 91379 characters (data type C). */
export type Din91379C = string & { readonly __brand: "Din91379C" };

/**
 * DIN 91379 data type A, names of natural persons (letters and N1): `din91379A.validate("Nguyễn Văn Ân")`.
 * Beyond the shared API: `dataType` ("A") and the option `maxLength` (default 255 code points).
 */
export const din91379A = /* @__PURE__ */ createDin91379Kind<Din91379A>("A", din91379AMessages) satisfies ValidatorKind<
  Din91379A,
  Din91379IssueCode,
  Din91379Options
>;

/**
 * DIN 91379 data type B, street and place names (type A plus N2: digits and punctuation):
 * `din91379B.validate("Am Anger 3")`. Beyond the shared API: `dataType` ("B") and the option `maxLength`.
 */
export const din91379B = /* @__PURE__ */ createDin91379Kind<Din91379B>("B", din91379BMessages) satisfies ValidatorKind<
  Din91379B,
  Din91379IssueCode,
  Din91379Options
>;

/**
 * DIN 91379 data type C, all normative characters (type B plus N3 and N4, so also tab, line breaks and no-break
 * space): `din91379C.validate("Zimmer ½")`. Beyond the shared API: `dataType` ("C") and the option `maxLength`.
 */
export const din91379C = /* @__PURE__ */ createDin91379Kind<Din91379C>("C", din91379CMessages) satisfies ValidatorKind<
  Din91379C,
  Din91379IssueCode,
  Din91379Options
>;

/** Ready-made zod schema for a name of a natural person (type A) with German messages. */
export const din91379ASchema = /* @__PURE__ */ din91379A.schema();
/** Ready-made zod schema for a street or place name (type B) with German messages. */
export const din91379BSchema = /* @__PURE__ */ din91379B.schema();
/** Ready-made zod schema for a text of the normative characters (type C) with German messages. */
export const din91379CSchema = /* @__PURE__ */ din91379C.schema();
