/**
 * One call from configuration to a ready store: PostgreSQL when a `databaseUrl` is given (usually the
 * `DATABASE_URL` environment variable), otherwise embedded PGlite in `dataDir` (or in memory, for
 * development and tests). Migrations run before the store is returned.
 */
import { PaymentError } from "../core/errors.js";
import { migratePaymentStore } from "./migrations.js";
import { openPgClient } from "./pg-client.js";
import { openPgliteClient } from "./pglite-client.js";
import { DEFAULT_SCHEMA, quoteSchema } from "./schema-name.js";
import type { SqlClient } from "./sql-client.js";
import { createSqlPaymentStore } from "./sql-store.js";
import type { PaymentStore } from "./types.js";

export interface OpenPaymentStoreOptions {
  /** `postgres://user:password@host:port/database`; when set, PostgreSQL is used and `dataDir` ignored. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded PGlite database (created when missing); in memory when absent. */
  dataDir?: string | undefined;
  /** PostgreSQL schema for the tables (default `dk_payments`). */
  schema?: string | undefined;
}

export async function openPaymentStore(options: OpenPaymentStoreOptions = {}): Promise<PaymentStore> {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  quoteSchema(schema); // a bad name fails before any connection is opened
  const { databaseUrl, dataDir } = options;
  if (databaseUrl !== undefined && (typeof databaseUrl !== "string" || databaseUrl.trim() === "")) {
    throw new PaymentError("configuration_error", "DATABASE_URL is set but empty.", { field: "DATABASE_URL" });
  }
  if (dataDir !== undefined && (typeof dataDir !== "string" || dataDir === "")) {
    throw new PaymentError("configuration_error", "dataDir must be a directory path.", { field: "dataDir" });
  }
  const client: SqlClient = databaseUrl ? await openPgClient(databaseUrl) : await openPgliteClient(dataDir);
  try {
    await migratePaymentStore(client, { schema });
  } catch (error) {
    await client.close().catch(() => {});
    throw error;
  }
  return createSqlPaymentStore(client, { schema });
}
