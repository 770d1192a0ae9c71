/**
 * @digitale-kommune/validators: German identifiers and form inputs as plain functions and zod schemas.
 * Every kind is an object with the same verbs (normalize, validate, isValid, format, schema, messages);
 * importing one kind pulls in neither the others nor their data. Phone numbers live in the separate
 * entry point `@digitale-kommune/validators/phone`, so their metadata never weighs on this one.
 */

export * from "./ags/index.js";
export * from "./ars/index.js";
export * from "./bankleitzahl/index.js";
export * from "./bic/index.js";
// What forms ask for as a whole: every issue at once, each on its field
export * from "./composites/index.js";
export { createIssue, type MessageParams } from "./core/issues.js";
export type { ValidatorKind } from "./core/kind.js";
export type {
  Locale,
  MessageCatalog,
  ValidateOptions,
  ValidationIssue,
  ValidationResult,
} from "./core/types.js";
export { issuesFromZodError } from "./core/zod.js";
// Dates
export * from "./date-input/index.js";
export * from "./din-91379/index.js";
// Contact and names
export * from "./email/index.js";
export * from "./glaeubiger-id/index.js";
export * from "./handelsregisternummer/index.js";
export * from "./hausnummer/index.js";
// Banking
export * from "./iban/index.js";
export * from "./kfz-kennzeichen/index.js";
export * from "./krankenversichertennummer/index.js";
export * from "./leitweg-id/index.js";
// Identity documents and social insurance
export * from "./personalausweisnummer/index.js";
// Addresses, places and registers
export * from "./postleitzahl/index.js";
export * from "./reisepassnummer/index.js";
export * from "./rentenversicherungsnummer/index.js";
// Tax
export * from "./steuer-id/index.js";
export * from "./steuernummer/index.js";
export * from "./ust-id-nr/index.js";
