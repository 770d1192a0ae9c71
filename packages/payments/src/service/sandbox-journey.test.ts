// @vitest-environment node
/**
 * The payment service with the real sandbox provider over HTTP on 127.0.0.1: the citizen pays, fails,
 * cancels or abandons on the hosted page; the sandbox's signed notifications reach the service through a
 * small HTTP endpoint (as the portal's notify route would), and reconciliation cleans up the rest.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testStores } from "../../test/databases.js";
import { NotifyEndpoint } from "../../test/notify-endpoint.js";
import { isPaymentError } from "../core/errors.js";
import { type RunningSandboxServer, startSandboxServer } from "../providers/sandbox/node.js";
import { createSandboxProvider } from "../providers/sandbox/provider.js";
import { createPaymentService, type PaymentService } from "./payment-service.js";
import { createInput, SECRET, TestClock } from "./test-support/fixtures.js";

vi.setConfig({ testTimeout: 30_000 });

const API_KEY = "sandbox-journey-key-0123456789";
const NOTIFICATION_SECRET = "sandbox_journey_whsec_0123456789abcdef";
const backends = testStores();

/** The portal's notify route: hands the raw request to the service, answers 204 or 4xx. */
let notifiedService: PaymentService | undefined;
const endpoint = new NotifyEndpoint(async ({ headers, rawBody }) => {
  try {
    await notifiedService?.handleNotification("sandbox", { headers, rawBody: new Uint8Array(rawBody) });
    return 204;
  } catch (error) {
    return isPaymentError(error, "replayed_notification") ? 200 : isPaymentError(error) ? 400 : 500;
  }
});
let sandbox: RunningSandboxServer;

beforeAll(async () => {
  await endpoint.start();
  sandbox = await startSandboxServer({
    apiKey: API_KEY,
    notificationSecret: NOTIFICATION_SECRET,
    notifyUrl: endpoint.url,
    notificationRetryDelaysMs: [5, 5],
  });
});

afterAll(async () => {
  await sandbox?.close();
  await endpoint.stop();
});

async function choose(pageUrl: string, action: "pay" | "fail" | "cancel"): Promise<Response> {
  return fetch(pageUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ action }).toString(),
    redirect: "manual",
  });
}

describe.each(backends)("sandbox journeys on $name", (backend) => {
  async function setup() {
    const { store } = await backend.freshStore();
    const clock = new TestClock();
    const service = createPaymentService({
      store,
      providers: [
        createSandboxProvider({
          baseUrl: sandbox.baseUrl,
          apiKey: API_KEY,
          notificationSecrets: [NOTIFICATION_SECRET],
          timeoutMs: 2000,
        }),
      ],
      now: clock.now,
      returnTokenSecret: SECRET,
      returnUrl: (token) => `https://portal.example/zahlung/rueckkehr/${token}`,
    });
    notifiedService = service;
    return { service, clock, store };
  }

  it("pay on the hosted page: redirect back with the token, notification and return both confirm, one transition", async () => {
    const { service, store } = await setup();
    const { payment, returnToken } = await service.createPayment(createInput({ providerId: "sandbox" }));
    const { redirectUrl } = await service.startPayment(payment.id);
    expect(redirectUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sandbox\/pay\//);
    const page = await fetch(redirectUrl as string);
    expect(await page.text()).toContain("30,50\u00a0€");
    const back = await choose(redirectUrl as string, "pay");
    expect(back.status).toBe(303);
    expect(back.headers.get("location")).toBe(`https://portal.example/zahlung/rueckkehr/${returnToken}`);
    const view = await service.lookupByReturnToken(returnToken, { refresh: true });
    expect(view.state).toBe("succeeded");
    await sandbox.handler.control.notificationsSettled();
    expect(endpoint.answers.at(-1)).toBe(204);
    const audit = await store.listAudit(payment.id);
    expect(audit.filter((entry) => entry.toState === "succeeded")).toHaveLength(1);
    expect(audit.map((entry) => entry.action)).toContain("notification_received");
    expect(await service.getPayment(payment.id)).toMatchObject({ confirmedAmount: 3050, flags: [] });
  });

  it.each(["fail", "cancel"] as const)("%s on the hosted page: the notification books it", async (action) => {
    const { service } = await setup();
    const { payment } = await service.createPayment(createInput({ providerId: "sandbox" }));
    const { redirectUrl } = await service.startPayment(payment.id);
    await choose(redirectUrl as string, action);
    await sandbox.handler.control.notificationsSettled();
    expect((await service.getPayment(payment.id)).state).toBe(action === "fail" ? "failed" : "cancelled");
  });

  it("abandon: the citizen never comes back; reconciliation expires it after 90 minutes", async () => {
    const { service, clock } = await setup();
    const { payment } = await service.createPayment(createInput({ providerId: "sandbox" }));
    const { redirectUrl } = await service.startPayment(payment.id);
    await fetch(redirectUrl as string);
    expect((await service.reconcile()).unchanged).toBeGreaterThanOrEqual(1);
    clock.advanceMinutes(91);
    const report = await service.reconcile();
    expect(report).toMatchObject({ expired: 1, failed: [] });
    expect((await service.getPayment(payment.id)).state).toBe("expired");
  });
});
