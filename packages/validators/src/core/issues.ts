import type { MessageCatalog, ValidateOptions, ValidationIssue, ValidationResult } from "./types.js";

/** Builds the issue for `code` in the caller's language, honouring their overrides. */
export function createIssue<Code extends string>(
  code: Code,
  catalog: MessageCatalog<Code>,
  options: ValidateOptions<Code> = {},
): ValidationIssue {
  const message = options.messages?.[code] ?? catalog[options.locale ?? "de"][code];
  return { path: [...(options.path ?? [])], code, message };
}

/** A failed result holding a single issue. */
export function failure<Code extends string>(
  code: Code,
  catalog: MessageCatalog<Code>,
  options: ValidateOptions<Code> = {},
): ValidationResult<never> {
  return { ok: false, issues: [createIssue(code, catalog, options)] };
}
