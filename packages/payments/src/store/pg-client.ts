/**
 * `SqlClient` over PostgreSQL through a `pg` connection pool. Queries run on any pooled connection; a
 * transaction holds one connection from BEGIN to COMMIT/ROLLBACK.
 */
import type { Pool, PoolClient } from "pg";
import { PaymentError } from "../core/errors.js";
import { type SqlClient, type SqlResult, toSqlError } from "./sql-client.js";

async function runQuery<Row>(
  target: Pool | PoolClient,
  sql: string,
  params: readonly unknown[] = [],
): Promise<SqlResult<Row>> {
  try {
    const result = await target.query(sql, params as unknown[]);
    return { rows: result.rows as Row[], rowCount: Math.max(result.rows.length, result.rowCount ?? 0) };
  } catch (error) {
    throw toSqlError(error);
  }
}

export interface PgClientOptions {
  /** End the pool with the client (default true); false for a pool shared by others. */
  ownsPool?: boolean;
}

/** Wraps an existing `pg` Pool. */
export function createPgClient(pool: Pool, options: PgClientOptions = {}): SqlClient {
  const ownsPool = options.ownsPool ?? true;
  let closed = false;
  return {
    engine: "postgresql",
    query: (sql, params) => runQuery(pool, sql, params),
    async transaction(fn) {
      const connection = await pool.connect().catch((error: unknown) => {
        throw toSqlError(error);
      });
      let broken = false;
      try {
        await runQuery(connection, "BEGIN");
        const result = await fn({ query: (sql, params) => runQuery(connection, sql, params) });
        await runQuery(connection, "COMMIT");
        return result;
      } catch (error) {
        try {
          await connection.query("ROLLBACK");
        } catch {
          // A connection that cannot roll back is discarded below rather than returned to the pool.
          broken = true;
        }
        throw error;
      } finally {
        connection.release(broken);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      if (ownsPool) await pool.end();
    },
  };
}

export interface PostgresConnectOptions {
  /** Pool size (default 10). */
  max?: number;
  /** How long to wait for a connection before giving up (default 10 s); pg's own default waits forever. */
  connectionTimeoutMillis?: number;
}

/** Host, port and database of a connection URL, for messages; never the user's password. */
export function describeDatabaseUrl(url: URL): string {
  const database = decodeURIComponent(url.pathname.replace(/^\//, "")) || "(default database)";
  return `${url.hostname || "localhost"}:${url.port || "5432"}/${database}`;
}

function parseDatabaseUrl(databaseUrl: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(databaseUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "postgres:" && url.protocol !== "postgresql:")) {
    // The value itself is not repeated: it may contain a password.
    throw new PaymentError(
      "configuration_error",
      "DATABASE_URL is not a valid PostgreSQL connection URL (expected postgres://user:password@host:port/database).",
      { field: "DATABASE_URL" },
    );
  }
  return url;
}

/**
 * Connects a pool to `databaseUrl` and checks that the server answers. A malformed URL or an unreachable
 * or refusing server is a `configuration_error` naming DATABASE_URL, with host, port and database but
 * never the password.
 */
export async function openPgClient(databaseUrl: string, options: PostgresConnectOptions = {}): Promise<SqlClient> {
  const url = parseDatabaseUrl(databaseUrl);
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
  });
  // Without a listener, an idle connection dropped by the server would crash the process; the next query
  // simply gets a fresh connection.
  pool.on("error", () => {});
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => {});
    const code = (error as { code?: unknown }).code;
    throw new PaymentError(
      "configuration_error",
      `Cannot connect to the PostgreSQL server of DATABASE_URL (${describeDatabaseUrl(url)})${
        typeof code === "string" ? `: ${code}` : ""
      }.`,
      {
        field: "DATABASE_URL",
        details: { server: describeDatabaseUrl(url), ...(typeof code === "string" ? { code } : {}) },
      },
    );
  }
  return createPgClient(pool, { ownsPool: true });
}
