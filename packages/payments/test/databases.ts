/**
 * Databases for tests of the payment store and everything built on it.
 *
 *   const backends = testStores();            // at the top of a test file (registers cleanup)
 *   describe.each(backends)("on $name", (backend) => {
 *     it("...", async () => {
 *       const { store, client, schema } = await backend.freshStore();   // empty, migrated, own schema
 *     });
 *   });
 *
 * Backends:
 * - `pglite`, always: one PGlite instance per test worker process, cached on `globalThis` (a cold start
 *   costs 2–3 s and ~750 MB). Vitest's default pool (forks, `isolate: true`) starts a new process for
 *   every test file, so in practice that is one instance per test file; with `isolate: false` the
 *   instance is shared by every file of the worker. To make the per-file start cheap anyway, the first
 *   start saves an initialised data directory to the OS temp dir (keyed by the PGlite version) and later
 *   starts load it (about 0.9 s and ~400 MB instead of 3 s and ~750 MB).
 * - `postgresql`, when `DK_TEST_DATABASE_URL` is set (an admin URL of a throwaway server, e.g.
 *   `postgres://postgres@127.0.0.1:54329/postgres`). Under `CI=true` without it, the backend is still
 *   listed and every test on it FAILS with a message saying what to set: CI must never skip it.
 *
 * Every `freshStore()`/`freshSchema()` gets a schema of its own, dropped after the test file (the
 * `afterAll` registered by `testStores()`), so tests never see each other's rows.
 */
import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { afterAll } from "vitest";
import { migratePaymentStore } from "../src/store/migrations.js";
import { createPgClient } from "../src/store/pg-client.js";
import { createPgliteClient } from "../src/store/pglite-client.js";
import type { SqlClient } from "../src/store/sql-client.js";
import { createSqlPaymentStore } from "../src/store/sql-store.js";
import type { PaymentStore } from "../src/store/types.js";

export type TestBackendName = "pglite" | "postgresql";

export interface TestStore {
  /** Migrated and empty. Closing it is optional (the file's cleanup does it) and never closes the shared PGlite. */
  store: PaymentStore;
  /** Raw SQL on the same database, for assertions the store API does not offer (its close() does nothing). */
  client: SqlClient;
  /** The schema holding this store's tables (quote-free: `[a-z0-9_]+`). */
  schema: string;
}

export interface TestBackend {
  readonly name: TestBackendName;
  /** A migrated, empty store in a schema of its own. */
  freshStore(): Promise<TestStore>;
  /** An unused schema name (nothing created yet); dropped after the file if something created it. */
  freshSchema(): string;
  /**
   * A client of its own: on PostgreSQL a new pool (a separate set of connections, e.g. to race two
   * "processes"), on PGlite a handle on the shared instance. Closed after the file.
   */
  connect(): Promise<SqlClient>;
}

/** Where the PostgreSQL backend stands for an environment: usable, required but missing, or not wanted. */
export type PostgresSetup = { url: string } | { missing: string } | undefined;

export function postgresSetup(env: Record<string, string | undefined> = process.env): PostgresSetup {
  const url = env.DK_TEST_DATABASE_URL?.trim();
  if (url) return { url };
  if (env.CI === "true") {
    return {
      missing:
        "DK_TEST_DATABASE_URL is not set but CI=true: the payment store must be tested on PostgreSQL in CI. " +
        "Start a throwaway PostgreSQL 15 and set DK_TEST_DATABASE_URL to its admin URL, e.g. " +
        "postgres://postgres@127.0.0.1:54329/postgres (see packages/payments/test/databases.ts).",
    };
  }
  return undefined;
}

// ---------------------------------------------------------------- shared PGlite, one per worker process

const SHARED_PGLITE = Symbol.for("@digitale-kommune/payments/test-pglite");

interface PgliteStartStats {
  /** How many times this process started PGlite (1 when the cache works). */
  starts: number;
  /** Whether the last start loaded the saved data directory rather than running initdb. */
  fromTemplate: boolean;
}

interface SharedPgliteSlot {
  instance: Promise<PGlite>;
  stats: PgliteStartStats;
}

function pgliteTemplatePath(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    // The package's exports hide package.json; its entry file sits in dist/ next to it.
    const packageJson = join(dirname(require.resolve("@electric-sql/pglite")), "..", "package.json");
    const version = (require(packageJson) as { version?: string }).version;
    return version ? join(tmpdir(), `dk-payments-test-pglite-${version}.tar.gz`) : undefined;
  } catch {
    return undefined;
  }
}

async function startPglite(stats: PgliteStartStats): Promise<PGlite> {
  const { PGlite } = await import("@electric-sql/pglite");
  stats.starts += 1;
  const template = pgliteTemplatePath();
  if (template && existsSync(template)) {
    try {
      const db = new PGlite({ loadDataDir: new Blob([await readFile(template)]) });
      await db.waitReady;
      stats.fromTemplate = true;
      return db;
    } catch {
      // A damaged template only costs the cold start below.
    }
  }
  const db = new PGlite();
  await db.waitReady;
  stats.fromTemplate = false;
  if (template) {
    try {
      const dump = await db.dumpDataDir("gzip");
      // Write then rename: a concurrent worker reads either no template or a complete one.
      const partial = `${template}.${process.pid}.partial`;
      await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await rename(partial, template);
    } catch {
      // Without a template later starts are merely slower.
    }
  }
  return db;
}

/**
 * The worker process's PGlite instance, started on first use and cached on `globalThis` (so module
 * re-evaluation in the same process, as with `isolate: false`, finds it), with its start statistics.
 */
export function sharedPglite(): { instance: Promise<PGlite>; stats: Readonly<PgliteStartStats> } {
  const holder = globalThis as { [SHARED_PGLITE]?: SharedPgliteSlot };
  const cached = holder[SHARED_PGLITE];
  if (cached) return cached;
  const stats: PgliteStartStats = { starts: 0, fromTemplate: false };
  const slot: SharedPgliteSlot = { instance: startPglite(stats), stats };
  holder[SHARED_PGLITE] = slot;
  // A failed start is not cached: the next caller tries again.
  slot.instance.catch(() => {
    if (holder[SHARED_PGLITE] === slot) delete holder[SHARED_PGLITE];
  });
  return slot;
}

// ---------------------------------------------------------------- backends

let schemaCounter = 0;

function uniqueSchemaName(): string {
  schemaCounter += 1;
  const random = Math.random().toString(36).slice(2, 8);
  // Unique across parallel workers (pid) and across runs on a reused server (random).
  return `t_${process.pid}_${schemaCounter}_${random}`;
}

interface BackendState {
  schemas: Set<string>;
  clients: SqlClient[];
}

function makeBackend(
  name: TestBackendName,
  state: BackendState,
  openClient: () => Promise<SqlClient>,
  adminClient: () => Promise<SqlClient>,
): TestBackend & { cleanUp(): Promise<void> } {
  const freshSchema = () => {
    const schema = uniqueSchemaName();
    state.schemas.add(schema);
    return schema;
  };
  return {
    name,
    freshSchema,
    async connect() {
      const client = await openClient();
      state.clients.push(client);
      return client;
    },
    async freshStore() {
      const client = await adminClient();
      const schema = freshSchema();
      await migratePaymentStore(client, { schema });
      // A non-closing view: closing a store (or its client) never pulls the file's shared connection
      // from other stores; the file's cleanup closes it.
      const storeClient: SqlClient = { ...client, close: async () => {} };
      return { store: createSqlPaymentStore(storeClient, { schema }), client: storeClient, schema };
    },
    async cleanUp() {
      for (const client of state.clients.splice(0)) await client.close().catch(() => {});
      if (state.schemas.size === 0) return;
      const admin = await adminClient();
      for (const schema of state.schemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      state.schemas.clear();
    },
  };
}

function failingBackend(name: TestBackendName, message: string): TestBackend {
  const fail = (): never => {
    throw new Error(message);
  };
  return {
    name,
    freshSchema: fail,
    connect: async () => fail(),
    freshStore: async () => fail(),
  };
}

/**
 * The backends to run store tests against (PGlite always; PostgreSQL per `postgresSetup`). Call it once
 * at the top of a test file: it registers an `afterAll` that drops the file's schemas and closes its
 * connections.
 */
export function testStores(): TestBackend[] {
  const backends: TestBackend[] = [];
  const cleanups: Array<() => Promise<void>> = [];

  // On PGlite every client is a non-closing handle on the shared instance.
  const pgliteClient = async () => createPgliteClient(await sharedPglite().instance, { ownsInstance: false });
  const pglite = makeBackend("pglite", { schemas: new Set(), clients: [] }, pgliteClient, pgliteClient);
  backends.push(pglite);
  cleanups.push(() => pglite.cleanUp());

  const postgres = postgresSetup();
  if (postgres && "missing" in postgres) backends.push(failingBackend("postgresql", postgres.missing));
  if (postgres && "url" in postgres) {
    const openPool = async (): Promise<SqlClient> => {
      const { default: pg } = await import("pg");
      const pool = new pg.Pool({ connectionString: postgres.url, max: 12, connectionTimeoutMillis: 10_000 });
      pool.on("error", () => {});
      return createPgClient(pool, { ownsPool: true });
    };
    // One pool per test file serves every fresh store; `connect()` opens extra pools.
    let admin: Promise<SqlClient> | undefined;
    const adminClient = () => {
      admin ??= openPool();
      return admin;
    };
    const postgresql = makeBackend("postgresql", { schemas: new Set(), clients: [] }, openPool, adminClient);
    backends.push(postgresql);
    cleanups.push(async () => {
      await postgresql.cleanUp();
      if (admin) await (await admin).close();
    });
  }

  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });
  return backends;
}
