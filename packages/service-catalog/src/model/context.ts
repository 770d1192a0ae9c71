import { createIssue, type Locale, type MessageParams, type ValidationIssue } from "@digitale-kommune/validators";
import type { z } from "zod";
import { type CatalogIssueCode, catalogFieldNames, catalogMessages } from "./messages.js";

export interface CatalogSchemaOptions {
  /** Language of the issue messages (default `"de"`). */
  locale?: Locale;
  /** App-specific wording per code of the catalogue's own checks. */
  messages?: Partial<Record<CatalogIssueCode, string>>;
}

/**
 * What the schema builders share: the language, and how a check reports an issue. Our own checks put
 * their code in `params.code` (the toolkit's contract) and bring their message, worded for `locale`.
 */
export interface SchemaContext {
  locale: Locale;
  /** Reports `code` on the field `field` (a key of `catalogFieldNames`), at `path` below the checked value. */
  report(
    context: z.RefinementCtx,
    code: CatalogIssueCode,
    field: string,
    params?: MessageParams,
    path?: (string | number)[],
  ): void;
  /** Reports issues of a validator (postleitzahl, ags, …) with their own codes and messages. */
  reportIssues(context: z.RefinementCtx, issues: readonly ValidationIssue[]): void;
}

export function createSchemaContext(options: CatalogSchemaOptions = {}): SchemaContext {
  const locale = options.locale ?? "de";
  const names = catalogFieldNames[locale];
  const issueOptions = { locale, ...(options.messages ? { messages: options.messages } : {}) };
  return {
    locale,
    report(context, code, field, params = {}, path = []) {
      const issue = createIssue(code, catalogMessages, issueOptions, { field: names[field] ?? field, ...params }, path);
      context.addIssue({ code: "custom", message: issue.message, path: issue.path, params: { code } });
    },
    reportIssues(context, issues) {
      for (const issue of issues) {
        context.addIssue({ code: "custom", message: issue.message, path: issue.path, params: { code: issue.code } });
      }
    },
  };
}
