/**
 * The smallest SQL surface the payment store needs, so one store implementation runs on embedded PGlite
 * and on PostgreSQL through `pg` with the same SQL. Parameters are positional (`$1`, `$2`, ...); one
 * statement per `query` call (PGlite's extended protocol accepts no more).
 */
export interface SqlResult<Row> {
  rows: Row[];
  /** Rows returned, or affected by INSERT/UPDATE/DELETE. */
  rowCount: number;
}

export interface SqlQueryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<SqlResult<Row>>;
}

export interface SqlClient extends SqlQueryable {
  readonly engine: "pglite" | "postgresql";
  /**
   * Runs `fn` in one transaction (READ COMMITTED) on one connection: commits when it resolves, rolls
   * back when it throws. Inside `fn` use only `tx`, never the client itself.
   */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** Releases the connection(s); a client that wraps a shared instance leaves that instance open. */
  close(): Promise<void>;
}

/**
 * A database error reduced to what callers may see and log: the SQLSTATE code, the constraint and the
 * server's message. The original error is not kept, because drivers attach the query parameters (PGlite)
 * or the offending values (`detail`), which may be personal data.
 */
export class SqlError extends Error {
  override readonly name = "SqlError";
  constructor(
    message: string,
    /** SQLSTATE, e.g. `23505` unique violation, `23514` check violation. */
    readonly code: string | undefined,
    readonly constraint: string | undefined,
  ) {
    super(message);
  }
}

/** Converts a driver error into a `SqlError`; anything that is not a database error passes unchanged. */
export function toSqlError(error: unknown): unknown {
  if (error instanceof SqlError || typeof error !== "object" || error === null) return error;
  const { code, constraint, message } = error as { code?: unknown; constraint?: unknown; message?: unknown };
  // Database errors carry a five-character SQLSTATE; socket errors (ECONNREFUSED...) do not.
  if (typeof code !== "string" || !/^[0-9A-Z]{5}$/.test(code)) return error;
  return new SqlError(
    typeof message === "string" ? message : "Database error",
    code,
    typeof constraint === "string" ? constraint : undefined,
  );
}

export const SQLSTATE = {
  uniqueViolation: "23505",
  foreignKeyViolation: "23503",
  checkViolation: "23514",
  notNullViolation: "23502",
  invalidTextRepresentation: "22P02",
  numericOutOfRange: "22003",
  stringTooLong: "22001",
  raiseException: "P0001",
} as const;
