/**
 * A register entry as a form asks for it: the Registergericht and the Registernummer in two fields. Each field is
 * checked on its own and reports on its own path (`["court"]`, `["number"]`), so a form can show both problems at
 * once. The court is optional unless `courtRequired` is set; an empty court field counts as not given.
 */
import { z } from "zod";
import { createIssue } from "../core/issues.js";
import { trimAsciiWhitespace } from "../core/normalize.js";
import type { ValidateOptions, ValidationIssue, ValidationResult } from "../core/types.js";
import { validatedSchema } from "../core/zod.js";
import { type Handelsregisternummer, validate } from "./handelsregisternummer.js";
import {
  type HandelsregisternummerIssueCode,
  type RegistergerichtIssueCode,
  registergerichtMessages,
} from "./messages.js";
import { type Registergericht, validateRegistergericht } from "./registergericht.js";

/** The two fields as entered. */
export interface HandelsregisterEintragInput {
  court?: string | undefined;
  number: string;
}

/** A validated entry: the court's listed name (when given) and the normalised Registernummer. */
export interface HandelsregisterEintrag {
  court?: Registergericht;
  number: Handelsregisternummer;
}

export interface HandelsregisterEintragOptions extends ValidateOptions<HandelsregisternummerIssueCode> {
  /** App-specific wording for the court's issues (`messages` covers the number's). */
  courtMessages?: Partial<Record<RegistergerichtIssueCode, string>>;
  /** Report a missing or empty court as `empty` on `["court"]` (default `false`: the court is optional). */
  courtRequired?: boolean;
  /** Accept only the known Registergerichte (default `true`); `false` checks the form of the court's name only. */
  knownCourtsOnly?: boolean;
}

/** Checks court and number; issues carry the path `[...path, "court"]` or `[...path, "number"]`. */
export function validateWithCourt(
  input: HandelsregisterEintragInput,
  options: HandelsregisterEintragOptions = {},
): ValidationResult<HandelsregisterEintrag> {
  const path = options.path ?? [];
  const issues: ValidationIssue[] = [];
  const courtOptions = {
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.courtMessages === undefined ? {} : { messages: options.courtMessages }),
    ...(options.knownCourtsOnly === undefined ? {} : { knownCourtsOnly: options.knownCourtsOnly }),
    path: [...path, "court"],
  };
  let court: Registergericht | undefined;
  if (input.court === undefined || trimAsciiWhitespace(input.court) === "") {
    if (options.courtRequired) issues.push(createIssue("empty", registergerichtMessages, courtOptions));
  } else {
    const checkedCourt = validateRegistergericht(input.court, courtOptions);
    if (checkedCourt.ok) court = checkedCourt.value;
    else issues.push(...checkedCourt.issues);
  }
  const number = validate(input.number, {
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.messages === undefined ? {} : { messages: options.messages }),
    path: [...path, "number"],
  });
  if (!number.ok) issues.push(...number.issues);
  if (issues.length > 0 || !number.ok) return { ok: false, issues };
  return { ok: true, value: court === undefined ? { number: number.value } : { court, number: number.value } };
}

/** A zod schema for `{ court?, number }` that reports the same codes, messages and paths as `validateWithCourt`. */
export function eintragSchema(
  options: HandelsregisterEintragOptions = {},
): z.ZodType<HandelsregisterEintrag, HandelsregisterEintragInput> {
  return validatedSchema(z.object({ court: z.string().optional(), number: z.string() }), (input) =>
    validateWithCourt(input, options),
  );
}
