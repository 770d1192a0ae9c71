import * as bankAccountModule from "./bank-account.js";
import * as personNameModule from "./person-name.js";
import * as postalAddressModule from "./postal-address.js";

export type { BankAccount, BankAccountField, BankAccountInput, BankAccountOptions } from "./bank-account.js";
export type { CompositeOptions } from "./fields.js";
export type { PersonName, PersonNameField, PersonNameInput, PersonNameOptions } from "./person-name.js";
export type {
  PostalAddress,
  PostalAddressField,
  PostalAddressInput,
  PostalAddressOptions,
} from "./postal-address.js";

/** Postal address (street, house number, Postleitzahl, place): `postalAddress.validate({ ... })`. */
export const postalAddress = {
  validate: postalAddressModule.validate,
  isValid: postalAddressModule.isValid,
  schema: postalAddressModule.schema,
};

/** Person name (given names, family name, optional birth name). */
export const personName = {
  validate: personNameModule.validate,
  isValid: personNameModule.isValid,
  schema: personNameModule.schema,
};

/** Bank account (IBAN, optional BIC, account holder). */
export const bankAccount = {
  validate: bankAccountModule.validate,
  isValid: bankAccountModule.isValid,
  schema: bankAccountModule.schema,
};
