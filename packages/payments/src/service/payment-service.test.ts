// @vitest-environment node
import { beforeAll, describe, expect, it, vi } from "vitest";
import { testStores } from "../../test/databases.js";
import { isPaymentError, type PaymentErrorCode } from "../core/errors.js";
import { createInput, lineItem } from "./test-support/fixtures.js";
import { harness } from "./test-support/harness.js";
import { ScriptedProvider } from "./test-support/scripted-provider.js";

const backends = testStores();
const citizen = { kind: "citizen" } as const;
const treasury = { kind: "treasury", userId: "kasse-01" } as const;

async function rejects(promise: Promise<unknown>, code: PaymentErrorCode): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isPaymentError(error) ? error.code : error).toBe(code);
}

// A PGlite start (cold: seconds) happens in the first test of the file; the tests themselves are short.
vi.setConfig({ testTimeout: 30_000 });

describe.each(backends)("payment service on $name", (backend) => {
  beforeAll(async () => {
    await backend.freshStore();
  }, 120_000);

  describe("createPayment", () => {
    it("stores the payment in created with the sum of the line items and a non-personal default reference", async () => {
      const { service } = await harness(backend);
      const { payment, returnToken, created } = await service.createPayment(
        createInput({
          lineItems: [lineItem(), lineItem({ id: "express", quantity: 2, unitAmount: 500 })],
          payer: { name: "Erika Mustermann", email: "erika@example.org" },
        }),
      );
      expect(created).toBe(true);
      expect(payment).toMatchObject({ state: "created", amount: 4050, currency: "EUR", providerPaymentId: null });
      expect(payment.reference).toMatch(/^DK-[0-9A-F]{12}$/);
      expect(payment.reference).not.toContain("Mustermann");
      expect(returnToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(payment.expiresAt.getTime() - payment.createdAt.getTime()).toBe(90 * 60_000);
    });

    it("returns the same payment and the same return token for the same idempotency key", async () => {
      const { service } = await harness(backend);
      const first = await service.createPayment(createInput({ idempotencyKey: "antrag-4711" }));
      const again = await service.createPayment(createInput({ idempotencyKey: "antrag-4711" }));
      expect(again.created).toBe(false);
      expect(again.payment.id).toBe(first.payment.id);
      expect(again.returnToken).toBe(first.returnToken);
      // Property order does not matter: the fingerprint is over the normalised parameters.
      const reordered = createInput({ idempotencyKey: "antrag-4711" });
      const { label, ...rest } = reordered.lineItems[0] ?? lineItem();
      const third = await service.createPayment({
        ...reordered,
        lineItems: [{ ...rest, label: { en: label.en, de: label.de } }],
      });
      expect(third.payment.id).toBe(first.payment.id);
    });

    it("rejects the same idempotency key with other parameters", async () => {
      const { service } = await harness(backend);
      await service.createPayment(createInput({ idempotencyKey: "antrag-4712" }));
      await rejects(
        service.createPayment(
          createInput({ idempotencyKey: "antrag-4712", lineItems: [lineItem({ unitAmount: 2900 })] }),
        ),
        "idempotency_conflict",
      );
      await rejects(
        service.createPayment(createInput({ idempotencyKey: "antrag-4712", reference: "OTHER 1" })),
        "idempotency_conflict",
      );
    });

    it("creates one payment for 20 concurrent calls with the same key", async () => {
      const { service } = await harness(backend);
      const results = await Promise.all(
        Array.from({ length: 20 }, () => service.createPayment(createInput({ idempotencyKey: "doppelklick" }))),
      );
      expect(new Set(results.map((result) => result.payment.id)).size).toBe(1);
      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect(new Set(results.map((result) => result.returnToken)).size).toBe(1);
    });

    it("rejects an unknown provider", async () => {
      const { service } = await harness(backend);
      await rejects(service.createPayment(createInput({ providerId: "paypal" })), "unknown_provider");
    });
  });

  describe("startPayment", () => {
    it("creates the transaction with our id and the return URL, and moves to pending", async () => {
      const { service, provider } = await harness(backend);
      const { payment, returnToken } = await service.createPayment(createInput());
      const create = provider.create.bind(provider);
      const seen: Parameters<typeof create>[0][] = [];
      provider.create = async (request) => {
        seen.push(request);
        return create(request);
      };
      const started = await service.startPayment(payment.id, { locale: "en" });
      expect(started.payment.state).toBe("pending");
      expect(started.redirectUrl).toMatch(/^https:\/\/pay\.example\.test\/tx-/);
      expect(started.payment.providerPaymentId).toBe(provider.transactionOf(payment.id).providerPaymentId);
      expect(seen[0]).toMatchObject({
        paymentId: payment.id,
        amount: 3050,
        locale: "en",
        reference: payment.reference,
      });
      expect(seen[0]?.returnUrl).toContain(`token=${returnToken}`);
      // Starting again does not create a second transaction.
      const again = await service.startPayment(payment.id);
      expect(again.payment.state).toBe("pending");
      expect(again.redirectUrl).toBeUndefined();
      expect(provider.calls.create).toBe(1);
    });

    it("refuses to start a payment that is no longer created or pending", async () => {
      const { service } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      await service.cancelPayment(payment.id, citizen);
      await rejects(service.startPayment(payment.id), "illegal_transition");
    });

    it("refuses to start a payment past its payment period", async () => {
      const { service, provider, clock } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      clock.advanceMinutes(90);
      await rejects(service.startPayment(payment.id), "illegal_transition");
      expect(provider.calls.create).toBe(0);
    });
  });

  describe("confirmPayment and the amount check", () => {
    it("books a confirmed success with the confirmed amount, once", async () => {
      const { service, provider, transitions } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      const open = await service.confirmPayment(payment.id, citizen);
      expect(open).toMatchObject({ outcome: "unchanged", changed: false, providerStatus: "open" });
      provider.pay(payment.id);
      const paid = await service.confirmPayment(payment.id, citizen);
      expect(paid).toMatchObject({ outcome: "transitioned", changed: true, providerStatus: "succeeded" });
      expect(paid.payment).toMatchObject({ state: "succeeded", confirmedAmount: 3050, flags: [] });
      const repeat = await service.confirmPayment(payment.id, citizen);
      expect(repeat).toMatchObject({ outcome: "unchanged", changed: false });
      const moves = await transitions(payment.id);
      expect(moves.map((entry) => [entry.fromState, entry.toState])).toEqual([
        ["created", "pending"],
        ["pending", "succeeded"],
      ]);
    });

    it("flags a success with a wrong amount and does not book it", async () => {
      const { service, provider, actions } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      provider.pay(payment.id, 3000);
      const result = await service.confirmPayment(payment.id, citizen);
      expect(result.outcome).toBe("amount_mismatch");
      expect(result.payment).toMatchObject({ state: "pending", confirmedAmount: 3000, flags: ["amount_mismatch"] });
      // The same answer again is no news.
      await service.confirmPayment(payment.id, citizen);
      expect((await actions(payment.id)).filter((action) => action === "flagged")).toHaveLength(1);
      expect((await service.flaggedPayments()).map((p) => p.id)).toContain(payment.id);
    });

    it("accepts a success without a reported amount as the amount of the transaction", async () => {
      const provider = new ScriptedProvider({ reportsAmount: false });
      const { service } = await harness(backend, { providers: [provider] });
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      provider.pay(payment.id);
      const { payment: paid } = await service.confirmPayment(payment.id, citizen);
      expect(paid).toMatchObject({ state: "succeeded", confirmedAmount: 3050 });
    });

    it("books failures and cancellations reported by the provider", async () => {
      const { service, provider } = await harness(backend);
      const one = (await service.createPayment(createInput())).payment;
      const two = (await service.createPayment(createInput())).payment;
      await service.startPayment(one.id);
      await service.startPayment(two.id);
      provider.setStatus(one.id, "failed");
      provider.setStatus(two.id, "cancelled");
      expect((await service.confirmPayment(one.id, citizen)).payment.state).toBe("failed");
      expect((await service.confirmPayment(two.id, citizen)).payment.state).toBe("cancelled");
    });

    it("records a provider success on a cancelled payment as a conflict instead of changing it", async () => {
      const { service, provider, actions } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      provider.setStatus(payment.id, "cancelled");
      await service.confirmPayment(payment.id, citizen);
      provider.setStatus(payment.id, "succeeded");
      const result = await service.confirmPayment(payment.id, citizen);
      expect(result).toMatchObject({ outcome: "conflict", changed: false });
      expect(result.payment.state).toBe("cancelled");
      expect(await actions(payment.id)).toContain("status_conflict");
    });
  });

  describe("expiry and late success", () => {
    it("expires an unpaid payment after 90 minutes, cancelling it at the provider first", async () => {
      const { service, provider, clock } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      clock.advanceMinutes(89);
      expect((await service.reconcile()).expired).toBe(0);
      clock.advanceMinutes(2);
      const report = await service.reconcile();
      expect(report).toMatchObject({ expired: 1, failed: [] });
      expect(provider.calls.cancel).toBe(1);
      expect(provider.transactionOf(payment.id).status).toBe("cancelled");
      expect((await service.getPayment(payment.id)).state).toBe("expired");
    });

    it("books a payment the provider reports as paid at the moment of the expiry cancel", async () => {
      const { service, provider, clock } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      clock.advanceMinutes(91);
      // Paid between the status query and the cancel.
      const cancel = provider.cancel.bind(provider);
      provider.cancel = async (id) => {
        provider.pay(payment.id);
        return cancel(id);
      };
      const report = await service.reconcile();
      expect(report).toMatchObject({ expired: 0, confirmed: 1 });
      expect((await service.getPayment(payment.id)).state).toBe("succeeded");
    });

    it("books a late success after local expiry as succeeded with a flag, never dropping it", async () => {
      const provider = new ScriptedProvider({ cancel: false });
      const { service, clock, transitions } = await harness(backend, { providers: [provider] });
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      clock.advanceMinutes(91);
      expect((await service.reconcile()).expired).toBe(1);
      clock.advanceDays(2);
      provider.pay(payment.id);
      const report = await service.reconcile();
      expect(report.lateSuccesses).toBe(1);
      const late = await service.getPayment(payment.id);
      expect(late).toMatchObject({ state: "succeeded", flags: ["late_success_after_expiry"], confirmedAmount: 3050 });
      expect((await transitions(payment.id)).map((entry) => entry.toState)).toEqual([
        "pending",
        "expired",
        "succeeded",
      ]);
    });

    it("stops asking about expired payments after the late-success window", async () => {
      const provider = new ScriptedProvider({ cancel: false });
      const { service, clock } = await harness(backend, {
        providers: [provider],
        service: { lateSuccessWindowDays: 3 },
      });
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      clock.advanceMinutes(91);
      await service.reconcile();
      clock.advanceDays(4);
      provider.pay(payment.id);
      const before = provider.calls.status;
      await service.reconcile();
      expect(provider.calls.status).toBe(before);
      // A notification still reaches it: a confirmed late success is never dropped.
      await service.handleNotification("scripted", provider.notification(payment.id, "late-1"));
      expect((await service.getPayment(payment.id)).state).toBe("succeeded");
    });

    it("is not crowded out by old expired payments beyond the window", async () => {
      const provider = new ScriptedProvider({ cancel: false });
      const { service, clock } = await harness(backend, {
        providers: [provider],
        service: { lateSuccessWindowDays: 3 },
      });
      const old = (await service.createPayment(createInput())).payment;
      await service.startPayment(old.id);
      clock.advanceMinutes(91);
      await service.reconcile();
      clock.advanceDays(5);
      const recent = (await service.createPayment(createInput())).payment;
      await service.startPayment(recent.id);
      clock.advanceMinutes(91);
      await service.reconcile();
      provider.pay(recent.id);
      provider.pay(old.id);
      expect((await service.reconcile({ limit: 1 })).lateSuccesses).toBe(1);
      expect((await service.getPayment(recent.id)).state).toBe("succeeded");
      expect((await service.getPayment(old.id)).state).toBe("expired");
    });

    it("expires a payment that never reached the provider without asking it", async () => {
      const { service, provider, clock } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      provider.failNext("create", "timeout");
      await rejects(service.startPayment(payment.id), "provider_timeout");
      expect((await service.reconcile()).notStarted).toBe(1);
      clock.advanceMinutes(91);
      expect((await service.reconcile()).expired).toBe(1);
      expect(provider.calls.status).toBe(0);
    });
  });

  describe("provider faults", () => {
    it.each([
      ["timeout", "provider_timeout"],
      ["http_500", "provider_unavailable"],
      ["malformed", "provider_malformed_response"],
      ["bug", "provider_unavailable"],
    ] as const)("a %s on create leaves the payment created and audited; a retry starts it", async (fault, code) => {
      const { service, provider, actions } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      provider.failNext("create", fault);
      await rejects(service.startPayment(payment.id), code);
      const after = await service.getPayment(payment.id);
      expect(after).toMatchObject({ state: "created", providerPaymentId: null, version: payment.version });
      expect(await actions(payment.id)).toEqual(["created", "provider_error"]);
      const audit = (await service.auditLog(payment.id))[1];
      expect(audit?.details).toMatchObject({ operation: "create", code });
      const retried = await service.startPayment(payment.id);
      expect(retried.payment.state).toBe("pending");
    });

    it("a timeout after the provider created the transaction is recovered by the retry (same transaction)", async () => {
      const { service, provider } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      provider.failNext("create", "timeout_after_effect");
      await rejects(service.startPayment(payment.id), "provider_timeout");
      const retried = await service.startPayment(payment.id);
      expect(provider.transactions.size).toBe(1);
      expect(retried.payment.providerPaymentId).toBe(provider.transactionOf(payment.id).providerPaymentId);
    });

    it("a provider that refuses a repeated create leaves the payment created; reconciliation expires it", async () => {
      const provider = new ScriptedProvider({ idempotentCreate: false });
      const { service, clock } = await harness(backend, { providers: [provider] });
      const { payment } = await service.createPayment(createInput());
      provider.failNext("create", "timeout_after_effect");
      await rejects(service.startPayment(payment.id), "provider_timeout");
      await rejects(service.startPayment(payment.id), "provider_rejected");
      expect((await service.getPayment(payment.id)).state).toBe("created");
      clock.advanceMinutes(91);
      await service.reconcile();
      expect((await service.getPayment(payment.id)).state).toBe("expired");
    });

    it.each([
      ["timeout", "provider_timeout"],
      ["http_500", "provider_unavailable"],
      ["malformed", "provider_malformed_response"],
    ] as const)(
      "a %s on the status query leaves the payment pending; reconciliation later books it",
      async (fault, code) => {
        const { service, provider, actions } = await harness(backend);
        const { payment } = await service.createPayment(createInput());
        await service.startPayment(payment.id);
        provider.pay(payment.id);
        provider.failNext("status", fault);
        await rejects(service.confirmPayment(payment.id, citizen), code);
        expect((await service.getPayment(payment.id)).state).toBe("pending");
        expect(await actions(payment.id)).toContain("provider_error");
        const report = await service.reconcile();
        expect(report).toMatchObject({ confirmed: 1, failed: [] });
        expect((await service.getPayment(payment.id)).state).toBe("succeeded");
      },
    );

    it("a fault for one payment does not stop the batch, and the next run recovers it", async () => {
      const { service, provider, clock } = await harness(backend);
      const ids: string[] = [];
      for (let index = 0; index < 3; index++) {
        // Reconciliation goes through payments oldest first.
        clock.advanceMinutes(1);
        const { payment } = await service.createPayment(createInput());
        await service.startPayment(payment.id);
        provider.pay(payment.id);
        ids.push(payment.id);
      }
      provider.failNext("status", "http_500");
      const first = await service.reconcile();
      expect(first.confirmed).toBe(2);
      expect(first.failed).toEqual([{ paymentId: ids[0], code: "provider_unavailable" }]);
      const second = await service.reconcile();
      expect(second).toMatchObject({ confirmed: 1, failed: [] });
      for (const id of ids) expect((await service.getPayment(id)).state).toBe("succeeded");
    });
  });

  it("a fault storm: 30 paid payments, 20 faulted status queries, all booked exactly once within two runs", async () => {
    const { service, provider, clock, transitions } = await harness(backend);
    const ids: string[] = [];
    for (let index = 0; index < 30; index++) {
      clock.advanceMinutes(1);
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      provider.pay(payment.id);
      ids.push(payment.id);
    }
    const kinds = ["timeout", "http_500", "malformed", "bug"] as const;
    provider.failNext("status", ...Array.from({ length: 20 }, (_, index) => kinds[index % kinds.length] ?? "timeout"));
    const first = await service.reconcile();
    const second = await service.reconcile();
    expect(first).toMatchObject({ checked: 30, confirmed: 10 });
    expect(first.failed).toHaveLength(20);
    expect(second).toMatchObject({ checked: 20, confirmed: 20, failed: [] });
    for (const id of ids) {
      expect((await service.getPayment(id)).state).toBe("succeeded");
      expect((await transitions(id)).filter((entry) => entry.toState === "succeeded")).toHaveLength(1);
    }
    console.info(
      `[measure] ${backend.name}: fault storm: run 1 confirmed ${first.confirmed}, ${first.failed.length} faults recorded; run 2 confirmed ${second.confirmed}, ${second.failed.length} faults`,
    );
  });

  describe("handleNotification", () => {
    it("confirms with the provider before booking, and rejects replays", async () => {
      const { service, provider, actions } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      // A notification that arrives while the provider still says "open" changes nothing.
      const early = await service.handleNotification("scripted", provider.notification(payment.id, "m-1"));
      expect(early).toMatchObject({ outcome: "unchanged", providerStatus: "open" });
      provider.pay(payment.id);
      const paid = await service.handleNotification("scripted", provider.notification(payment.id, "m-2"));
      expect(paid.payment.state).toBe("succeeded");
      await rejects(
        service.handleNotification("scripted", provider.notification(payment.id, "m-2")),
        "replayed_notification",
      );
      expect((await actions(payment.id)).filter((action) => action === "notification_received")).toHaveLength(2);
      const transition = (await service.auditLog(payment.id)).find((entry) => entry.toState === "succeeded");
      expect(transition?.actor).toEqual({ kind: "provider", providerId: "scripted" });
    });

    it("rejects a tampered notification before touching the payment", async () => {
      const { service, provider, actions } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      const genuine = provider.notification(payment.id, "m-3");
      const tampered = {
        ...genuine,
        rawBody: new TextEncoder().encode(new TextDecoder().decode(genuine.rawBody).replace("m-3", "m-4")),
      };
      await rejects(service.handleNotification("scripted", tampered), "invalid_signature");
      expect(await actions(payment.id)).toEqual(["created", "transition"]);
      // The genuine one still works: a rejected message is not remembered.
      await service.handleNotification("scripted", genuine);
    });

    it("does not remember a notification about a transaction it does not know yet", async () => {
      const { service, provider } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      const message = provider.notification(payment.id, "m-5");
      const body = new TextDecoder().decode(message.rawBody);
      const unknown = provider.notification(payment.id, "m-5");
      const { createHmac } = await import("node:crypto");
      const otherBody = body.replace(/tx-[^"]+/, "tx-unknown");
      const signed = {
        headers: {
          "x-test-signature": createHmac("sha256", "scripted-provider-notification-secret")
            .update(otherBody)
            .digest("hex"),
        },
        rawBody: new TextEncoder().encode(otherBody),
      };
      await rejects(service.handleNotification("scripted", signed), "not_found");
      await service.handleNotification("scripted", unknown);
    });

    it("refuses notifications for providers that do not send any, and oversized bodies", async () => {
      const provider = new ScriptedProvider({ notifications: false });
      const { service } = await harness(backend, { providers: [provider, new ScriptedProvider({ id: "push" })] });
      await rejects(
        service.handleNotification("scripted", { headers: {}, rawBody: new Uint8Array(2) }),
        "not_supported",
      );
      await rejects(
        service.handleNotification("push", { headers: {}, rawBody: new Uint8Array(70_000) }),
        "invalid_input",
      );
      await rejects(
        service.handleNotification("nope", { headers: {}, rawBody: new Uint8Array(2) }),
        "unknown_provider",
      );
    });
  });

  describe("cancelPayment", () => {
    it("cancels at the provider, locally before it was started, and refuses where the provider cannot cancel", async () => {
      const { service, provider } = await harness(backend, {
        providers: [new ScriptedProvider(), new ScriptedProvider({ id: "no-cancel", cancel: false })],
      });
      const local = (await service.createPayment(createInput())).payment;
      expect((await service.cancelPayment(local.id, citizen)).state).toBe("cancelled");
      expect(provider.calls.cancel).toBe(0);

      const started = (await service.createPayment(createInput())).payment;
      await service.startPayment(started.id);
      expect((await service.cancelPayment(started.id, citizen)).state).toBe("cancelled");
      expect(provider.transactionOf(started.id).status).toBe("cancelled");
      expect((await service.cancelPayment(started.id, citizen)).state).toBe("cancelled");

      const stuck = (await service.createPayment(createInput({ providerId: "no-cancel" }))).payment;
      await service.startPayment(stuck.id);
      await rejects(service.cancelPayment(stuck.id, citizen), "not_supported");
      expect((await service.getPayment(stuck.id)).state).toBe("pending");
    });

    it("books the payment as succeeded when the provider says it was paid meanwhile", async () => {
      const { service, provider } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      provider.pay(payment.id);
      expect((await service.cancelPayment(payment.id, citizen)).state).toBe("succeeded");
    });

    it("rejects cancelling a succeeded payment", async () => {
      const { service, provider } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      provider.pay(payment.id);
      await service.confirmPayment(payment.id, citizen);
      await rejects(service.cancelPayment(payment.id, citizen), "illegal_transition");
    });
  });

  describe("refunds", () => {
    async function paid(options: ConstructorParameters<typeof ScriptedProvider>[0] = {}) {
      const provider = new ScriptedProvider(options);
      const h = await harness(backend, { providers: [provider] });
      const { payment } = await h.service.createPayment(createInput());
      await h.service.startPayment(payment.id);
      provider.pay(payment.id);
      await h.service.confirmPayment(payment.id, citizen);
      return { ...h, payment };
    }

    it("refunds partly and then fully at a provider that refunds", async () => {
      const { service, payment } = await paid({ refund: true });
      const part = await service.refund(payment.id, {
        amount: 1000,
        reason: "Ermäßigung nachträglich",
        actor: treasury,
      });
      expect(part.refund).toMatchObject({ state: "succeeded", amount: 1000 });
      expect(part.payment).toMatchObject({ state: "partially_refunded", refundedAmount: 1000 });
      await rejects(
        service.refund(payment.id, { amount: 2051, reason: "zu viel", actor: treasury }),
        "refund_exceeds_payment",
      );
      expect((await service.getPayment(payment.id)).refundedAmount).toBe(1000);
      const rest = await service.refund(payment.id, { amount: 2050, reason: "Antrag zurückgezogen", actor: treasury });
      expect(rest.payment).toMatchObject({ state: "refunded", refundedAmount: 3050 });
      expect((await service.refunds(payment.id)).map((refund) => refund.state)).toEqual(["succeeded", "succeeded"]);
    });

    it("leaves a refund requested as an instruction for the treasury where the provider cannot refund", async () => {
      const { service, payment } = await paid({ refund: false });
      const { refund, payment: unchanged } = await service.refund(payment.id, {
        amount: 3050,
        reason: "Storno",
        actor: treasury,
      });
      expect(refund.state).toBe("requested");
      expect(unchanged.state).toBe("succeeded");
      // A requested refund counts against what can still be refunded.
      await rejects(
        service.refund(payment.id, { amount: 1, reason: "noch mehr", actor: treasury }),
        "refund_exceeds_payment",
      );
      const done = await service.confirmRefund(payment.id, refund.id, { actor: treasury });
      expect(done.payment).toMatchObject({ state: "refunded", refundedAmount: 3050 });
      const again = await service.confirmRefund(payment.id, refund.id, { actor: treasury });
      expect(again.payment.refundedAmount).toBe(3050);
    });

    it("keeps a refund requested when the provider's refund call faults", async () => {
      const { service, provider, payment } = await paid({ refund: true });
      provider.failNext("refund", "timeout");
      const result = await service.refund(payment.id, { amount: 500, reason: "Teilerstattung", actor: treasury });
      expect(result).toMatchObject({ providerError: "provider_timeout", refund: { state: "requested" } });
      const failed = await service.confirmRefund(payment.id, result.refund.id, { actor: treasury, outcome: "failed" });
      expect(failed.refund.state).toBe("failed");
      expect(failed.payment.state).toBe("succeeded");
      await rejects(service.confirmRefund(payment.id, result.refund.id, { actor: treasury }), "illegal_transition");
    });

    it("never refunds more than was paid under concurrent requests", async () => {
      const { service, payment } = await paid({ refund: true });
      const settled = await Promise.allSettled(
        Array.from({ length: 6 }, () =>
          service.refund(payment.id, { amount: 1000, reason: "parallel", actor: treasury }),
        ),
      );
      const succeeded = settled.filter((result) => result.status === "fulfilled").length;
      expect(succeeded).toBeGreaterThanOrEqual(1);
      expect(succeeded).toBeLessThanOrEqual(3);
      const after = await service.getPayment(payment.id);
      expect(after.refundedAmount).toBe(succeeded * 1000);
      expect(after.state).toBe("partially_refunded");
    });

    it("refuses refunds of unpaid payments and bad amounts", async () => {
      const { service } = await harness(backend);
      const { payment } = await service.createPayment(createInput());
      await rejects(service.refund(payment.id, { amount: 100, reason: "x", actor: treasury }), "illegal_transition");
      await rejects(service.refund(payment.id, { amount: 1.5, reason: "x", actor: treasury }), "invalid_amount");
    });
  });

  describe("bank transfer: treasury and bank statements", () => {
    function bankProvider() {
      let counter = 0;
      return new ScriptedProvider({
        id: "bank-transfer",
        method: "bank_transfer",
        cancel: true,
        notifications: false,
        kassenzeichen: () => `5.4711.${String(++counter).padStart(6, "0")}`,
      });
    }

    it("starts without redirect, gets a Kassenzeichen and a longer payment period", async () => {
      const { service } = await harness(backend, { providers: [bankProvider()] });
      const { payment } = await service.createPayment(createInput({ providerId: "bank-transfer" }));
      expect(payment.expiresAt.getTime() - payment.createdAt.getTime()).toBe(30 * 24 * 60 * 60_000);
      const started = await service.startPayment(payment.id);
      expect(started.redirectUrl).toBeUndefined();
      expect(started.payment).toMatchObject({ state: "pending", kassenzeichen: "5.4711.000001" });
    });

    it("lets the treasury mark a transfer paid, with the amount check", async () => {
      const { service, transitions } = await harness(backend, { providers: [bankProvider(), new ScriptedProvider()] });
      const { payment } = await service.createPayment(createInput({ providerId: "bank-transfer" }));
      await service.startPayment(payment.id);
      const wrong = await service.markPaidByTreasury(payment.id, { userId: "kasse-01", amount: 3000 });
      expect(wrong).toMatchObject({
        outcome: "amount_mismatch",
        payment: { state: "pending", flags: ["amount_mismatch"] },
      });
      const right = await service.markPaidByTreasury(payment.id, { userId: "kasse-01", amount: 3050 });
      expect(right).toMatchObject({ outcome: "transitioned", payment: { state: "succeeded" } });
      const again = await service.markPaidByTreasury(payment.id, { userId: "kasse-01", amount: 3050 });
      expect(again.outcome).toBe("unchanged");
      const [, paid] = await transitions(payment.id);
      expect(paid?.actor).toEqual({ kind: "treasury", userId: "kasse-01" });
      const online = (await service.createPayment(createInput())).payment;
      await rejects(service.markPaidByTreasury(online.id, { userId: "kasse-01", amount: 3050 }), "not_supported");
    });

    it("applies matched bank statement credits: success, re-import, duplicate, mismatch, unknown", async () => {
      const { service } = await harness(backend, { providers: [bankProvider()] });
      const a = (
        await service.startPayment(
          (
            await service.createPayment(createInput({ providerId: "bank-transfer" }))
          ).payment.id,
        )
      ).payment;
      const b = (
        await service.startPayment(
          (
            await service.createPayment(createInput({ providerId: "bank-transfer" }))
          ).payment.id,
        )
      ).payment;
      const credit = (kassenzeichen: string | null, amount: number, entryReference: string) => ({
        kassenzeichen: kassenzeichen ?? "",
        amount,
        bookingDate: "2026-03-05",
        entryReference,
      });
      const first = await service.applyBankStatementMatches(
        [credit(a.kassenzeichen, 3050, "E1"), credit(b.kassenzeichen, 3500, "E2"), credit("9.9999.999999", 1000, "E3")],
        { statementId: "camt-2026-03-05" },
      );
      expect(first.applied.map((entry) => [entry.paymentId, entry.outcome, entry.state])).toEqual([
        [a.id, "transitioned", "succeeded"],
        [b.id, "amount_mismatch", "pending"],
      ]);
      expect(first.unknownKassenzeichen).toEqual([
        { entryReference: "E3", kassenzeichen: "9.9999.999999", amount: 1000 },
      ]);
      const reimport = await service.applyBankStatementMatches([credit(a.kassenzeichen, 3050, "E1")], {
        statementId: "camt-2026-03-05",
      });
      expect(reimport.applied[0]?.outcome).toBe("already_applied");
      const second = await service.applyBankStatementMatches([credit(a.kassenzeichen, 3050, "E9")], {
        statementId: "camt-2026-03-06",
      });
      expect(second.applied[0]?.outcome).toBe("duplicate_payment");
      expect((await service.getPayment(a.id)).flags).toEqual(["duplicate_payment"]);
    });

    it("books a credit after the payment period as a flagged late success", async () => {
      const { service, clock } = await harness(backend, { providers: [bankProvider()] });
      const { payment } = await service.createPayment(createInput({ providerId: "bank-transfer" }));
      const started = (await service.startPayment(payment.id)).payment;
      clock.advanceDays(31);
      await service.reconcile();
      expect((await service.getPayment(payment.id)).state).toBe("expired");
      const report = await service.applyBankStatementMatches(
        [{ kassenzeichen: started.kassenzeichen ?? "", amount: 3050, bookingDate: "2026-04-03", entryReference: "L1" }],
        { statementId: "camt-2026-04-03" },
      );
      expect(report.applied[0]).toMatchObject({ outcome: "transitioned", state: "succeeded" });
      expect((await service.getPayment(payment.id)).flags).toEqual(["late_success_after_expiry"]);
    });

    it("checks every entry before booking any", async () => {
      const { service } = await harness(backend, { providers: [bankProvider()] });
      const { payment } = await service.createPayment(createInput({ providerId: "bank-transfer" }));
      const started = (await service.startPayment(payment.id)).payment;
      const good = {
        kassenzeichen: started.kassenzeichen ?? "",
        amount: 3050,
        bookingDate: "2026-03-05",
        entryReference: "G1",
      };
      await rejects(
        service.applyBankStatementMatches([good, { ...good, amount: 12.5, entryReference: "G2" }], {
          statementId: "s1",
        }),
        "invalid_amount",
      );
      expect((await service.getPayment(payment.id)).state).toBe("pending");
    });
  });

  describe("return token lookup", () => {
    it("shows the public view without personal data and not_found for any wrong token", async () => {
      const { service, provider } = await harness(backend);
      const { payment, returnToken } = await service.createPayment(
        createInput({
          payer: { name: "Erika Mustermann", email: "erika@example.org", iban: "DE89370400440532013000" },
        }),
      );
      await service.startPayment(payment.id);
      const view = await service.lookupByReturnToken(returnToken);
      expect(view).toMatchObject({ state: "pending", amount: 3050, reference: payment.reference, kassenzeichen: null });
      const text = JSON.stringify(view);
      for (const secret of ["Mustermann", "erika@", "DE89", payment.id]) expect(text).not.toContain(secret);

      provider.pay(payment.id);
      expect((await service.lookupByReturnToken(returnToken)).state).toBe("pending");
      expect((await service.lookupByReturnToken(returnToken, { refresh: true })).state).toBe("succeeded");

      const flipped = `${returnToken.slice(0, -1)}${returnToken.endsWith("A") ? "B" : "A"}`;
      for (const wrong of [flipped, "", "x".repeat(10_000), payment.id, "../../etc/passwd"]) {
        await rejects(service.lookupByReturnToken(wrong), "not_found");
      }
    });

    it("shows the stored state when the refresh faults", async () => {
      const { service, provider } = await harness(backend);
      const { payment, returnToken } = await service.createPayment(createInput());
      await service.startPayment(payment.id);
      provider.failNext("status", "timeout");
      expect((await service.lookupByReturnToken(returnToken, { refresh: true })).state).toBe("pending");
    });
  });

  describe("retention and privacy", () => {
    it("erases payer data after the retention period and keeps the booking record", async () => {
      const { service, clock } = await harness(backend);
      const payer = { name: "Erika Mustermann", email: "erika@example.org" };
      const old = (await service.createPayment(createInput({ payer }))).payment;
      clock.advanceDays(400);
      const recent = (await service.createPayment(createInput({ payer }))).payment;
      expect(await service.erasePersonalData({ olderThanDays: 365 })).toEqual({ erased: 1 });
      const erased = await service.getPayment(old.id);
      expect(erased.payer).toBeNull();
      expect(erased).toMatchObject({ amount: 3050, reference: old.reference, lineItems: old.lineItems });
      expect((await service.getPayment(recent.id)).payer).toEqual(payer);
      expect((await service.auditLog(old.id)).map((entry) => entry.action)).toContain("personal_data_erased");
      await rejects(service.erasePersonalData({ olderThanDays: -1 }), "invalid_input");
    });

    it("never writes personal data to logs or the audit log along a whole journey", async () => {
      const { service, provider, logs } = await harness(backend, {
        providers: [new ScriptedProvider({ refund: true })],
      });
      const payer = { name: "Erika Mustermann", email: "erika.mustermann@example.org", iban: "DE89370400440532013000" };
      const { payment } = await service.createPayment(createInput({ payer, idempotencyKey: "journey-1" }));
      await service.createPayment(createInput({ payer, idempotencyKey: "journey-1" }));
      provider.failNext("create", "timeout");
      await rejects(service.startPayment(payment.id), "provider_timeout");
      await service.startPayment(payment.id);
      provider.pay(payment.id, 1);
      await service.confirmPayment(payment.id, citizen);
      provider.pay(payment.id);
      await service.handleNotification("scripted", provider.notification(payment.id, "j-1"));
      await service.reconcile();
      const text = JSON.stringify([logs, await service.auditLog(payment.id)]);
      expect(logs.length).toBeGreaterThan(3);
      for (const value of ["Mustermann", "erika", "DE89", "370400440532013000"]) expect(text).not.toContain(value);
    });
  });

  it("answers not_found for malformed and unknown payment ids", async () => {
    const { service } = await harness(backend);
    for (const id of ["", "nope", "00000000-0000-4000-8000-000000000000", "x".repeat(5000)]) {
      await rejects(service.getPayment(id), "not_found");
      await rejects(service.confirmPayment(id, citizen), "not_found");
    }
  });
});
