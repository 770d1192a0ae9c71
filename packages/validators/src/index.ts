export { createIssue } from "./core/issues.js";
export type { ValidatorKind } from "./core/kind.js";
export type {
  Locale,
  MessageCatalog,
  ValidateOptions,
  ValidationIssue,
  ValidationResult,
} from "./core/types.js";
export { issuesFromZodError } from "./core/zod.js";

export {
  type Postleitzahl,
  type PostleitzahlIssueCode,
  postleitzahl,
  postleitzahlSchema,
} from "./postleitzahl/index.js";
