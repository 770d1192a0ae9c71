/**
 * Person name as forms ask for it: given names, family name and, optionally, the birth name.
 * Every part is DIN 91379 data type A (names of natural persons). All issues are reported at once.
 */
import { z } from "zod";
import type { ValidationResult } from "../core/types.js";
import { validatedSchema } from "../core/zod.js";
import { din91379A } from "../din-91379/index.js";
import { type CompositeOptions, type FieldRule, validateFields } from "./fields.js";
import { birthNameMessages, familyNameMessages, givenNamesMessages } from "./messages.js";

export type PersonNameField = "givenNames" | "familyName" | "birthName";

export type PersonNameInput = Partial<Record<PersonNameField, string | undefined>>;

/** A checked name in NFC; `birthName` only when it was given. */
export interface PersonName {
  givenNames: string;
  familyName: string;
  birthName?: string;
}

export interface PersonNameOptions extends CompositeOptions<PersonNameField> {
  /** Require the birth name (default false: it is asked only where it differs). */
  birthNameRequired?: boolean;
}

function rules(options: PersonNameOptions): Record<PersonNameField, FieldRule> {
  return {
    givenNames: { validate: din91379A.validate, messages: givenNamesMessages },
    familyName: { validate: din91379A.validate, messages: familyNameMessages },
    birthName: {
      validate: din91379A.validate,
      messages: birthNameMessages,
      optional: !(options.birthNameRequired ?? false),
    },
  };
}

export function validate(input: PersonNameInput, options: PersonNameOptions = {}): ValidationResult<PersonName> {
  return validateFields(input, rules(options), options) as ValidationResult<PersonName>;
}

export function isValid(input: PersonNameInput, options: PersonNameOptions = {}): boolean {
  return validate(input, options).ok;
}

export function schema(options: PersonNameOptions = {}): z.ZodType<PersonName, PersonNameInput> {
  const field = z.string().optional();
  const shape = z.object({ givenNames: field, familyName: field, birthName: field });
  return validatedSchema(shape, (input) => validate(input, options));
}
