// @vitest-environment node
import { describe, expect, it } from "vitest";
import { testStores } from "../../test/databases.js";
import { isPaymentError } from "../core/errors.js";
import { MIGRATIONS, type Migration, migratePaymentStore } from "./migrations.js";
import { quoteSchema } from "./schema-name.js";
import type { SqlQueryable } from "./sql-client.js";

const backends = testStores();

async function tablesIn(client: SqlQueryable, schema: string): Promise<string[]> {
  const result = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name",
    [schema],
  );
  return result.rows.map((row) => row.table_name);
}

async function migrationRows(client: SqlQueryable, schema: string): Promise<number[]> {
  const result = await client.query<{ id: number }>(`SELECT id FROM "${schema}".schema_migrations ORDER BY id`);
  return result.rows.map((row) => Number(row.id));
}

const EXPECTED_TABLES = [
  "audit_log",
  "idempotency_keys",
  "payments",
  "refunds",
  "schema_migrations",
  "seen_notifications",
];

describe.each(backends)("migrations on $name", (backend) => {
  it("create every table in the configured schema on a fresh database", { timeout: 60_000 }, async () => {
    const client = await backend.connect();
    const schema = backend.freshSchema();
    const result = await migratePaymentStore(client, { schema });
    expect(result.applied).toEqual(MIGRATIONS.map((migration) => migration.id));
    expect(await tablesIn(client, schema)).toEqual(EXPECTED_TABLES);
    expect(await migrationRows(client, schema)).toEqual(MIGRATIONS.map((migration) => migration.id));
  });

  it("change nothing on a second run", { timeout: 60_000 }, async () => {
    const client = await backend.connect();
    const schema = backend.freshSchema();
    await migratePaymentStore(client, { schema });
    const again = await migratePaymentStore(client, { schema });
    expect(again.applied).toEqual([]);
    expect(await migrationRows(client, schema)).toEqual(MIGRATIONS.map((migration) => migration.id));
  });

  it("apply each migration once when several clients start at the same time", { timeout: 60_000 }, async () => {
    const clients = await Promise.all([backend.connect(), backend.connect(), backend.connect(), backend.connect()]);
    const schema = backend.freshSchema();
    const results = await Promise.all(clients.map((client) => migratePaymentStore(client, { schema })));
    const applied = results.flatMap((result) => result.applied).sort();
    expect(applied).toEqual(MIGRATIONS.map((migration) => migration.id).sort());
    expect(await migrationRows(clients[0] as SqlQueryable, schema)).toEqual(
      MIGRATIONS.map((migration) => migration.id),
    );
    expect(await tablesIn(clients[0] as SqlQueryable, schema)).toEqual(EXPECTED_TABLES);
  });

  it("apply a later migration on top and roll back a failing one completely", { timeout: 60_000 }, async () => {
    const client = await backend.connect();
    const schema = backend.freshSchema();
    await migratePaymentStore(client, { schema });
    const failing: Migration = {
      id: 1000,
      name: "half-done",
      statements: (s) => [`CREATE TABLE ${s}.half_done (id int)`, "SELECT no_such_function()"],
    };
    await expect(migratePaymentStore(client, { schema, migrations: [...MIGRATIONS, failing] })).rejects.toThrow();
    expect(await tablesIn(client, schema)).not.toContain("half_done");
    expect(await migrationRows(client, schema)).not.toContain(1000);
    const later: Migration = {
      id: 1001,
      name: "later",
      statements: (s) => [`CREATE TABLE ${s}.later (id int)`],
    };
    expect((await migratePaymentStore(client, { schema, migrations: [...MIGRATIONS, later] })).applied).toEqual([1001]);
    expect(await tablesIn(client, schema)).toContain("later");
  });

  it("keep schemas apart: the same tables in two schemas do not share rows", { timeout: 60_000 }, async () => {
    const a = await backend.freshStore();
    const b = await backend.freshStore();
    expect(a.schema).not.toBe(b.schema);
    const { newPaymentFixture, CREATED_AUDIT } = await import("./test-fixtures.js");
    const { payment } = await a.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
    expect(await a.store.getPayment(payment.id)).toBeDefined();
    expect(await b.store.getPayment(payment.id)).toBeUndefined();
  });
});

describe("schema names", () => {
  it("accept plain lower-case identifiers", () => {
    expect(quoteSchema()).toBe('"dk_payments"');
    expect(quoteSchema("stadt_giessen_2")).toBe('"stadt_giessen_2"');
  });

  it.each(['x"; DROP SCHEMA public; --', "Payments", "1abc", "", "pg_catalog", "a".repeat(64), "with space"])(
    "refuse %j with a configuration_error",
    (name) => {
      let caught: unknown;
      try {
        quoteSchema(name);
      } catch (error) {
        caught = error;
      }
      expect(isPaymentError(caught, "configuration_error")).toBe(true);
    },
  );
});
