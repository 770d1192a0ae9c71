// @vitest-environment node
import { describe, expect, it } from "vitest";
import { type CreateTransactionInput, SandboxError, SandboxLedger } from "./ledger.js";

const input = (paymentId: string, amount = 1250): CreateTransactionInput => ({
  paymentId,
  amount,
  currency: "EUR",
  reference: "BPA-2026-0001",
  description: { de: "Bewohnerparkausweis", en: "Resident parking permit" },
  returnUrl: "https://portal.example/return/abc",
  locale: "de",
});

function expectSandboxError(run: () => unknown, code: SandboxError["code"]): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SandboxError);
    expect((error as SandboxError).code).toBe(code);
    return;
  }
  throw new Error(`expected SandboxError ${code}`);
}

describe("SandboxLedger", () => {
  it("creates idempotently per payment id and refuses other parameters for the same id", () => {
    const ledger = new SandboxLedger();
    const first = ledger.create(input("p1"));
    const again = ledger.create(input("p1"));
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.transaction.id).toBe(first.transaction.id);
    expectSandboxError(() => ledger.create(input("p1", 999)), "idempotency_conflict");
    expect(ledger.size).toBe(1);
  });

  it("applies an outcome once; later outcomes change nothing", () => {
    const ledger = new SandboxLedger();
    const { transaction } = ledger.create(input("p1"));
    expect(ledger.complete(transaction.id, "paid").changed).toBe(true);
    expect(ledger.complete(transaction.id, "failed").changed).toBe(false);
    expect(ledger.complete(transaction.id, "cancelled").changed).toBe(false);
    expect(ledger.get(transaction.id)).toMatchObject({ status: "paid", paidAmount: 1250 });
  });

  it("cancels open transactions, repeats a cancel harmlessly and refuses decided ones", () => {
    const ledger = new SandboxLedger();
    const open = ledger.create(input("p1")).transaction;
    expect(ledger.cancel(open.id).changed).toBe(true);
    expect(ledger.cancel(open.id).changed).toBe(false);
    const paid = ledger.create(input("p2")).transaction;
    ledger.complete(paid.id, "paid");
    expectSandboxError(() => ledger.cancel(paid.id), "not_cancellable");
    expectSandboxError(() => ledger.cancel("sbx_missing"), "not_found");
  });

  it("refunds partially and fully, bounded by the paid amount, idempotent per refund id", () => {
    const ledger = new SandboxLedger();
    const { transaction } = ledger.create(input("p1", 1000));
    expectSandboxError(() => ledger.refund(transaction.id, "r0", 100), "not_refundable");
    ledger.complete(transaction.id, "paid");
    const partial = ledger.refund(transaction.id, "r1", 400);
    expect(ledger.refund(transaction.id, "r1", 400)).toEqual({ refund: partial.refund, created: false });
    expectSandboxError(() => ledger.refund(transaction.id, "r1", 300), "idempotency_conflict");
    expectSandboxError(() => ledger.refund(transaction.id, "r2", 601), "refund_exceeds_payment");
    ledger.refund(transaction.id, "r2", 600);
    expect(ledger.get(transaction.id)?.refundedAmount).toBe(1000);
    expectSandboxError(() => ledger.refund(transaction.id, "r3", 1), "refund_exceeds_payment");
  });

  it("is bounded: evicts the oldest finished transaction and never an open one", () => {
    const ledger = new SandboxLedger({ maxTransactions: 3 });
    const a = ledger.create(input("a")).transaction;
    const b = ledger.create(input("b")).transaction;
    const c = ledger.create(input("c")).transaction;
    expectSandboxError(() => ledger.create(input("d")), "sandbox_full");
    ledger.complete(c.id, "failed");
    ledger.complete(b.id, "paid");
    const d = ledger.create(input("d")).transaction;
    // Eviction follows creation order: b is older than c, so b goes first although c finished first.
    expect(ledger.get(b.id)).toBeUndefined();
    expect(ledger.get(a.id)?.status).toBe("open");
    expect(ledger.get(c.id)?.status).toBe("failed");
    expect(ledger.get(d.id)?.status).toBe("open");
    expect(ledger.size).toBe(3);
    // The evicted payment id is free again (a new transaction, as after a sandbox restart).
    expect(ledger.create(input("b")).created).toBe(true);
    expect(ledger.get(c.id)).toBeUndefined();
  });
});
