// @vitest-environment node
/**
 * The store's concurrency promises, on every backend: 100 identical calls at once produce exactly one
 * effect. On PostgreSQL the calls really overlap (a pool of 12 connections); on PGlite they are
 * serialised by its single connection, which must give the same outcome.
 */
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { type TestStore, testStores } from "../../test/databases.js";
import { isPaymentError } from "../core/errors.js";
import { CREATED_AUDIT, newPaymentFixture } from "./test-fixtures.js";

const backends = testStores();
const CALLS = 100;

async function countRows(t: TestStore, sql: string, params: unknown[] = []): Promise<number> {
  const result = await t.client.query<{ n: unknown }>(sql, params);
  return Number(result.rows[0]?.n);
}

describe.each(backends)("concurrent calls on $name", (backend) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await backend.freshStore();
  }, 60_000);

  it(`${CALLS} identical idempotent creates give one payment and one created audit entry`, async () => {
    const claim = { key: `checkout-${randomUUID()}`, fingerprint: "fingerprint-of-the-same-parameters" };
    const results = await Promise.all(
      Array.from({ length: CALLS }, () => t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT, claim)),
    );
    const created = results.filter((result) => result.created);
    expect(created).toHaveLength(1);
    const winner = created[0]?.payment;
    expect(new Set(results.map((result) => result.payment.id))).toEqual(new Set([winner?.id]));
    for (const result of results) expect(result.payment).toEqual(winner);
    expect(await countRows(t, `SELECT count(*) AS n FROM "${t.schema}".payments`)).toBe(1);
    expect(await countRows(t, `SELECT count(*) AS n FROM "${t.schema}".audit_log WHERE action = 'created'`)).toBe(1);
    expect(await countRows(t, `SELECT count(*) AS n FROM "${t.schema}".idempotency_keys`)).toBe(1);
  });

  it(`${CALLS} identical creates with two fingerprints: one payment, the others replay or conflict`, async () => {
    const key = `checkout-${randomUUID()}`;
    const settled = await Promise.allSettled(
      Array.from({ length: CALLS }, (_, index) =>
        t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT, { key, fingerprint: `fp-${index % 2}` }),
      ),
    );
    const fulfilled = settled.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    const rejected = settled.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(fulfilled.filter((result) => result.created)).toHaveLength(1);
    expect(fulfilled).toHaveLength(CALLS / 2);
    expect(rejected).toHaveLength(CALLS / 2);
    for (const reason of rejected) expect(isPaymentError(reason, "idempotency_conflict")).toBe(true);
    expect(await countRows(t, `SELECT count(*) AS n FROM "${t.schema}".payments`)).toBe(1);
  });

  it(`${CALLS} identical compare-and-set confirmations give exactly one transition and one audit entry`, async () => {
    const { payment } = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
    const results = await Promise.all(
      Array.from({ length: CALLS }, () =>
        t.store.updatePayment(
          payment.id,
          payment.version,
          { state: "succeeded", confirmedAmount: payment.amount },
          {
            actor: { kind: "provider", providerId: "sandbox" },
            action: "transition",
            cause: "status confirmed by provider",
            fromState: "created",
          },
        ),
      ),
    );
    const applied = results.filter((result) => result !== undefined);
    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatchObject({ state: "succeeded", version: payment.version + 1 });
    const stored = await t.store.getPayment(payment.id);
    expect(stored).toEqual(applied[0]);
    const transitions = (await t.store.listAudit(payment.id)).filter((entry) => entry.action === "transition");
    expect(transitions).toHaveLength(1);
  });

  it(`${CALLS} deliveries of one notification are new exactly once`, async () => {
    const at = new Date();
    const results = await Promise.all(
      Array.from({ length: CALLS }, () => t.store.rememberNotification("sandbox", "msg-42", at)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("concurrent refunds never exceed the paid amount", async () => {
    const { payment } = await t.store.insertPayment(newPaymentFixture({ amount: 1000 }), CREATED_AUDIT);
    const now = new Date();
    const settled = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        t.store.insertRefund(
          {
            id: randomUUID(),
            paymentId: payment.id,
            amount: 300,
            state: "requested",
            reason: "Erstattung",
            providerRefundId: null,
            createdAt: now,
            updatedAt: now,
          },
          { actor: { kind: "treasury", userId: "kasse-1" }, action: "refund_requested", cause: "test" },
        ),
      ),
    );
    const accepted = settled.filter((result) => result.status === "fulfilled");
    expect(accepted).toHaveLength(3);
    for (const result of settled) {
      if (result.status === "rejected") expect(isPaymentError(result.reason, "refund_exceeds_payment")).toBe(true);
    }
    const refunds = await t.store.listRefunds(payment.id);
    expect(refunds.reduce((sum, refund) => sum + refund.amount, 0)).toBe(900);
  });
});
