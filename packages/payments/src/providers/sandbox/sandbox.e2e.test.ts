// @vitest-environment node
/**
 * The sandbox end to end over real HTTP on 127.0.0.1: the provider adapter creates a transaction, the
 * "browser" (fetch) opens the hosted page and submits a choice, the adapter confirms the status, and a tiny
 * receiver server gets a signed notification the adapter's verifyNotification accepts.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NotifyEndpoint, type ReceivedNotification } from "../../../test/notify-endpoint.js";
import { isPaymentError, type PaymentErrorCode } from "../../core/errors.js";
import { verifyNotificationSignature } from "../../notifications/signature.js";
import type { PaymentProvider, ProviderCreateRequest } from "../types.js";
import { htmlStructureProblems } from "./html-check.test-helper.js";
import { type RunningSandboxServer, startSandboxServer } from "./node.js";
import { createSandboxProvider } from "./provider.js";

const API_KEY = "sandbox-test-key-0123456789";
const SECRET = "sandbox_test_whsec_0123456789abcdef";
const RETURN_ORIGIN = "https://portal.example";

/** Records every delivery; it can be told to fail the next N deliveries with 500. */
let failNext = 0;
const receiver = new NotifyEndpoint(() => {
  if (failNext === 0) return 204;
  failNext--;
  return 500;
});
let sandbox: RunningSandboxServer;
let provider: PaymentProvider;

beforeAll(async () => {
  await receiver.start();
  sandbox = await startSandboxServer({
    apiKey: API_KEY,
    notificationSecret: SECRET,
    notifyUrl: receiver.url,
    notificationRetryDelaysMs: [5, 5, 5],
  });
  provider = createSandboxProvider({
    baseUrl: sandbox.baseUrl,
    apiKey: API_KEY,
    notificationSecrets: [SECRET],
    timeoutMs: 2000,
  });
});

afterAll(async () => {
  await sandbox?.close();
  await receiver.stop();
});

beforeEach(() => {
  sandbox.handler.faults.clear();
  failNext = 0;
});

function createRequest(overrides: Partial<ProviderCreateRequest> = {}): ProviderCreateRequest {
  const paymentId = randomUUID();
  return {
    paymentId,
    cityId: "giessen",
    serviceId: "bewohnerparkausweis",
    amount: 1250,
    currency: "EUR",
    lineItems: [],
    reference: "BPA-2026-0042",
    description: { de: "Bewohnerparkausweis Zone A", en: "Resident parking permit zone A" },
    returnUrl: `${RETURN_ORIGIN}/zahlung/rueckkehr/tok_${paymentId.slice(0, 8)}`,
    locale: "de",
    ...overrides,
  };
}

async function expectCode(promise: Promise<unknown>, code: PaymentErrorCode): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isPaymentError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
}

async function submit(pageUrl: string, action: string): Promise<Response> {
  return fetch(pageUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ action }).toString(),
    redirect: "manual",
  });
}

/** Notifications received for one transaction, after all deliveries have finished. */
async function notificationsFor(transactionId: string): Promise<ReceivedNotification[]> {
  await sandbox.handler.control.notificationsSettled();
  return receiver.received.filter(
    (entry) =>
      (JSON.parse(entry.rawBody.toString("utf8")) as { transactionId: string }).transactionId === transactionId,
  );
}

describe("sandbox: hosted page flows over HTTP", () => {
  it("pay: page → POST pay → 303 to returnUrl → status succeeded → signed notification verified", async () => {
    const request = createRequest();
    const created = await provider.create(request);
    expect(created.redirectUrl).toBe(`${sandbox.baseUrl}/pay/${created.providerPaymentId}`);
    expect(await provider.status(created.providerPaymentId)).toEqual({ status: "open", providerStatus: "open" });

    const page = await fetch(created.redirectUrl as string);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain(`form-action 'self' ${RETURN_ORIGIN}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await page.text();
    expect(htmlStructureProblems(html)).toEqual([]);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("<h1>Zahlung</h1>");
    expect(html).toContain("12,50\u00a0€");
    expect(html).toContain("BPA-2026-0042");
    expect(html).toContain("Bewohnerparkausweis Zone A");
    for (const [value, label] of [
      ["pay", "Bezahlen"],
      ["fail", "Zahlung ablehnen lassen"],
      ["cancel", "Abbrechen"],
    ]) {
      expect(html).toContain(`<button type="submit" name="action" value="${value}"`);
      expect(html).toContain(`>${label}</button>`);
    }
    expect(html).toContain(`<form method="post" action="/sandbox/pay/${created.providerPaymentId}">`);

    const stylesheet = await fetch(`${sandbox.baseUrl}/assets/sandbox.css`);
    expect(stylesheet.status).toBe(200);
    expect(stylesheet.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(await stylesheet.text()).toContain(".actions");

    const answer = await submit(created.redirectUrl as string, "pay");
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(request.returnUrl);

    expect(await provider.status(created.providerPaymentId)).toEqual({
      status: "succeeded",
      providerStatus: "paid",
      paidAmount: 1250,
    });

    const notifications = await notificationsFor(created.providerPaymentId);
    expect(notifications).toHaveLength(1);
    const [notification] = notifications as [ReceivedNotification];
    const verified = provider.verifyNotification?.(notification);
    expect(verified?.providerPaymentId).toBe(created.providerPaymentId);
    expect(verified?.messageId).toMatch(/^msg_/);
    // Independently: the header is a valid DK-Signature over the raw bytes received.
    expect(
      verifyNotificationSignature(notification.headers["dk-signature"], notification.rawBody, { secrets: [SECRET] })
        .secretIndex,
    ).toBe(0);
    expect(JSON.parse(notification.rawBody.toString("utf8"))).toMatchObject({
      type: "transaction.paid",
      paymentId: request.paymentId,
      status: "paid",
    });
    // Tampering with the received bytes is caught.
    const tampered = Buffer.from(notification.rawBody.toString("utf8").replace("paid", "fail"));
    expect(() => provider.verifyNotification?.({ ...notification, rawBody: tampered })).toThrow(/does not match/);

    // A second POST on the finished transaction shows the final state and changes nothing.
    const second = await submit(created.redirectUrl as string, "fail");
    expect(second.status).toBe(409);
    const finalHtml = await second.text();
    expect(htmlStructureProblems(finalHtml)).toEqual([]);
    expect(finalHtml).toContain("Bezahlt");
    expect(finalHtml).not.toContain('name="action"');
    expect(finalHtml).toContain(`href="${request.returnUrl}"`);
    expect((await provider.status(created.providerPaymentId)).status).toBe("succeeded");
    expect(await notificationsFor(created.providerPaymentId)).toHaveLength(1);
  });

  it("fail: the transaction ends failed without a paid amount", async () => {
    const request = createRequest();
    const created = await provider.create(request);
    const answer = await submit(created.redirectUrl as string, "fail");
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(request.returnUrl);
    expect(await provider.status(created.providerPaymentId)).toEqual({ status: "failed", providerStatus: "failed" });
    const [notification] = await notificationsFor(created.providerPaymentId);
    expect(notification && provider.verifyNotification?.(notification).providerPaymentId).toBe(
      created.providerPaymentId,
    );
  });

  it("cancel: the payer's cancel ends the transaction cancelled", async () => {
    const created = await provider.create(createRequest());
    expect((await submit(created.redirectUrl as string, "cancel")).status).toBe(303);
    expect((await provider.status(created.providerPaymentId)).status).toBe("cancelled");
    expect(await notificationsFor(created.providerPaymentId)).toHaveLength(1);
  });

  it("abandon: opening the page and leaving keeps the transaction open, with no notification", async () => {
    const created = await provider.create(createRequest());
    expect((await fetch(created.redirectUrl as string)).status).toBe(200);
    expect(await provider.status(created.providerPaymentId)).toEqual({ status: "open", providerStatus: "open" });
    expect(await notificationsFor(created.providerPaymentId)).toHaveLength(0);
  });

  it("renders English with ?lang=en, and the English locale leads there", async () => {
    const created = await provider.create(createRequest({ locale: "en" }));
    expect(created.redirectUrl).toMatch(/\?lang=en$/);
    const html = await (await fetch(created.redirectUrl as string)).text();
    expect(htmlStructureProblems(html)).toEqual([]);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<h1>Payment</h1>");
    expect(html).toContain("€12.50");
    expect(html).toContain("Resident parking permit zone A");
    expect(html).toContain(">Pay</button>");
    expect(html).toContain(`action="/sandbox/pay/${created.providerPaymentId}?lang=en"`);
    // The language switch leads back to German.
    expect(html).toContain(`<a href="/sandbox/pay/${created.providerPaymentId}" lang="de" hreflang="de">Deutsch</a>`);
  });

  it("escapes every piece of data on the page", async () => {
    const hostile = `<script>alert("x")</script> & 'quote'`;
    const created = await provider.create(
      createRequest({ reference: hostile, description: { de: `<img src=x onerror=alert(1)>`, en: hostile } }),
    );
    for (const url of [created.redirectUrl as string, `${created.redirectUrl}?lang=en`]) {
      const html = await (await fetch(url)).text();
      expect(html).not.toContain("<script");
      expect(html).not.toContain("<img");
      expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39;");
      expect(htmlStructureProblems(html)).toEqual([]);
    }
  });

  it("answers an unknown transaction with a 404 page, and a bad choice with 400", async () => {
    const missing = await fetch(`${sandbox.baseUrl}/pay/sbx_doesnotexist`);
    expect(missing.status).toBe(404);
    const html = await missing.text();
    expect(html).toContain("Zahlung nicht gefunden");
    expect(htmlStructureProblems(html)).toEqual([]);
    expect(await fetch(`${sandbox.baseUrl}/pay/sbx_doesnotexist?lang=en`).then((r) => r.text())).toContain(
      "Payment not found",
    );
    expect((await submit(`${sandbox.baseUrl}/pay/sbx_doesnotexist`, "pay")).status).toBe(404);

    const created = await provider.create(createRequest());
    const bad = await submit(created.redirectUrl as string, "refund");
    expect(bad.status).toBe(400);
    expect((await provider.status(created.providerPaymentId)).status).toBe("open");
  });

  it("keeps the page working when notifications cannot be delivered", async () => {
    const unreachable = await startSandboxServer({
      apiKey: API_KEY,
      notificationSecret: SECRET,
      notifyUrl: "http://127.0.0.1:1/notify",
      notificationRetryDelaysMs: [1, 1],
    });
    try {
      const isolated = createSandboxProvider({
        baseUrl: unreachable.baseUrl,
        apiKey: API_KEY,
        notificationSecrets: [SECRET],
      });
      const request = createRequest();
      const created = await isolated.create(request);
      const answer = await submit(created.redirectUrl as string, "pay");
      expect(answer.status).toBe(303);
      expect(answer.headers.get("location")).toBe(request.returnUrl);
      expect((await isolated.status(created.providerPaymentId)).status).toBe("succeeded");
      await unreachable.handler.control.notificationsSettled();
      expect(unreachable.handler.control.deliveries()).toEqual([
        expect.objectContaining({ transactionId: created.providerPaymentId, delivered: false, attempts: 3 }),
      ]);
    } finally {
      await unreachable.close();
    }
  });

  it("retries a failed delivery with the same message id, signed afresh each time", async () => {
    failNext = 2;
    const created = await provider.create(createRequest());
    await submit(created.redirectUrl as string, "pay");
    const attempts = await notificationsFor(created.providerPaymentId);
    expect(attempts).toHaveLength(3);
    const messageIds = attempts.map((attempt) => provider.verifyNotification?.(attempt).messageId);
    expect(new Set(messageIds).size).toBe(1);
    expect(sandbox.handler.control.deliveries().at(-1)).toMatchObject({
      delivered: true,
      attempts: 3,
      lastResult: 204,
    });
  });
});

describe("sandbox: JSON API through the provider", () => {
  it("creates idempotently per payment id and rejects the same id with other parameters", async () => {
    const request = createRequest();
    const first = await provider.create(request);
    const again = await provider.create(request);
    expect(again.providerPaymentId).toBe(first.providerPaymentId);
    await expectCode(provider.create({ ...request, amount: 999 }), "idempotency_conflict");
  });

  it("cancels an open transaction and refuses to cancel a paid one", async () => {
    const open = await provider.create(createRequest());
    expect(await provider.cancel?.(open.providerPaymentId)).toEqual({
      status: "cancelled",
      providerStatus: "cancelled",
    });
    expect((await provider.cancel?.(open.providerPaymentId))?.status).toBe("cancelled");
    // The payer can no longer pay it.
    expect((await submit(open.redirectUrl as string, "pay")).status).toBe(409);
    expect((await provider.status(open.providerPaymentId)).status).toBe("cancelled");

    const paid = await provider.create(createRequest());
    await submit(paid.redirectUrl as string, "pay");
    await expectCode(provider.cancel?.(paid.providerPaymentId) as Promise<unknown>, "provider_rejected");
  });

  it("refunds partially and fully, bounded by the paid amount", async () => {
    const created = await provider.create(createRequest({ amount: 5000 }));
    await expectCode(
      provider.refund?.(created.providerPaymentId, 100, "r-open") as Promise<unknown>,
      "provider_rejected",
    );
    await submit(created.redirectUrl as string, "pay");

    const partial = await provider.refund?.(created.providerPaymentId, 2000, "r-1");
    expect(partial?.status).toBe("succeeded");
    expect((await provider.refund?.(created.providerPaymentId, 2000, "r-1"))?.providerRefundId).toBe(
      partial?.providerRefundId,
    );
    await expectCode(
      provider.refund?.(created.providerPaymentId, 3001, "r-2") as Promise<unknown>,
      "refund_exceeds_payment",
    );
    expect((await provider.refund?.(created.providerPaymentId, 3000, "r-2"))?.status).toBe("succeeded");
    await expectCode(
      provider.refund?.(created.providerPaymentId, 1, "r-3") as Promise<unknown>,
      "refund_exceeds_payment",
    );
    await expectCode(provider.refund?.(created.providerPaymentId, 0, "r-4") as Promise<unknown>, "invalid_amount");
    await expectCode(provider.refund?.(created.providerPaymentId, 1.5, "r-5") as Promise<unknown>, "invalid_amount");
    // The payment itself stays succeeded; refunds are the service's records.
    expect(await provider.status(created.providerPaymentId)).toMatchObject({ status: "succeeded", paidAmount: 5000 });
  });

  it("reports a different paid amount as the provider says it (for the service's amount check)", async () => {
    const created = await provider.create(createRequest({ amount: 1250 }));
    expect(sandbox.handler.control.complete(created.providerPaymentId, "paid", { paidAmount: 1000 })).toBe(true);
    expect(await provider.status(created.providerPaymentId)).toEqual({
      status: "succeeded",
      providerStatus: "paid",
      paidAmount: 1000,
    });
    expect(sandbox.handler.control.complete(created.providerPaymentId, "failed")).toBe(false);
  });

  it("rejects API calls without or with a wrong key", async () => {
    const url = `${sandbox.baseUrl}/api/v1/transactions`;
    const body = JSON.stringify({ paymentId: "x" });
    const headers = { "content-type": "application/json" };
    const none = await fetch(url, { method: "POST", headers, body });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    const wrong = await fetch(url, { method: "POST", headers: { ...headers, authorization: "Bearer nope" }, body });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain(API_KEY);

    const misconfigured = createSandboxProvider({
      baseUrl: sandbox.baseUrl,
      apiKey: "wrong",
      notificationSecrets: [SECRET],
    });
    await expectCode(misconfigured.create(createRequest()), "configuration_error");
    await expectCode(misconfigured.status("sbx_x"), "configuration_error");
  });

  it("validates API bodies: media type, JSON, fields", async () => {
    const url = `${sandbox.baseUrl}/api/v1/transactions`;
    const auth = { authorization: `Bearer ${API_KEY}` };
    expect((await fetch(url, { method: "POST", headers: auth, body: "{}" })).status).toBe(415);
    const json = { ...auth, "content-type": "application/json" };
    expect((await fetch(url, { method: "POST", headers: json, body: "{" })).status).toBe(400);
    const invalid = await fetch(url, {
      method: "POST",
      headers: json,
      body: JSON.stringify({
        ...createRequest(),
        amount: 12.5,
        cityId: undefined,
        serviceId: undefined,
        lineItems: undefined,
      }),
    });
    expect(invalid.status).toBe(422);
    expect(((await invalid.json()) as { detail: string }).detail).toContain("amount");
    const javascriptUrl = await fetch(url, {
      method: "POST",
      headers: json,
      body: JSON.stringify({
        paymentId: "p-js",
        amount: 100,
        currency: "EUR",
        reference: "R",
        description: { de: "d", en: "e" },
        returnUrl: "javascript:alert(1)",
      }),
    });
    expect(javascriptUrl.status).toBe(422);
    const huge = await fetch(url, { method: "POST", headers: json, body: `"${"x".repeat(20_000)}"` });
    expect(huge.status).toBe(413);
    expect((await fetch(`${sandbox.baseUrl}/api/v1/transactions/sbx_missing`, { headers: auth })).status).toBe(404);
    await expectCode(provider.status("sbx_missing"), "provider_rejected");
  });
});

describe("sandbox: fault injection mapped to PaymentError codes", () => {
  it("HTTP 500 → provider_unavailable, then the next call works", async () => {
    const created = await provider.create(createRequest());
    sandbox.handler.faults.next("http_500");
    await expectCode(provider.status(created.providerPaymentId), "provider_unavailable");
    expect((await provider.status(created.providerPaymentId)).status).toBe("open");
  });

  it("malformed JSON → provider_malformed_response", async () => {
    sandbox.handler.faults.next("malformed_json", 2);
    await expectCode(provider.create(createRequest()), "provider_malformed_response");
    await expectCode(provider.status("sbx_any"), "provider_malformed_response");
    expect(sandbox.handler.faults.pending()).toEqual([]);
  });

  it("a hang past the client timeout → provider_timeout; a create that timed out is recovered by retrying", async () => {
    const impatient = createSandboxProvider({
      baseUrl: sandbox.baseUrl,
      apiKey: API_KEY,
      notificationSecrets: [SECRET],
      timeoutMs: 200,
    });
    const request = createRequest();
    sandbox.handler.faults.next("timeout");
    await expectCode(impatient.create(request), "provider_timeout");
    // The hung call never reached the ledger; retrying with the same payment id creates exactly one.
    const created = await impatient.create(request);
    expect((await impatient.create(request)).providerPaymentId).toBe(created.providerPaymentId);
  });

  it("an unreachable sandbox → provider_unavailable", async () => {
    const nowhere = createSandboxProvider({
      baseUrl: "http://127.0.0.1:1/sandbox",
      apiKey: API_KEY,
      notificationSecrets: [SECRET],
    });
    await expectCode(nowhere.status("sbx_x"), "provider_unavailable");
  });

  it("the fault-control endpoint exists only when enabled, and needs the API key", async () => {
    expect(
      (
        await fetch(`${sandbox.baseUrl}/_control/faults`, {
          method: "POST",
          headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
          body: JSON.stringify({ kind: "http_500" }),
        })
      ).status,
    ).toBe(404);

    const controllable = await startSandboxServer({
      apiKey: API_KEY,
      notificationSecret: SECRET,
      enableFaultControl: true,
    });
    try {
      const url = `${controllable.baseUrl}/_control/faults`;
      const headers = { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" };
      expect((await fetch(url, { method: "POST", body: JSON.stringify({ kind: "http_500" }) })).status).toBe(401);
      const queued = await fetch(url, {
        method: "POST",
        headers,
        body: JSON.stringify({ kind: "http_500", count: 2 }),
      });
      expect(await queued.json()).toEqual({ pending: ["http_500", "http_500"] });
      const remote = createSandboxProvider({
        baseUrl: controllable.baseUrl,
        apiKey: API_KEY,
        notificationSecrets: [SECRET],
      });
      await expectCode(remote.status("sbx_x"), "provider_unavailable");
      expect((await fetch(url, { method: "DELETE", headers })).status).toBe(204);
      await expectCode(remote.status("sbx_x"), "provider_rejected");
    } finally {
      await controllable.close();
    }
  });
});

describe("sandbox handler mounted in front of other routes", () => {
  it("answers undefined outside its base path and 404 inside it", async () => {
    const { handler } = sandbox;
    expect(await handler(new Request("http://portal.example/"))).toBeUndefined();
    expect(await handler(new Request("http://portal.example/sandboxes"))).toBeUndefined();
    expect(await handler(new Request("http://portal.example/zahlung/sandbox"))).toBeUndefined();
    expect((await handler(new Request("http://portal.example/sandbox/unknown")))?.status).toBe(404);
    expect((await handler(new Request("http://portal.example/sandbox/health")))?.status).toBe(200);
  });
});

describe("createSandboxProvider configuration", () => {
  it("refuses missing or weak settings with configuration_error at construction", () => {
    const base = { baseUrl: "http://127.0.0.1:4010/sandbox", apiKey: API_KEY, notificationSecrets: [SECRET] };
    for (const options of [
      { ...base, baseUrl: "not a url" },
      { ...base, baseUrl: "ftp://127.0.0.1/sandbox" },
      { ...base, apiKey: "" },
      { ...base, notificationSecrets: [] },
      { ...base, notificationSecrets: ["short"] },
      { ...base, timeoutMs: 0 },
    ]) {
      let caught: unknown;
      try {
        createSandboxProvider(options);
      } catch (error) {
        caught = error;
      }
      expect(isPaymentError(caught, "configuration_error"), JSON.stringify(options)).toBe(true);
    }
  });
});
