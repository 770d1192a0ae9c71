/**
 * `SqlClient` over embedded PGlite (PostgreSQL compiled to WebAssembly, in this process). PGlite has a
 * single connection: it runs queries and transactions one after the other, which is what makes it safe
 * (and serial) under concurrent calls.
 */
import type { PGliteInterface, Transaction } from "@electric-sql/pglite";
import { type SqlClient, type SqlQueryable, type SqlResult, toSqlError } from "./sql-client.js";

type PgliteQueryable = Pick<PGliteInterface, "query"> | Transaction;

async function runQuery<Row>(
  target: PgliteQueryable,
  sql: string,
  params: readonly unknown[] = [],
): Promise<SqlResult<Row>> {
  try {
    const result = await target.query<Row>(sql, params as unknown[]);
    return { rows: result.rows, rowCount: Math.max(result.rows.length, result.affectedRows ?? 0) };
  } catch (error) {
    throw toSqlError(error);
  }
}

export interface PgliteClientOptions {
  /** Close the PGlite instance with the client (default true); false for an instance shared by others. */
  ownsInstance?: boolean;
}

/** Wraps an existing PGlite instance. */
export function createPgliteClient(db: PGliteInterface, options: PgliteClientOptions = {}): SqlClient {
  const ownsInstance = options.ownsInstance ?? true;
  let closed = false;
  return {
    engine: "pglite",
    query: (sql, params) => runQuery(db, sql, params),
    async transaction(fn) {
      try {
        return await db.transaction((tx) => fn({ query: (sql, params) => runQuery(tx, sql, params) } as SqlQueryable));
      } catch (error) {
        throw toSqlError(error);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      if (ownsInstance && !db.closed) await db.close();
    },
  };
}

/**
 * Starts PGlite in `dataDir` (created when missing) or in memory. Imported lazily so that deployments on
 * PostgreSQL never load the WebAssembly build.
 */
export async function openPgliteClient(dataDir?: string): Promise<SqlClient> {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  return createPgliteClient(db, { ownsInstance: true });
}
