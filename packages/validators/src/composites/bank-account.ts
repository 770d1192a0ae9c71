/**
 * Bank account as forms ask for it (a SEPA mandate, a refund): IBAN, optional BIC and the account holder.
 * The holder's name is DIN 91379 data type B, which also fits firms and associations ("Müller & Söhne GmbH").
 * Within SEPA the IBAN alone identifies the account, so the BIC is optional unless the app requires it.
 */
import { z } from "zod";
import { bic } from "../bic/index.js";
import type { ValidationResult } from "../core/types.js";
import { validatedSchema } from "../core/zod.js";
import { din91379B } from "../din-91379/index.js";
import { iban } from "../iban/index.js";
import { type CompositeOptions, type FieldRule, validateFields } from "./fields.js";
import { accountHolderMessages } from "./messages.js";

export type BankAccountField = "iban" | "bic" | "accountHolder";

export type BankAccountInput = Partial<Record<BankAccountField, string | undefined>>;

/** A checked account: IBAN and BIC in electronic form, the holder in NFC. */
export interface BankAccount {
  iban: string;
  bic?: string;
  accountHolder: string;
}

export interface BankAccountOptions extends CompositeOptions<BankAccountField> {
  /** Require the BIC (default false). */
  bicRequired?: boolean;
}

function rules(options: BankAccountOptions): Record<BankAccountField, FieldRule> {
  return {
    iban: { validate: iban.validate },
    bic: { validate: bic.validate, optional: !(options.bicRequired ?? false) },
    accountHolder: { validate: din91379B.validate, messages: accountHolderMessages },
  };
}

export function validate(input: BankAccountInput, options: BankAccountOptions = {}): ValidationResult<BankAccount> {
  return validateFields(input, rules(options), options) as ValidationResult<BankAccount>;
}

export function isValid(input: BankAccountInput, options: BankAccountOptions = {}): boolean {
  return validate(input, options).ok;
}

export function schema(options: BankAccountOptions = {}): z.ZodType<BankAccount, BankAccountInput> {
  const field = z.string().optional();
  return validatedSchema(z.object({ iban: field, bic: field, accountHolder: field }), (input) =>
    validate(input, options),
  );
}
