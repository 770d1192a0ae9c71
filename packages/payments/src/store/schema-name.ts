/**
 * The PostgreSQL schema that holds the store's tables. A city can share a database with other
 * applications, and tests isolate themselves with one schema each. Names are restricted to plain
 * lower-case identifiers so they can be quoted into SQL safely.
 */
import { PaymentError } from "../core/errors.js";

export const DEFAULT_SCHEMA = "dk_payments";

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The schema name, double-quoted for SQL; a `configuration_error` for anything but `[a-z_][a-z0-9_]*`. */
export function quoteSchema(schema: string = DEFAULT_SCHEMA): string {
  if (typeof schema !== "string" || !SCHEMA_NAME.test(schema) || schema.startsWith("pg_")) {
    throw new PaymentError(
      "configuration_error",
      "The store's schema must be 1–63 characters of a–z, 0–9 and _, not starting with a digit or pg_.",
      { field: "schema" },
    );
  }
  return `"${schema}"`;
}
