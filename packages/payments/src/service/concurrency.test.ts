// @vitest-environment node
/**
 * Exactly-once under concurrency, on every store backend: 100 concurrent identical notifications or
 * status confirmations produce exactly one transition, also when they arrive at two service instances
 * with their own connections (two "processes" of the portal).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { testStores } from "../../test/databases.js";
import { isPaymentError } from "../core/errors.js";
import { createSqlPaymentStore } from "../store/sql-store.js";
import { createPaymentService, type PaymentService } from "./payment-service.js";
import { createInput, SECRET, TestClock } from "./test-support/fixtures.js";
import { ScriptedProvider } from "./test-support/scripted-provider.js";

const backends = testStores();
const CONCURRENCY = 100;

function errorCodes(results: PromiseSettledResult<unknown>[]): Record<string, number> {
  const codes: Record<string, number> = {};
  for (const result of results) {
    const key = result.status === "fulfilled" ? "ok" : isPaymentError(result.reason) ? result.reason.code : "other";
    codes[key] = (codes[key] ?? 0) + 1;
  }
  return codes;
}

// A hundred requests on one embedded PGlite run one after another; give them room (nothing asserts time).
vi.setConfig({ testTimeout: 60_000 });

describe.each(backends)("concurrency on $name", (backend) => {
  beforeAll(async () => {
    await backend.freshStore();
  }, 120_000);

  /** Two service instances over separate clients of the same database, sharing one provider. */
  async function twoInstances() {
    const { store, schema } = await backend.freshStore();
    const secondStore = createSqlPaymentStore(await backend.connect(), { schema });
    const provider = new ScriptedProvider();
    const clock = new TestClock();
    const make = (paymentStore: typeof store): PaymentService =>
      createPaymentService({
        store: paymentStore,
        providers: [provider],
        now: clock.now,
        returnTokenSecret: SECRET,
        returnUrl: (token) => `https://portal.example.test/r/${token}`,
      });
    const services = [make(store), make(secondStore)] as const;
    const { payment } = await services[0].createPayment(createInput());
    await services[0].startPayment(payment.id);
    return { services, provider, store, clock, payment };
  }

  function transitionsTo(audit: { action: string; toState: string | null }[], state: string): number {
    return audit.filter((entry) => entry.action === "transition" && entry.toState === state).length;
  }

  it(`${CONCURRENCY} concurrent identical notifications: one transition, the rest rejected as replays`, async () => {
    const { services, provider, store, payment } = await twoInstances();
    provider.pay(payment.id);
    const started = performance.now();
    const results = await Promise.allSettled(
      Array.from({ length: CONCURRENCY }, (_, index) =>
        (index % 2 === 0 ? services[0] : services[1]).handleNotification(
          "scripted",
          provider.notification(payment.id, "same-message"),
        ),
      ),
    );
    const elapsed = performance.now() - started;
    expect(errorCodes(results)).toEqual({ ok: 1, replayed_notification: CONCURRENCY - 1 });
    const audit = await store.listAudit(payment.id);
    expect(transitionsTo(audit, "succeeded")).toBe(1);
    expect(audit.filter((entry) => entry.action === "notification_received")).toHaveLength(1);
    expect(await store.getPayment(payment.id)).toMatchObject({ state: "succeeded", version: 3 });
    console.info(`[measure] ${backend.name}: ${CONCURRENCY} identical notifications in ${elapsed.toFixed(0)} ms`);
  });

  it(`${CONCURRENCY} concurrent notifications with distinct message ids: one transition`, async () => {
    const { services, provider, store, payment } = await twoInstances();
    provider.pay(payment.id);
    const results = await Promise.allSettled(
      Array.from({ length: CONCURRENCY }, (_, index) =>
        (index % 2 === 0 ? services[0] : services[1]).handleNotification(
          "scripted",
          provider.notification(payment.id, `retry-${index}`),
        ),
      ),
    );
    expect(errorCodes(results)).toEqual({ ok: CONCURRENCY });
    const fulfilled = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    expect(fulfilled.filter((result) => result.changed)).toHaveLength(1);
    expect(new Set(fulfilled.map((result) => result.payment.state))).toEqual(new Set(["succeeded"]));
    const audit = await store.listAudit(payment.id);
    expect(transitionsTo(audit, "succeeded")).toBe(1);
    expect(audit.filter((entry) => entry.action === "notification_received")).toHaveLength(CONCURRENCY);
  });

  it(`${CONCURRENCY} concurrent status confirmations: one transition, all see succeeded`, async () => {
    const { services, provider, store, payment } = await twoInstances();
    provider.pay(payment.id);
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: CONCURRENCY }, (_, index) =>
        (index % 2 === 0 ? services[0] : services[1]).confirmPayment(payment.id, { kind: "citizen" }),
      ),
    );
    const elapsed = performance.now() - started;
    expect(results.filter((result) => result.changed)).toHaveLength(1);
    expect(results.every((result) => result.payment.state === "succeeded")).toBe(true);
    expect(transitionsTo(await store.listAudit(payment.id), "succeeded")).toBe(1);
    console.info(`[measure] ${backend.name}: ${CONCURRENCY} identical confirmations in ${elapsed.toFixed(0)} ms`);
  });

  it(`${CONCURRENCY} concurrent confirmations of a wrong amount: flagged once, never booked`, async () => {
    const { services, provider, store, payment } = await twoInstances();
    provider.pay(payment.id, 1);
    await Promise.all(
      Array.from({ length: CONCURRENCY }, (_, index) =>
        (index % 2 === 0 ? services[0] : services[1]).confirmPayment(payment.id, { kind: "citizen" }),
      ),
    );
    const audit = await store.listAudit(payment.id);
    expect(audit.filter((entry) => entry.action === "flagged")).toHaveLength(1);
    expect(await store.getPayment(payment.id)).toMatchObject({ state: "pending", flags: ["amount_mismatch"] });
  });

  it("expiry racing confirmations: the success is booked exactly once, never lost", async () => {
    const { services, provider, store, clock, payment } = await twoInstances();
    clock.advanceMinutes(91);
    // Paid at the very last moment: the provider's cancel comes too late.
    const cancel = provider.cancel.bind(provider);
    provider.cancel = async (id) => {
      provider.pay(payment.id);
      return cancel(id);
    };
    provider.pay(payment.id);
    provider.setStatus(payment.id, "open");
    const work: Promise<unknown>[] = [services[0].reconcile(), services[1].reconcile()];
    for (let index = 0; index < 20; index++)
      work.push((index % 2 === 0 ? services[0] : services[1]).confirmPayment(payment.id, { kind: "citizen" }));
    await Promise.allSettled(work);
    await services[0].reconcile();
    const after = await store.getPayment(payment.id);
    expect(after?.state).toBe("succeeded");
    expect(transitionsTo(await store.listAudit(payment.id), "succeeded")).toBe(1);
  });
});
