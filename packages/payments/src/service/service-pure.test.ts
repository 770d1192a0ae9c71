import { describe, expect, it } from "vitest";
import { isPaymentError } from "../core/errors.js";
import type { AuditActor, Payment } from "../core/types.js";
import type { PaymentStore } from "../store/types.js";
import { decideOnProviderStatus, decideOnReceivedAmount } from "./decisions.js";
import { defaultReference, isPaymentId, newPaymentId } from "./ids.js";
import { resolveOptions } from "./options.js";
import { createPaymentService } from "./payment-service.js";
import { deriveReturnToken, hashReturnToken, isWellFormedReturnToken } from "./return-token.js";
import { lineItem, SECRET } from "./test-support/fixtures.js";
import { ScriptedProvider } from "./test-support/scripted-provider.js";

/** A store that must not be reached: configuration and input errors come first. */
const unreachableStore = new Proxy({} as PaymentStore, {
  get: (_, property) =>
    property === "insertPayment"
      ? () => {
          throw new Error("the store must not be reached");
        }
      : () => {
          throw new Error(`the store must not be reached (${String(property)})`);
        },
});

const base = {
  store: unreachableStore,
  providers: [new ScriptedProvider()],
  returnTokenSecret: SECRET,
  returnUrl: (token: string) => `https://portal.example.test/r/${token}`,
};

function configurationField(options: unknown): string | undefined {
  try {
    resolveOptions(options as Parameters<typeof resolveOptions>[0]);
  } catch (error) {
    if (isPaymentError(error, "configuration_error")) return error.field;
    throw error;
  }
  return undefined;
}

describe("service options", () => {
  it("has the documented defaults", () => {
    const resolved = resolveOptions(base);
    expect(resolved).toMatchObject({
      expiresAfterMinutes: 90,
      lateSuccessWindowDays: 7,
      bankTransferExpiresAfterDays: 30,
    });
    expect(resolved.now()).toBeInstanceOf(Date);
  });

  it.each([
    ["returnTokenSecret", { returnTokenSecret: "x".repeat(31) }],
    ["returnTokenSecret", { returnTokenSecret: undefined }],
    ["providers", { providers: [] }],
    ["providers[1].id", { providers: [new ScriptedProvider(), new ScriptedProvider()] }],
    ["store", { store: {} }],
    ["returnUrl", { returnUrl: "https://portal.example.test" }],
    ["expiresAfterMinutes", { expiresAfterMinutes: 0 }],
    ["expiresAfterMinutes", { expiresAfterMinutes: 1.5 }],
    ["lateSuccessWindowDays", { lateSuccessWindowDays: -1 }],
    ["now", { now: "today" }],
  ])("rejects a bad %s with configuration_error", (field, overrides) => {
    expect(configurationField({ ...base, ...overrides })).toBe(field);
    expect(() => createPaymentService({ ...base, ...(overrides as object) })).toThrow(field.split("[")[0]);
  });

  it("rejects bad input before reaching the store", async () => {
    const service = createPaymentService(base);
    await expect(
      service.createPayment({
        cityId: "giessen",
        serviceId: "x",
        providerId: "scripted",
        lineItems: [lineItem({ amount: 1 })],
        explanation: { de: "a", en: "b" },
        feeTableVersion: "v1",
      }),
    ).rejects.toMatchObject({ code: "invalid_amount", field: "lineItems[0].amount" });
    await expect(service.getPayment("nope")).rejects.toMatchObject({ code: "not_found" });
    await expect(service.lookupByReturnToken("short")).rejects.toMatchObject({ code: "not_found" });
    await expect(service.reconcile({ limit: 0 })).rejects.toMatchObject({ code: "invalid_input", field: "limit" });
    await expect(service.flaggedPayments({ flags: ["nonsense" as never] })).rejects.toMatchObject({ field: "flags" });
  });
});

describe("ids and return tokens", () => {
  it("derives a short non-personal reference from the id", () => {
    const id = "3f2a9c1b-7e4d-4a5b-9c8d-0e1f2a3b4c5d";
    expect(defaultReference(id)).toBe("DK-3F2A9C1B7E4D");
    expect(defaultReference(id).length).toBeLessThanOrEqual(27);
    expect(isPaymentId(newPaymentId())).toBe(true);
    expect(isPaymentId(id.toUpperCase())).toBe(false);
  });

  it("derives the same opaque token for the same payment and secret, another for another", () => {
    const id = newPaymentId();
    const token = deriveReturnToken(SECRET, id);
    expect(deriveReturnToken(SECRET, id)).toBe(token);
    expect(deriveReturnToken(`${SECRET}!`, id)).not.toBe(token);
    expect(deriveReturnToken(SECRET, newPaymentId())).not.toBe(token);
    expect(isWellFormedReturnToken(token)).toBe(true);
    expect(token).not.toContain(id.slice(0, 8));
    expect(hashReturnToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashReturnToken(token)).not.toBe(token);
  });
});

describe("decisions", () => {
  const provider: AuditActor = { kind: "provider", providerId: "scripted" };
  function payment(overrides: Partial<Payment> = {}): Payment {
    const now = new Date("2026-03-02T09:00:00Z");
    return {
      id: "3f2a9c1b-7e4d-4a5b-9c8d-0e1f2a3b4c5d",
      cityId: "giessen",
      serviceId: "bewohnerparkausweis",
      providerId: "scripted",
      providerPaymentId: "tx-1",
      state: "pending",
      amount: 3050,
      currency: "EUR",
      lineItems: [lineItem()],
      explanation: { de: "a", en: "b" },
      feeTableVersion: "v1",
      reference: "DK-1",
      kassenzeichen: null,
      confirmedAmount: null,
      refundedAmount: 0,
      flags: [],
      payer: null,
      createdAt: now,
      updatedAt: now,
      expiresAt: now,
      version: 2,
      ...overrides,
    };
  }

  it.each([
    ["pending", "succeeded", 3050, "transitioned", "succeeded"],
    ["created", "succeeded", 3050, "transitioned", "succeeded"],
    ["expired", "succeeded", 3050, "transitioned", "succeeded"],
    ["pending", "succeeded", 3049, "amount_mismatch", undefined],
    ["expired", "succeeded", 1, "amount_mismatch", undefined],
    ["pending", "failed", undefined, "transitioned", "failed"],
    ["pending", "cancelled", undefined, "transitioned", "cancelled"],
    ["pending", "open", undefined, "unchanged", undefined],
    ["succeeded", "succeeded", 3050, "unchanged", undefined],
    ["refunded", "succeeded", 3050, "unchanged", undefined],
    ["expired", "cancelled", undefined, "unchanged", undefined],
    ["failed", "cancelled", undefined, "unchanged", undefined],
    ["cancelled", "succeeded", 3050, "conflict", undefined],
    ["failed", "succeeded", 3050, "conflict", undefined],
    ["succeeded", "failed", undefined, "conflict", undefined],
  ] as const)("%s + provider %s (%s cents) → %s", (state, status, paidAmount, outcome, target) => {
    const verdict = decideOnProviderStatus(
      payment({ state }),
      { status, providerStatus: status.toUpperCase(), ...(paidAmount === undefined ? {} : { paidAmount }) },
      provider,
    );
    expect(verdict.outcome).toBe(outcome);
    if (target) expect(verdict.decision).toMatchObject({ kind: "update", change: { state: target } });
    if (outcome === "amount_mismatch") {
      expect(verdict.decision).toMatchObject({
        change: { addFlags: ["amount_mismatch"], confirmedAmount: paidAmount },
      });
      expect(verdict.decision).not.toHaveProperty("change.state");
    }
    if (state === "expired" && outcome === "transitioned") {
      expect(verdict.decision).toMatchObject({ change: { addFlags: ["late_success_after_expiry"] } });
    }
  });

  it("books a cancellation reported after the payment period as the expiry (the cancel was reconciliation's)", () => {
    const open = payment({ state: "pending" });
    const cancelled = { status: "cancelled", providerStatus: "CANCELLED" } as const;
    const before = new Date(open.expiresAt.getTime() - 1);
    const after = new Date(open.expiresAt.getTime());
    expect(decideOnProviderStatus(open, cancelled, provider, before).decision).toMatchObject({
      change: { state: "cancelled" },
    });
    expect(decideOnProviderStatus(open, cancelled, provider, after).decision).toMatchObject({
      change: { state: "expired" },
    });
    const failed = { status: "failed", providerStatus: "FAILED" } as const;
    expect(decideOnProviderStatus(open, failed, provider, after).decision).toMatchObject({
      change: { state: "failed" },
    });
  });

  it("treats the same wrong amount from the provider again as no news", () => {
    const flagged = payment({ flags: ["amount_mismatch"], confirmedAmount: 3000 });
    const verdict = decideOnProviderStatus(
      flagged,
      { status: "succeeded", paidAmount: 3000, providerStatus: "PAYED" },
      provider,
    );
    expect(verdict).toEqual({ outcome: "unchanged", decision: { kind: "none" } });
  });

  it("books received amounts: success, mismatch, duplicate, conflict", () => {
    const bank: AuditActor = { kind: "bank_statement", statementId: "s1" };
    expect(decideOnReceivedAmount(payment(), 3050, bank, "Bank", {}).outcome).toBe("transitioned");
    expect(decideOnReceivedAmount(payment(), 3051, bank, "Bank", {}).outcome).toBe("amount_mismatch");
    const duplicate = decideOnReceivedAmount(payment({ state: "succeeded" }), 3050, bank, "Bank", {});
    expect(duplicate).toMatchObject({
      outcome: "duplicate_payment",
      decision: { change: { addFlags: ["duplicate_payment"] } },
    });
    const again = decideOnReceivedAmount(
      payment({ state: "succeeded", flags: ["duplicate_payment"] }),
      3050,
      bank,
      "Bank",
      {},
    );
    expect(again).toMatchObject({ outcome: "duplicate_payment", decision: { kind: "audit" } });
    expect(decideOnReceivedAmount(payment({ state: "cancelled" }), 3050, bank, "Bank", {}).outcome).toBe("conflict");
  });
});
