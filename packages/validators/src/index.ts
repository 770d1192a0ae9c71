export { createIssue } from "./core/issues.js";
export type {
  Locale,
  MessageCatalog,
  ValidateOptions,
  ValidationIssue,
  ValidationResult,
} from "./core/types.js";
export { issuesFromZodError } from "./core/zod.js";
export type { Postleitzahl, PostleitzahlIssueCode } from "./postleitzahl/index.js";
export * as postleitzahl from "./postleitzahl/index.js";

import { schema as createPostleitzahlSchema } from "./postleitzahl/index.js";
/** Ready-made zod schema for a Postleitzahl with German messages; use `postleitzahl.schema()` for others. */
export const postleitzahlSchema = /* @__PURE__ */ createPostleitzahlSchema();
