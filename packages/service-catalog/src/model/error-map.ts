import { createIssue, type Locale } from "@digitale-kommune/validators";
import type { z } from "zod";
import { fieldNameOf, type ShapeMessageKey, shapeMessages, typeNames } from "./messages.js";

/** How many allowed values a message lists before it stops with "…". */
const MAX_LISTED_VALUES = 16;

/**
 * A zod error map that words zod's own issues (missing field, wrong type, unknown key, value not in the
 * list, too short, …) in German or English and names the field. The catalogue's own checks bring their
 * message already, so this map is only asked for the issues zod raises itself. Pass it per parse
 * (`schema.safeParse(data, { error: catalogErrorMap("en") })`): no global zod configuration is touched.
 */
export function catalogErrorMap(locale: Locale = "de"): z.core.$ZodErrorMap {
  return (issue) => {
    const [key, params] = describe(issue, locale);
    return createIssue(key, shapeMessages, { locale }, { field: fieldNameOf(issue.path ?? [], locale), ...params })
      .message;
  };
}

type Described = [ShapeMessageKey, Record<string, string | number>];

function describe(issue: z.core.$ZodRawIssue, locale: Locale): Described {
  const types = typeNames[locale];
  // A missing field shows up as a type, value or union mismatch with nothing as input.
  const missing = issue.input === undefined && !("keys" in issue);
  if (missing && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union")) {
    return ["required", {}];
  }
  switch (issue.code) {
    case "invalid_type": {
      if (issue.expected === "int" && typeof issue.input === "number") return ["not_integer", {}];
      return [
        "invalid_type",
        { expected: types[issue.expected] ?? issue.expected, received: types[jsonTypeOf(issue.input)] ?? "?" },
      ];
    }
    case "unrecognized_keys":
      return ["unrecognized_keys", { keys: issue.keys.map((key) => quote(key, locale)).join(", ") }];
    case "invalid_value":
      return ["invalid_value", { value: shortValue(issue.input), values: listValues(issue.values) }];
    case "invalid_union": {
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string };
      if (Array.isArray(options) && discriminator !== undefined) {
        const value = isRecord(issue.input) ? issue.input[discriminator] : undefined;
        if (value === undefined) return ["required", {}];
        return ["invalid_discriminator", { value: shortValue(value), values: listValues(options) }];
      }
      return ["invalid_union", {}];
    }
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string") return minimum <= 1 ? ["string_empty", {}] : ["string_too_short", { minimum }];
      if (issue.origin === "array" || issue.origin === "set") return ["array_too_short", { minimum }];
      return ["number_too_small", { minimum }];
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      if (issue.origin === "string") return ["string_too_long", { maximum }];
      if (issue.origin === "array" || issue.origin === "set") return ["array_too_long", { maximum }];
      return ["number_too_big", { maximum }];
    }
    case "invalid_format":
      return [issue.format === "url" ? "invalid_url" : "invalid_format", {}];
    default:
      return ["invalid", {}];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** The offending value as a short string: long or structured input is cut, never echoed whole. */
function shortValue(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function listValues(values: readonly unknown[]): string {
  const listed = values.slice(0, MAX_LISTED_VALUES).map((value) => String(value));
  return values.length > MAX_LISTED_VALUES ? `${listed.join(", ")}, …` : listed.join(", ");
}

function quote(text: string, locale: Locale): string {
  return locale === "de" ? `„${text}“` : `“${text}”`;
}
