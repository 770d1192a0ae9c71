// @vitest-environment node
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestStore } from "../../test/databases.js";
import { testStores } from "../../test/databases.js";
import { isPaymentError, PaymentError } from "../core/errors.js";
import type { Refund } from "../core/types.js";
import { CREATED_AUDIT, newPaymentFixture, sha256Hex } from "./test-fixtures.js";

const backends = testStores();

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

function refundFixture(paymentId: string, amount: number, overrides: Partial<Refund> = {}): Refund {
  const now = new Date();
  return {
    id: randomUUID(),
    paymentId,
    amount,
    state: "requested",
    reason: "Antrag zurückgezogen",
    providerRefundId: null,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

describe.each(backends)("SQL payment store on $name", (backend) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await backend.freshStore();
  }, 60_000);

  describe("insert and find", () => {
    it("stores a payment and reads it back with Dates, numbers and JSON intact", async () => {
      const input = newPaymentFixture({
        amount: 3050,
        kassenzeichen: "KZ-2025-000123-7",
        payer: { name: "Erika Mustermann" },
      });
      const { payment, created } = await t.store.insertPayment(input, CREATED_AUDIT);
      expect(created).toBe(true);
      expect(payment).toEqual({
        id: input.id,
        cityId: "giessen",
        serviceId: "bewohnerparkausweis",
        providerId: "sandbox",
        providerPaymentId: null,
        state: "created",
        amount: 3050,
        currency: "EUR",
        lineItems: input.lineItems,
        explanation: input.explanation,
        feeTableVersion: input.feeTableVersion,
        reference: input.reference,
        kassenzeichen: "KZ-2025-000123-7",
        confirmedAmount: null,
        refundedAmount: 0,
        flags: [],
        payer: { name: "Erika Mustermann" },
        createdAt: input.createdAt,
        updatedAt: input.createdAt,
        expiresAt: input.expiresAt,
        version: 1,
      });
      expect(await t.store.getPayment(input.id)).toEqual(payment);
      expect(await t.store.findByReturnTokenHash(input.returnTokenHash)).toEqual(payment);
      expect(await t.store.findByKassenzeichen("KZ-2025-000123-7")).toEqual([payment]);
    });

    it("records the creation in the audit log", async () => {
      const { payment } = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      const audit = await t.store.listAudit(payment.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        paymentId: payment.id,
        actor: { kind: "citizen" },
        action: "created",
        fromState: null,
        toState: "created",
        cause: "Payment started in the portal.",
        details: {},
      });
      expect(audit[0]?.at).toBeInstanceOf(Date);
      expect(typeof audit[0]?.id).toBe("number");
    });

    it("returns undefined or empty lists for unknown and malformed ids, without SQL errors", async () => {
      await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      expect(await t.store.getPayment(randomUUID())).toBeUndefined();
      expect(await t.store.getPayment("not-a-uuid'; DROP TABLE payments; --")).toBeUndefined();
      expect(await t.store.getPayment("")).toBeUndefined();
      expect(await t.store.findByReturnTokenHash("abc")).toBeUndefined();
      expect(await t.store.findByReturnTokenHash(sha256Hex("unknown"))).toBeUndefined();
      expect(await t.store.findByProviderPaymentId("sandbox", "nope")).toBeUndefined();
      expect(await t.store.findByKassenzeichen("KZ-UNKNOWN")).toEqual([]);
      expect(await t.store.listAudit("x")).toEqual([]);
      expect(await t.store.listRefunds("x")).toEqual([]);
      expect(
        await t.store.updatePayment(
          "x",
          1,
          { state: "pending" },
          { actor: { kind: "system" }, action: "t", cause: "" },
        ),
      ).toBeUndefined();
    });

    it("finds payments by provider payment id within the provider", async () => {
      const { payment } = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      await t.store.updatePayment(
        payment.id,
        1,
        { state: "pending", providerPaymentId: "sbx_42" },
        {
          actor: { kind: "citizen" },
          action: "transition",
          cause: "redirected to provider",
          fromState: "created",
        },
      );
      expect((await t.store.findByProviderPaymentId("sandbox", "sbx_42"))?.id).toBe(payment.id);
      expect(await t.store.findByProviderPaymentId("xbezahldienste", "sbx_42")).toBeUndefined();
    });

    it("refuses a second payment with the same provider payment id", async () => {
      const first = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      const second = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      const audit = { actor: { kind: "system" as const }, action: "provider_created", cause: "" };
      await t.store.updatePayment(first.payment.id, 1, { providerPaymentId: "dup" }, audit);
      const error = await rejection(t.store.updatePayment(second.payment.id, 1, { providerPaymentId: "dup" }, audit));
      expect(isPaymentError(error, "invalid_input")).toBe(true);
      expect((error as PaymentError).field).toBe("providerPaymentId");
      expect(await t.store.getPayment(second.payment.id)).toEqual(second.payment);
    });

    it("lists several payments with one Kassenzeichen (a finding for the treasury)", async () => {
      const a = await t.store.insertPayment(newPaymentFixture({ kassenzeichen: "KZ-1" }), CREATED_AUDIT);
      const b = await t.store.insertPayment(newPaymentFixture({ kassenzeichen: "KZ-1" }), CREATED_AUDIT);
      const found = await t.store.findByKassenzeichen("KZ-1");
      expect(found.map((payment) => payment.id).sort()).toEqual([a.payment.id, b.payment.id].sort());
    });

    it("lists expired payments since an instant, latest expiry first, however many older ones exist", async () => {
      const base = Date.parse("2026-03-01T12:00:00Z");
      const ids: string[] = [];
      for (const [index, daysAgo] of [30, 2, 20, 1, 0].entries()) {
        const input = newPaymentFixture({
          createdAt: new Date(base - (daysAgo + 1) * 86_400_000),
          expiresAt: new Date(base - daysAgo * 86_400_000),
        });
        const { payment } = await t.store.insertPayment(input, CREATED_AUDIT);
        ids[index] = payment.id;
        if (daysAgo > 0) {
          await t.store.updatePayment(
            payment.id,
            payment.version,
            { state: "expired" },
            {
              actor: { kind: "reconciliation" },
              action: "transition",
              cause: "expired",
              fromState: "created",
            },
          );
        }
      }
      const since = new Date(base - 7 * 86_400_000);
      // Expired 1 and 2 days ago, newest first; the open one and those expired 20 and 30 days ago are left out.
      expect((await t.store.listExpiredSince(since, 10)).map((payment) => payment.id)).toEqual([ids[3], ids[1]]);
      expect((await t.store.listExpiredSince(since, 1)).map((payment) => payment.id)).toEqual([ids[3]]);
      const badSince = await rejection(t.store.listExpiredSince(new Date(Number.NaN), 10));
      expect(isPaymentError(badSince, "invalid_input")).toBe(true);
    });

    it("lists payments by state in creation order, bounded by limit", async () => {
      const base = Date.now();
      const ids: string[] = [];
      for (let index = 0; index < 4; index += 1) {
        const { payment } = await t.store.insertPayment(
          newPaymentFixture({ createdAt: new Date(base - (10 - index) * 60_000) }),
          CREATED_AUDIT,
        );
        ids.push(payment.id);
      }
      await t.store.updatePayment(
        ids[1] as string,
        1,
        { state: "pending" },
        {
          actor: { kind: "citizen" },
          action: "transition",
          cause: "redirect",
          fromState: "created",
        },
      );
      await t.store.updatePayment(
        ids[2] as string,
        1,
        { state: "failed" },
        {
          actor: { kind: "provider", providerId: "sandbox" },
          action: "transition",
          cause: "declined",
          fromState: "created",
        },
      );
      const open = await t.store.listByState(["created", "pending"], 10);
      expect(open.map((payment) => payment.id)).toEqual([ids[0], ids[1], ids[3]]);
      expect((await t.store.listByState(["created", "pending"], 2)).map((payment) => payment.id)).toEqual([
        ids[0],
        ids[1],
      ]);
      expect(await t.store.listByState(["refunded"], 10)).toEqual([]);
      const badState = await rejection(t.store.listByState(["paid" as never], 10));
      expect(isPaymentError(badState, "invalid_input")).toBe(true);
      const badLimit = await rejection(t.store.listByState(["created"], 0));
      expect(isPaymentError(badLimit, "invalid_input")).toBe(true);
    });
  });

  describe("idempotency", () => {
    it("returns the stored payment for a replay with the same key and fingerprint", async () => {
      const claim = { key: "order-4711", fingerprint: sha256Hex("params-a") };
      const first = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT, claim);
      const replay = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT, claim);
      expect(first.created).toBe(true);
      expect(replay.created).toBe(false);
      expect(replay.payment).toEqual(first.payment);
      expect(await t.store.listAudit(first.payment.id)).toHaveLength(1);
      const count = await t.client.query<{ n: unknown }>(`SELECT count(*)::int AS n FROM "${t.schema}".payments`);
      expect(Number(count.rows[0]?.n)).toBe(1);
    });

    it("rejects the same key with other parameters and stores nothing", async () => {
      const first = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT, { key: "k1", fingerprint: "fp-a" });
      const other = newPaymentFixture({ amount: 9999 });
      const error = await rejection(t.store.insertPayment(other, CREATED_AUDIT, { key: "k1", fingerprint: "fp-b" }));
      expect(isPaymentError(error, "idempotency_conflict")).toBe(true);
      expect((error as PaymentError).field).toBe("idempotencyKey");
      expect(await t.store.getPayment(other.id)).toBeUndefined();
      expect(await t.store.getPayment(first.payment.id)).toEqual(first.payment);
    });

    it("treats different keys as different payments", async () => {
      const a = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT, { key: "a", fingerprint: "same" });
      const b = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT, { key: "b", fingerprint: "same" });
      expect(b.created).toBe(true);
      expect(b.payment.id).not.toBe(a.payment.id);
    });

    it("refuses keys longer than 255 characters", async () => {
      const error = await rejection(
        t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT, { key: "k".repeat(256), fingerprint: "fp" }),
      );
      expect(isPaymentError(error, "invalid_input")).toBe(true);
      expect((error as PaymentError).field).toBe("idempotencyKey");
    });
  });

  describe("compare-and-set updates", () => {
    it("applies a change once, bumps the version and appends the audit entry", async () => {
      const { payment } = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      const updated = await t.store.updatePayment(
        payment.id,
        1,
        { state: "succeeded", confirmedAmount: 3050, providerPaymentId: "sbx_1" },
        {
          actor: { kind: "provider", providerId: "sandbox" },
          action: "transition",
          cause: "status confirmed by provider",
          fromState: "created",
          details: { providerStatus: "paid" },
        },
      );
      expect(updated).toMatchObject({
        state: "succeeded",
        confirmedAmount: 3050,
        providerPaymentId: "sbx_1",
        version: 2,
      });
      expect(updated?.updatedAt.getTime()).toBeGreaterThanOrEqual(payment.updatedAt.getTime());
      const audit = await t.store.listAudit(payment.id);
      expect(audit.map((entry) => [entry.action, entry.fromState, entry.toState])).toEqual([
        ["created", null, "created"],
        ["transition", "created", "succeeded"],
      ]);
      expect(audit[1]?.details).toEqual({ providerStatus: "paid" });
    });

    it("returns undefined and changes nothing when the version moved", async () => {
      const { payment } = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      const audit = { actor: { kind: "system" as const }, action: "transition", cause: "" };
      await t.store.updatePayment(payment.id, 1, { state: "pending" }, audit);
      const stale = await t.store.updatePayment(payment.id, 1, { state: "failed" }, audit);
      expect(stale).toBeUndefined();
      expect((await t.store.getPayment(payment.id))?.state).toBe("pending");
      expect(await t.store.listAudit(payment.id)).toHaveLength(2);
    });

    it("adds flags without duplicates and keeps the state", async () => {
      const { payment } = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      const audit = { actor: { kind: "system" as const }, action: "flagged", cause: "" };
      const once = await t.store.updatePayment(payment.id, 1, { addFlags: ["amount_mismatch"] }, audit);
      const twice = await t.store.updatePayment(
        payment.id,
        2,
        { addFlags: ["amount_mismatch", "duplicate_payment"] },
        audit,
      );
      expect(once?.flags).toEqual(["amount_mismatch"]);
      expect(twice?.flags).toEqual(["amount_mismatch", "duplicate_payment"]);
      expect(twice?.state).toBe("created");
      const flagged = await t.store.listFlagged(["duplicate_payment", "late_success_after_expiry"], 10);
      expect(flagged.map((p) => p.id)).toEqual([payment.id]);
      expect(await t.store.listFlagged(["late_success_after_expiry"], 10)).toEqual([]);
    });

    it("rejects an unknown state, a negative amount and an unknown flag before touching the row", async () => {
      const { payment } = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      const audit = { actor: { kind: "system" as const }, action: "transition", cause: "" };
      const unknownState = await rejection(t.store.updatePayment(payment.id, 1, { state: "paid" as never }, audit));
      expect(isPaymentError(unknownState, "invalid_input")).toBe(true);
      expect((unknownState as PaymentError).field).toBe("state");
      const negative = await rejection(t.store.updatePayment(payment.id, 1, { confirmedAmount: -1 }, audit));
      expect(isPaymentError(negative, "invalid_amount")).toBe(true);
      const fraction = await rejection(t.store.updatePayment(payment.id, 1, { refundedAmount: 1.5 }, audit));
      expect(isPaymentError(fraction, "invalid_amount")).toBe(true);
      const flag = await rejection(t.store.updatePayment(payment.id, 1, { addFlags: ["vip" as never] }, audit));
      expect(isPaymentError(flag, "invalid_input")).toBe(true);
      expect(await t.store.getPayment(payment.id)).toEqual(payment);
      expect(await t.store.listAudit(payment.id)).toHaveLength(1);
    });
  });

  describe("audit log", () => {
    it("appends entries without changing the payment", async () => {
      const { payment } = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      await t.store.appendAudit(payment.id, {
        actor: { kind: "provider", providerId: "sandbox" },
        action: "notification_received",
        cause: "signed notification",
        details: { messageId: "m-1" },
      });
      expect(await t.store.getPayment(payment.id)).toEqual(payment);
      const audit = await t.store.listAudit(payment.id);
      expect(audit.map((entry) => entry.action)).toEqual(["created", "notification_received"]);
      expect(audit[1]?.id).toBeGreaterThan(audit[0]?.id ?? Number.POSITIVE_INFINITY);
    });

    it("refuses an audit entry for an unknown payment with not_found", async () => {
      const error = await rejection(
        t.store.appendAudit(randomUUID(), { actor: { kind: "system" }, action: "x", cause: "" }),
      );
      expect(isPaymentError(error, "not_found")).toBe(true);
    });

    it("is append-only: UPDATE, DELETE and TRUNCATE on the table fail and leave the entries", async () => {
      const { payment } = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      const table = `"${t.schema}".audit_log`;
      await expect(t.client.query(`UPDATE ${table} SET cause = 'rewritten'`)).rejects.toThrow(/append-only/);
      await expect(t.client.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
      await expect(t.client.query(`TRUNCATE ${table}`)).rejects.toThrow(/append-only/);
      const audit = await t.store.listAudit(payment.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]?.cause).toBe("Payment started in the portal.");
    });

    it("refuses audit details that repeat the payer's personal data", async () => {
      const input = newPaymentFixture({ payer: { email: "erika@example.org" } });
      const error = await rejection(
        t.store.insertPayment(input, { ...CREATED_AUDIT, details: { contact: "erika@example.org" } }),
      );
      expect(isPaymentError(error, "invalid_input")).toBe(true);
      expect((error as PaymentError).message).not.toContain("erika");
      expect(await t.store.getPayment(input.id)).toBeUndefined();
    });
  });

  describe("notifications", () => {
    it("remembers a message id once and reports the replay", async () => {
      const at = new Date();
      expect(await t.store.rememberNotification("sandbox", "msg-1", at)).toBe(true);
      expect(await t.store.rememberNotification("sandbox", "msg-1", at)).toBe(false);
      expect(await t.store.rememberNotification("other", "msg-1", at)).toBe(true);
    });

    it("prunes entries older than the cut-off, after which the id counts as new", async () => {
      const old = new Date("2025-01-01T00:00:00Z");
      await t.store.rememberNotification("sandbox", "old", old);
      await t.store.rememberNotification("sandbox", "new", new Date("2025-02-01T00:00:00Z"));
      expect(await t.store.pruneNotifications(new Date("2025-01-15T00:00:00Z"))).toBe(1);
      expect(await t.store.rememberNotification("sandbox", "new", new Date())).toBe(false);
      expect(await t.store.rememberNotification("sandbox", "old", new Date())).toBe(true);
    });

    it("refuses empty or oversized message ids", async () => {
      const empty = await rejection(t.store.rememberNotification("sandbox", "", new Date()));
      expect(isPaymentError(empty, "invalid_input")).toBe(true);
      const long = await rejection(t.store.rememberNotification("sandbox", "m".repeat(256), new Date()));
      expect((long as PaymentError).field).toBe("messageId");
    });
  });

  describe("refunds", () => {
    it("stores refunds with their audit entry and updates their state", async () => {
      const { payment } = await t.store.insertPayment(newPaymentFixture({ amount: 5000 }), CREATED_AUDIT);
      const refund = await t.store.insertRefund(refundFixture(payment.id, 2000), {
        actor: { kind: "treasury", userId: "kasse-7" },
        action: "refund_requested",
        cause: "Antrag zurückgezogen",
        details: { amount: 2000 },
      });
      expect(refund).toMatchObject({ paymentId: payment.id, amount: 2000, state: "requested", providerRefundId: null });
      const done = await t.store.updateRefund(refund.id, "succeeded", "re_1");
      expect(done).toMatchObject({ id: refund.id, state: "succeeded", providerRefundId: "re_1" });
      // Repeating the state is harmless, and null keeps the provider's refund id.
      const repeated = await t.store.updateRefund(refund.id, "succeeded", null);
      expect(repeated).toMatchObject({ state: "succeeded", providerRefundId: "re_1" });
      expect(await t.store.listRefunds(payment.id)).toEqual([repeated]);
      expect((await t.store.listAudit(payment.id)).map((entry) => entry.action)).toEqual([
        "created",
        "refund_requested",
      ]);
      expect(await t.store.updateRefund(randomUUID(), "failed", null)).toBeUndefined();
    });

    it("refuses to move a finished refund to another state", async () => {
      const { payment } = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      const refund = await t.store.insertRefund(refundFixture(payment.id, 100), {
        ...CREATED_AUDIT,
        action: "refund_requested",
      });
      await t.store.updateRefund(refund.id, "failed", null);
      const error = await rejection(t.store.updateRefund(refund.id, "succeeded", "re_2"));
      expect(isPaymentError(error, "illegal_transition")).toBe(true);
      expect((await t.store.listRefunds(payment.id))[0]?.state).toBe("failed");
    });

    it("refuses refunds beyond the paid amount, counting open and succeeded refunds but not failed ones", async () => {
      const { payment } = await t.store.insertPayment(newPaymentFixture({ amount: 1000 }), CREATED_AUDIT);
      const audit = { ...CREATED_AUDIT, action: "refund_requested" };
      const failed = await t.store.insertRefund(refundFixture(payment.id, 900), audit);
      await t.store.updateRefund(failed.id, "failed", null);
      await t.store.insertRefund(refundFixture(payment.id, 600), audit);
      const error = await rejection(t.store.insertRefund(refundFixture(payment.id, 401), audit));
      expect(isPaymentError(error, "refund_exceeds_payment")).toBe(true);
      await t.store.insertRefund(refundFixture(payment.id, 400), audit);
      expect((await t.store.listRefunds(payment.id)).map((refund) => refund.amount)).toEqual([900, 600, 400]);
    });

    it("refuses refunds of unknown payments and non-positive amounts", async () => {
      const unknown = await rejection(t.store.insertRefund(refundFixture(randomUUID(), 100), CREATED_AUDIT));
      expect(isPaymentError(unknown, "not_found")).toBe(true);
      const { payment } = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      const zero = await rejection(t.store.insertRefund(refundFixture(payment.id, 0), CREATED_AUDIT));
      expect(isPaymentError(zero, "invalid_amount")).toBe(true);
      expect(await t.store.listRefunds(payment.id)).toEqual([]);
    });
  });

  describe("retention", () => {
    it("erases payer data of old payments, keeps amounts, line items and audit, and audits the erasure", async () => {
      const old = newPaymentFixture({
        createdAt: new Date("2024-01-10T10:00:00Z"),
        payer: { name: "Erika Mustermann", email: "erika@example.org", iban: "DE02120300000000202051" },
      });
      const recent = newPaymentFixture({ createdAt: new Date("2025-06-01T10:00:00Z"), payer: { name: "Max Muster" } });
      const anonymous = newPaymentFixture({ createdAt: new Date("2024-01-01T10:00:00Z"), payer: null });
      for (const input of [old, recent, anonymous]) await t.store.insertPayment(input, CREATED_AUDIT);
      await t.store.updatePayment(
        old.id,
        1,
        { state: "succeeded", confirmedAmount: old.amount },
        {
          actor: { kind: "provider", providerId: "sandbox" },
          action: "transition",
          cause: "paid",
          fromState: "created",
        },
      );

      expect(await t.store.erasePersonalData(new Date("2025-01-01T00:00:00Z"))).toBe(1);

      const erased = await t.store.getPayment(old.id);
      expect(erased).toMatchObject({
        payer: null,
        amount: old.amount,
        lineItems: old.lineItems,
        state: "succeeded",
        confirmedAmount: old.amount,
        reference: old.reference,
      });
      expect((await t.store.getPayment(recent.id))?.payer).toEqual({ name: "Max Muster" });
      const audit = await t.store.listAudit(old.id);
      expect(audit.map((entry) => entry.action)).toEqual(["created", "transition", "personal_data_erased"]);
      expect(audit[2]?.actor).toEqual({ kind: "system" });
      const everything = JSON.stringify(
        (await t.client.query(`SELECT * FROM "${t.schema}".audit_log`)).rows.concat(
          (await t.client.query(`SELECT * FROM "${t.schema}".payments WHERE id = $1`, [old.id])).rows,
        ),
      );
      for (const personal of ["Erika", "erika@example.org", "DE02120300000000202051"]) {
        expect(everything).not.toContain(personal);
      }
      // A second run finds nothing left to erase.
      expect(await t.store.erasePersonalData(new Date("2025-01-01T00:00:00Z"))).toBe(0);
    });
  });

  describe("constraint violations", () => {
    it("rejects negative, fractional and oversized amounts through the API without storing anything", async () => {
      for (const amount of [-1, 12.5, Number.NaN, 2 ** 31]) {
        const input = newPaymentFixture({ amount });
        const error = await rejection(t.store.insertPayment(input, CREATED_AUDIT));
        expect(isPaymentError(error, "invalid_amount")).toBe(true);
        expect((error as PaymentError).field).toBe("amount");
        expect(await t.store.getPayment(input.id)).toBeUndefined();
      }
    });

    it("rejects an amount that is not the sum of the line items", async () => {
      const input = { ...newPaymentFixture({ amount: 1000 }), amount: 999 };
      const error = await rejection(t.store.insertPayment(input, CREATED_AUDIT));
      expect(isPaymentError(error, "invalid_amount")).toBe(true);
    });

    it("rejects malformed ids, texts and hashes with the field named", async () => {
      const cases: Array<[Partial<Parameters<typeof newPaymentFixture>[0]>, string]> = [
        [{ id: "123" }, "id"],
        [{ cityId: "" }, "cityId"],
        [{ reference: "R".repeat(141) }, "reference"],
        [{ returnTokenHash: "A".repeat(64) }, "returnTokenHash"],
        [{ expiresAt: new Date("invalid") }, "expiresAt"],
        [{ payer: { name: "x", phone: "1" } as never }, "payer.phone"],
      ];
      for (const [override, field] of cases) {
        const error = await rejection(t.store.insertPayment(newPaymentFixture(override), CREATED_AUDIT));
        expect(isPaymentError(error, "invalid_input"), field).toBe(true);
        expect((error as PaymentError).field).toBe(field);
      }
      const count = await t.client.query<{ n: unknown }>(`SELECT count(*)::int AS n FROM "${t.schema}".payments`);
      expect(Number(count.rows[0]?.n)).toBe(0);
    });

    it("refuses a duplicate payment id or return token hash and keeps the first payment", async () => {
      const first = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      const sameId = await rejection(t.store.insertPayment(newPaymentFixture({ id: first.payment.id }), CREATED_AUDIT));
      expect(isPaymentError(sameId, "invalid_input")).toBe(true);
      expect((sameId as PaymentError).field).toBe("id");
      const hash = (await t.client.query<{ h: string }>(`SELECT return_token_hash AS h FROM "${t.schema}".payments`))
        .rows[0]?.h;
      const sameHash = await rejection(
        t.store.insertPayment(newPaymentFixture({ returnTokenHash: hash as string }), CREATED_AUDIT),
      );
      expect((sameHash as PaymentError).field).toBe("returnTokenHash");
      expect(await t.store.getPayment(first.payment.id)).toEqual(first.payment);
      expect(await t.store.listAudit(first.payment.id)).toHaveLength(1);
    });

    it("has database constraints that refuse a negative or fractional amount and an unknown state", async () => {
      const { payment } = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      const table = `"${t.schema}".payments`;
      await expect(t.client.query(`UPDATE ${table} SET amount = -1 WHERE id = $1`, [payment.id])).rejects.toMatchObject(
        {
          code: "23514",
        },
      );
      await expect(
        t.client.query(`UPDATE ${table} SET amount = $2 WHERE id = $1`, [payment.id, "12.5"]),
      ).rejects.toMatchObject({
        code: "22P02",
      });
      await expect(
        t.client.query(`UPDATE ${table} SET state = 'paid' WHERE id = $1`, [payment.id]),
      ).rejects.toMatchObject({
        code: "23514",
      });
      await expect(
        t.client.query(`UPDATE ${table} SET flags = ARRAY['vip'] WHERE id = $1`, [payment.id]),
      ).rejects.toMatchObject({ code: "23514" });
      expect(await t.store.getPayment(payment.id)).toEqual(payment);
    });

    it("does not leak query parameters in database errors", async () => {
      const { payment } = await t.store.insertPayment(newPaymentFixture(), CREATED_AUDIT);
      const error = await rejection(
        t.client.query(`UPDATE "${t.schema}".payments SET amount = $2, payer = $3::jsonb WHERE id = $1`, [
          payment.id,
          -5,
          JSON.stringify({ email: "secret@example.org" }),
        ]),
      );
      expect(JSON.stringify(error)).not.toContain("secret@example.org");
      expect(Object.keys(error as object)).not.toContain("params");
      expect(error).not.toBeInstanceOf(PaymentError);
    });
  });
});
