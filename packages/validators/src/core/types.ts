/** The languages every text-producing function supports; German is the default. */
export type Locale = "de" | "en";

/**
 * One problem with one input, shared by every package of the toolkit.
 * `path` names the field (`[]` for a single value, `["address", "plz"]` inside a form),
 * `code` is stable and machine-readable, `message` is written for the citizen.
 */
export interface ValidationIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

/** The outcome of `validate`: the normalised value, or every issue found. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Options every `validate` function and schema factory accepts. */
export interface ValidateOptions<Code extends string = string> {
  /** Language of the messages (default `"de"`). */
  locale?: Locale;
  /** App-specific wording per code; overrides the built-in message for that code only. */
  messages?: Partial<Record<Code, string>>;
  /** Prefix for every issue's path, e.g. `["address", "postleitzahl"]`. */
  path?: (string | number)[];
}

/** Messages of one kind, in every supported language. */
export type MessageCatalog<Code extends string> = Record<Locale, Record<Code, string>>;
