import { trimAsciiWhitespace } from "../core/normalize.js";
import type { Locale, MessageCatalog, ValidateOptions, ValidationIssue, ValidationResult } from "../core/types.js";

/** How one field of a composite is checked: its validator, and whether it may be left empty. */
export interface FieldRule {
  validate: (value: string, options: ValidateOptions<string>) => ValidationResult<string>;
  optional?: boolean;
  /** Messages that name this field, replacing the kind's generic ones (e.g. "Straße" instead of "Name"). */
  messages?: MessageCatalog<string>;
}

export interface CompositeOptions<Field extends string> {
  locale?: Locale;
  /** Prefix for every issue's path, e.g. `["antragsteller", "anschrift"]`. */
  path?: (string | number)[];
  /** The app's wording per field and code, e.g. `{ street: { empty: "Straße fehlt." } }`. */
  messages?: Partial<Record<Field, Partial<Record<string, string>>>>;
}

/**
 * Checks every field of a composite and returns all issues at once, each on its field's path. Surrounding
 * ASCII whitespace is trimmed first (form fields often carry it); an empty optional field is left out.
 */
export function validateFields<Field extends string>(
  input: Partial<Record<Field, string | undefined>>,
  rules: Record<Field, FieldRule>,
  options: CompositeOptions<Field>,
): ValidationResult<Partial<Record<Field, string>>> {
  const locale = options.locale ?? "de";
  const issues: ValidationIssue[] = [];
  const value: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(rules) as Field[]) {
    const rule = rules[field];
    const raw = trimAsciiWhitespace(input[field] ?? "");
    if (raw === "" && rule.optional) continue;
    const result = rule.validate(raw, {
      locale,
      path: [...(options.path ?? []), field],
      messages: { ...rule.messages?.[locale], ...options.messages?.[field] },
    });
    if (result.ok) value[field] = result.value;
    else issues.push(...result.issues);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}
