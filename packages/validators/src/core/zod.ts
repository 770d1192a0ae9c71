import { z } from "zod";
import type { ValidateOptions, ValidationIssue, ValidationResult } from "./types.js";

/**
 * Wraps a `validate` function as a zod schema: the output is the normalised value, and every issue
 * keeps its stable code in `params.code` so `issuesFromZodError` can recover it.
 */
export function schemaFromValidator<T, Code extends string, Options extends ValidateOptions<Code>>(
  validate: (input: string, options?: Options) => ValidationResult<T>,
  options?: Options,
): z.ZodType<T, string> {
  return validatedSchema(z.string(), (input) => validate(input, options));
}

/**
 * A schema that first checks the shape with `input` (zod's own issues for a missing field or a wrong
 * type) and then runs `validate`, whose issues keep their stable code in `params.code`.
 */
export function validatedSchema<Input, T>(
  input: z.ZodType<Input, Input>,
  validate: (value: Input) => ValidationResult<T>,
): z.ZodType<T, Input> {
  return input.transform((value, context) => {
    const result = validate(value);
    if (result.ok) return result.value;
    for (const issue of result.issues) {
      context.addIssue({
        code: "custom",
        message: issue.message,
        path: issue.path,
        params: { code: issue.code },
      });
    }
    return z.NEVER;
  });
}

/**
 * Converts a ZodError into the toolkit's `ValidationIssue[]`. Issues raised by our schemas carry their
 * own code; issues raised by zod itself (a missing field, a wrong type) keep zod's code.
 */
export function issuesFromZodError(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => {
    const ownCode = issue.code === "custom" ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    return {
      path: issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment)),
      code: typeof ownCode === "string" ? ownCode : issue.code,
      message: issue.message,
    };
  });
}
