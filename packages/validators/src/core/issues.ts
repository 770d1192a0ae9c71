import type { MessageCatalog, ValidateOptions, ValidationIssue, ValidationResult } from "./types.js";

/** Values for the `{name}` placeholders of a message, e.g. `{ minAge: 18 }`. */
export type MessageParams = Record<string, string | number>;

/**
 * Builds the issue for `code` in the caller's language, honouring their overrides. Placeholders such as
 * `{minAge}` are filled from `params`, in built-in and overriding messages alike.
 */
export function createIssue<Code extends string>(
  code: Code,
  catalog: MessageCatalog<Code>,
  options: ValidateOptions<Code> = {},
  params: MessageParams = {},
  path: (string | number)[] = [],
): ValidationIssue {
  const template = options.messages?.[code] ?? catalog[options.locale ?? "de"][code];
  return { path: [...(options.path ?? []), ...path], code, message: fillPlaceholders(template, params) };
}

/** Replaces `{name}` with `params.name`; unknown placeholders stay as written. Linear, no regex. */
export function fillPlaceholders(template: string, params: MessageParams): string {
  if (!template.includes("{")) return template;
  let output = "";
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf("{", index);
    const close = open === -1 ? -1 : template.indexOf("}", open);
    if (open === -1 || close === -1) break;
    const name = template.slice(open + 1, close);
    output += template.slice(index, open);
    output += name in params ? String(params[name]) : template.slice(open, close + 1);
    index = close + 1;
  }
  return output + template.slice(index);
}

/** A failed result holding a single issue. */
export function failure<Code extends string>(
  code: Code,
  catalog: MessageCatalog<Code>,
  options: ValidateOptions<Code> = {},
): ValidationResult<never> {
  return { ok: false, issues: [createIssue(code, catalog, options)] };
}
