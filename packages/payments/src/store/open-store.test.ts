// @vitest-environment node
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { postgresSetup, testStores } from "../../test/databases.js";
import { isPaymentError, type PaymentError } from "../core/errors.js";
import { openPaymentStore } from "./open-store.js";
import { CREATED_AUDIT, newPaymentFixture } from "./test-fixtures.js";

const postgresBackend = testStores().find((backend) => backend.name === "postgresql");
const postgres = postgresSetup();

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

describe("openPaymentStore with embedded PGlite", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("keeps payments in dataDir across a restart", { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "dk-payments-store-"));
    dirs.push(dataDir);
    const input = newPaymentFixture();
    const first = await openPaymentStore({ dataDir, schema: "stadt_test" });
    await first.insertPayment(input, CREATED_AUDIT);
    await first.close();

    const second = await openPaymentStore({ dataDir, schema: "stadt_test" });
    try {
      expect((await second.getPayment(input.id))?.amount).toBe(input.amount);
      expect((await second.listAudit(input.id)).map((entry) => entry.action)).toEqual(["created"]);
    } finally {
      await second.close();
    }
  });

  it("refuses a bad schema name before opening anything", async () => {
    const error = await rejection(openPaymentStore({ schema: "Robert'); DROP TABLE x;--" }));
    expect(isPaymentError(error, "configuration_error")).toBe(true);
    expect((error as PaymentError).field).toBe("schema");
  });
});

describe("openPaymentStore with a bad DATABASE_URL", () => {
  it.each(["not a url", "mysql://user:pw@localhost/db", "   "])(
    "refuses %j with a configuration_error",
    async (url) => {
      const error = await rejection(openPaymentStore({ databaseUrl: url }));
      expect(isPaymentError(error, "configuration_error")).toBe(true);
      expect((error as PaymentError).field).toBe("DATABASE_URL");
      expect((error as PaymentError).message).toContain("DATABASE_URL");
    },
  );

  it("names the unreachable server but never the password", { timeout: 30_000 }, async () => {
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const error = await rejection(
      openPaymentStore({ databaseUrl: "postgres://kasse:s3cret-Passw0rd@127.0.0.1:1/payments" }),
    );
    expect(isPaymentError(error, "configuration_error")).toBe(true);
    const message = (error as PaymentError).message;
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("127.0.0.1:1/payments");
    expect(JSON.stringify({ message, details: (error as PaymentError).details })).not.toContain("s3cret");
  });
});

describe.runIf(postgres)("openPaymentStore on PostgreSQL (DK_TEST_DATABASE_URL)", () => {
  function databaseUrl(): string {
    if (!postgres || "missing" in postgres) throw new Error(postgres?.missing ?? "no PostgreSQL configured");
    return postgres.url;
  }

  it("migrates and serves a store, also when two processes open it at once", { timeout: 60_000 }, async () => {
    const url = databaseUrl();
    const schema = postgresBackend?.freshSchema() as string;
    const [a, b] = await Promise.all([
      openPaymentStore({ databaseUrl: url, schema }),
      openPaymentStore({ databaseUrl: url, schema }),
    ]);
    try {
      const { payment } = await a.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      expect(await b.getPayment(payment.id)).toEqual(payment);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("reports a missing database as a configuration_error", { timeout: 30_000 }, async () => {
    const url = new URL(databaseUrl());
    url.pathname = "/dk_no_such_database";
    const error = await rejection(openPaymentStore({ databaseUrl: url.toString() }));
    expect(isPaymentError(error, "configuration_error")).toBe(true);
    expect((error as PaymentError).details.code).toBe("3D000");
  });
});
