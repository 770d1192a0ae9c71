import type { z } from "zod";
import type { MessageCatalog, ValidateOptions, ValidationResult } from "./types.js";

/**
 * The API every kind of identifier offers, so a developer who learned one knows all.
 * Kinds are plain objects rather than `export * as` namespaces: a bundler drops an unused object
 * (and everything only it references, such as zod), where an esbuild namespace object is always kept.
 */
export interface ValidatorKind<Value, Code extends string> {
  /** The compact form per the input normalisation policy. */
  normalize(input: string): string;
  /** The normalised value, or every issue with a stable code and a message in the chosen language. */
  validate(input: string, options?: ValidateOptions<Code>): ValidationResult<Value>;
  /** Boolean fast path of `validate`. */
  isValid(input: string): boolean;
  /** The display form. */
  format(input: string): string;
  /** A zod schema that normalises and reports the same codes (in `params.code`) and messages. */
  schema(options?: ValidateOptions<Code>): z.ZodType<Value, string>;
  /** The built-in messages per locale and code. */
  messages: MessageCatalog<Code>;
}
