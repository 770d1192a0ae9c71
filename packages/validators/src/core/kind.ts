import type { z } from "zod";
import type { MessageCatalog, ValidateOptions, ValidationResult } from "./types.js";

/**
 * The API every kind of identifier offers, so a developer who learned one knows all.
 * Kinds are plain objects rather than `export * as` namespaces: a bundler drops an unused object
 * (and everything only it references, such as zod), where an esbuild namespace object is always kept.
 * `Options` adds what a kind needs beyond the shared options (e.g. the Land of a Steuernummer).
 */
export interface ValidatorKind<
  Value,
  Code extends string,
  Options extends ValidateOptions<Code> = ValidateOptions<Code>,
> {
  /** The compact form per the input normalisation policy. */
  normalize(input: string): string;
  /** The normalised value, or every issue with a stable code and a message in the chosen language. */
  validate(input: string, options?: Options): ValidationResult<Value>;
  /** Boolean fast path of `validate`; always equal to `validate(input).ok`. */
  isValid(input: string): boolean;
  /** The display form (e.g. groups of four for an IBAN). Never throws; meant for valid input. */
  format(input: string): string;
  /** A zod schema that normalises and reports the same codes (in `params.code`) and messages. */
  schema(options?: Options): z.ZodType<Value, string>;
  /** The built-in messages per locale and code. */
  messages: MessageCatalog<Code>;
}
