/**
 * Field builders shared by the catalogue's schemas. Checks are refinements, never transforms: the data
 * is stored exactly as validated, and `z.toJSONSchema` can describe every field for editors (patterns and
 * formats travel in `.meta`, because a refinement itself has no JSON Schema form).
 */
import { email, type Locale, type ValidationResult } from "@digitale-kommune/validators";
import { z } from "zod";
import { isIsoDate } from "../holidays/calendar.js";
import type { SchemaContext } from "./context.js";
import { findHtml, findMarkdownProblems } from "./markdown.js";
import { isSlug, MAX_SLUG_LENGTH, SLUG_PATTERN } from "./slug.js";

/** Longest text of any kind; a limit keeps hostile or accidental megabyte strings out of every later step. */
export const MAX_FULL_TEXT_LENGTH = 20_000;
const MAX_URL_LENGTH = 2048;
const ISO_DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
/** Digits, spaces and + - / ( ) only; the runtime check is `isPhoneText`. */
const PHONE_PATTERN = "^\\+?[0-9 ()/-]+$";
const MAX_PHONE_LENGTH = 40;

export function slug(ctx: SchemaContext, field: string, description: string) {
  return z
    .string()
    .superRefine((value, context) => {
      if (!isSlug(value)) ctx.report(context, "invalid_slug", field, { value: value.slice(0, 60) });
    })
    .meta({ pattern: SLUG_PATTERN, maxLength: MAX_SLUG_LENGTH, description });
}

/** A single line of plain text: a title, a name, a keyword. HTML is reported; Markdown is not read. */
export function singleLine(ctx: SchemaContext, field: string, description: string, maxLength = 300) {
  return z
    .string()
    .max(maxLength)
    .superRefine((value, context) => {
      if (value.trim() === "") ctx.report(context, "empty_text", field);
      else if (value.includes("\n") || value.includes("\r")) ctx.report(context, "text_line_break", field);
      const html = findHtml(value);
      if (html) ctx.report(context, html.code, field, { value: html.value, line: html.line });
    })
    .meta({ description });
}

/** A text in the restricted Markdown of ARCHITECTURE.md ("Rich text"); see `findMarkdownProblems`. */
export function markdown(ctx: SchemaContext, field: string, description: string, maxLength = MAX_FULL_TEXT_LENGTH) {
  return z
    .string()
    .max(maxLength)
    .superRefine((value, context) => {
      if (value.trim() === "") {
        ctx.report(context, "empty_text", field);
        return;
      }
      for (const problem of findMarkdownProblems(value)) {
        ctx.report(context, problem.code, field, { value: problem.value, line: problem.line, level: problem.value });
      }
    })
    .meta({ description: `${description} (Markdown: Absätze, ## bis ####, Listen, Links, *kursiv*, **fett**)` });
}

export function isoDate(ctx: SchemaContext, field: string, description: string) {
  return z
    .string()
    .superRefine((value, context) => {
      if (!isIsoDate(value)) ctx.report(context, "invalid_date", field, { value: value.slice(0, 40) });
    })
    .meta({ pattern: ISO_DATE_PATTERN, format: "date", description: `${description} (JJJJ-MM-TT)` });
}

/** An absolute http(s) address; other schemes (javascript:, data:, file:) never reach a page. */
export function webAddress(description: string) {
  return z
    .url({ protocol: /^https?$/ })
    .max(MAX_URL_LENGTH)
    .meta({ description });
}

export function emailAddress(ctx: SchemaContext) {
  return z
    .string()
    .superRefine((value, context) => {
      const result = email.validate(value, { locale: ctx.locale });
      if (!result.ok) ctx.reportIssues(context, result.issues);
      else if (result.value !== value) ctx.report(context, "not_canonical", "email", { expected: result.value });
    })
    .meta({ format: "email", description: "E-Mail-Adresse" });
}

/**
 * A phone number as printed for citizens ("0661 102-1111"). Only the characters are checked: the full
 * rule lives in the validators' separate `/phone` entry point, whose metadata this package does not carry.
 */
export function phoneNumber(ctx: SchemaContext) {
  return z
    .string()
    .max(MAX_PHONE_LENGTH)
    .superRefine((value, context) => {
      if (!isPhoneText(value)) ctx.report(context, "invalid_phone", "phone", { value });
    })
    .meta({ pattern: PHONE_PATTERN, description: "Telefonnummer, z. B. 0661 102-1111" });
}

function isPhoneText(value: string): boolean {
  let digits = 0;
  for (const [index, character] of [...value].entries()) {
    if (character >= "0" && character <= "9") digits++;
    else if (character === "+" && index === 0) continue;
    else if (!" ()/-".includes(character)) return false;
  }
  return digits >= 3;
}

type Validate = (input: string, options: { locale: Locale }) => ValidationResult<string>;

/**
 * An official identifier checked by a validator (postleitzahl, ags, ars, …), in its compact form: the
 * validators accept "06 631 009" for typing convenience, a data file holds "06631009" only.
 */
export function identifier(
  ctx: SchemaContext,
  field: string,
  validate: Validate,
  pattern: string,
  description: string,
) {
  return z
    .string()
    .superRefine((value, context) => {
      const result = validate(value, { locale: ctx.locale });
      if (!result.ok) ctx.reportIssues(context, result.issues);
      else if (result.value !== value) ctx.report(context, "not_canonical", field, { expected: result.value });
    })
    .meta({ pattern, description });
}

/** Money is integer cents (ARCHITECTURE.md): 4600 is 46,00 €. */
export function cents(description: string) {
  return z
    .number()
    .int()
    .nonnegative()
    .meta({ description: `${description}, in Cent (4600 = 46,00 €)` });
}

export const CONFIDENCE_VALUES = ["verified", "unverified"] as const;
export type Confidence = (typeof CONFIDENCE_VALUES)[number];

export function confidence() {
  return z.enum(CONFIDENCE_VALUES).meta({
    description: "verified: aus der Rechtsnorm oder mehreren unabhängigen Quellen geprüft; unverified: noch zu prüfen",
  });
}

/** The source text of a fact: a citation, an address or a document name. */
export function sourceText(ctx: SchemaContext) {
  return singleLine(ctx, "source", "Quelle: Rechtsnorm, Adresse oder Dokument", 1000);
}
