/**
 * The store's schema as an ordered list of migrations, shipped as code (no files to find at run time).
 * Each migration runs in its own transaction and is recorded in `schema_migrations`; applied ones are
 * skipped, so running the list again changes nothing. A transaction-scoped advisory lock per schema
 * makes two processes that start at once apply each migration exactly once. SQL stays within
 * PostgreSQL 15 (CI) while PGlite runs PostgreSQL 18.
 *
 * Never edit a released migration: append a new one.
 */
import { PAYMENT_FLAGS, PAYMENT_STATES, REFUND_STATES } from "../core/types.js";
import { DEFAULT_SCHEMA, quoteSchema } from "./schema-name.js";
import type { SqlClient, SqlQueryable } from "./sql-client.js";

export interface Migration {
  id: number;
  name: string;
  /** Statements in order, one per entry; `s` is the quoted schema name. */
  statements: (s: string) => string[];
}

const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(", ");
const STATES = sqlList(PAYMENT_STATES);

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: "payments, audit log, idempotency keys, seen notifications, refunds",
    statements: (s) => [
      `CREATE TABLE ${s}.payments (
        id uuid PRIMARY KEY,
        city_id text NOT NULL CHECK (length(city_id) BETWEEN 1 AND 200),
        service_id text NOT NULL CHECK (length(service_id) BETWEEN 1 AND 200),
        provider_id text NOT NULL CHECK (length(provider_id) BETWEEN 1 AND 200),
        provider_payment_id text CHECK (length(provider_payment_id) BETWEEN 1 AND 255),
        state text NOT NULL CHECK (state IN (${STATES})),
        amount integer NOT NULL CHECK (amount >= 0),
        currency text NOT NULL DEFAULT 'EUR' CHECK (currency = 'EUR'),
        line_items jsonb NOT NULL CHECK (jsonb_typeof(line_items) = 'array'),
        explanation jsonb NOT NULL CHECK (jsonb_typeof(explanation) = 'object'),
        fee_table_version text NOT NULL CHECK (length(fee_table_version) BETWEEN 1 AND 200),
        reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 140),
        kassenzeichen text CHECK (length(kassenzeichen) BETWEEN 1 AND 64),
        confirmed_amount integer CHECK (confirmed_amount >= 0),
        refunded_amount integer NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0),
        flags text[] NOT NULL DEFAULT '{}' CHECK (flags <@ ARRAY[${sqlList(PAYMENT_FLAGS)}]::text[]),
        payer jsonb CHECK (payer IS NULL OR jsonb_typeof(payer) = 'object'),
        personal_data_erased_at timestamptz,
        return_token_hash text NOT NULL UNIQUE CHECK (return_token_hash ~ '^[0-9a-f]{64}$'),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`,
      // A provider's transaction id names one payment; a second payment with it would be a double booking.
      `CREATE UNIQUE INDEX payments_provider_payment_id ON ${s}.payments (provider_id, provider_payment_id)
        WHERE provider_payment_id IS NOT NULL`,
      `CREATE INDEX payments_kassenzeichen ON ${s}.payments (kassenzeichen) WHERE kassenzeichen IS NOT NULL`,
      `CREATE INDEX payments_state_created ON ${s}.payments (state, created_at, id)`,
      `CREATE INDEX payments_flags ON ${s}.payments USING gin (flags)`,
      `CREATE INDEX payments_payer_created ON ${s}.payments (created_at) WHERE payer IS NOT NULL`,

      `CREATE TABLE ${s}.audit_log (
        id bigserial PRIMARY KEY,
        payment_id uuid NOT NULL REFERENCES ${s}.payments (id),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor jsonb NOT NULL CHECK (jsonb_typeof(actor) = 'object'),
        action text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
        from_state text CHECK (from_state IN (${STATES})),
        to_state text CHECK (to_state IN (${STATES})),
        cause text NOT NULL CHECK (length(cause) <= 1000),
        details jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object')
      )`,
      `CREATE INDEX audit_log_payment ON ${s}.audit_log (payment_id, id)`,
      `CREATE FUNCTION ${s}.reject_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
            USING ERRCODE = 'P0001', HINT = 'Append a new audit entry instead.';
        END
      $$`,
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON ${s}.audit_log
        FOR EACH ROW EXECUTE FUNCTION ${s}.reject_audit_change()`,
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON ${s}.audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION ${s}.reject_audit_change()`,

      // The key row is claimed first in the creating transaction, so its foreign key is checked at commit.
      `CREATE TABLE ${s}.idempotency_keys (
        key text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 255),
        fingerprint text NOT NULL CHECK (length(fingerprint) BETWEEN 1 AND 255),
        payment_id uuid NOT NULL REFERENCES ${s}.payments (id) DEFERRABLE INITIALLY DEFERRED,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,

      `CREATE TABLE ${s}.seen_notifications (
        provider_id text NOT NULL CHECK (length(provider_id) BETWEEN 1 AND 200),
        message_id text NOT NULL CHECK (length(message_id) BETWEEN 1 AND 255),
        received_at timestamptz NOT NULL,
        PRIMARY KEY (provider_id, message_id)
      )`,
      `CREATE INDEX seen_notifications_received ON ${s}.seen_notifications (received_at)`,

      `CREATE TABLE ${s}.refunds (
        id uuid PRIMARY KEY,
        payment_id uuid NOT NULL REFERENCES ${s}.payments (id),
        amount integer NOT NULL CHECK (amount > 0),
        state text NOT NULL CHECK (state IN (${sqlList(REFUND_STATES)})),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        provider_refund_id text CHECK (length(provider_refund_id) BETWEEN 1 AND 255),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`,
      `CREATE INDEX refunds_payment ON ${s}.refunds (payment_id, created_at)`,
    ],
  },
  {
    id: 2,
    name: "index for reconciliation's look at recently expired payments",
    statements: (s) => [`CREATE INDEX payments_state_expires ON ${s}.payments (state, expires_at DESC)`],
  },
];

/** Two-part advisory lock key: a fixed namespace for this package and a hash of the schema name. */
const LOCK_NAMESPACE = 0x646b_7079; // "dkpy"

function schemaLockKey(schema: string): number {
  // FNV-1a, 32 bit, as a signed int4 (pg_advisory_xact_lock(int, int)).
  let hash = 0x811c9dc5;
  for (let index = 0; index < schema.length; index += 1) {
    hash ^= schema.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

async function lockSchema(tx: SqlQueryable, schema: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock($1::int, $2::int)", [LOCK_NAMESPACE, schemaLockKey(schema)]);
}

export interface MigrationResult {
  /** Ids of the migrations this call applied (empty when the schema was up to date). */
  applied: number[];
}

/**
 * Brings `schema` (default `dk_payments`) up to date. Safe to call on every start and from several
 * processes at once.
 */
export async function migratePaymentStore(
  client: SqlClient,
  options: { schema?: string; migrations?: readonly Migration[] } = {},
): Promise<MigrationResult> {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  const s = quoteSchema(schema);
  const migrations = [...(options.migrations ?? MIGRATIONS)].sort((a, b) => a.id - b.id);
  const applied: number[] = [];
  for (const migration of migrations) {
    const ran = await client.transaction(async (tx) => {
      // Everything below happens under the lock, including creating the schema: CREATE ... IF NOT
      // EXISTS alone still races (two creators both pass the check, one fails on the catalog's unique key).
      await lockSchema(tx, schema);
      await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await tx.query(
        `CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (
          id integer PRIMARY KEY,
          name text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`,
      );
      const done = await tx.query(`SELECT 1 FROM ${s}.schema_migrations WHERE id = $1`, [migration.id]);
      if (done.rowCount > 0) return false;
      for (const statement of migration.statements(s)) await tx.query(statement);
      await tx.query(`INSERT INTO ${s}.schema_migrations (id, name) VALUES ($1, $2)`, [migration.id, migration.name]);
      return true;
    });
    if (ran) applied.push(migration.id);
  }
  return { applied };
}
