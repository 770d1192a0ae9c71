// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isPaymentError, type PaymentError } from "../../core/errors.js";
import type { XBezahldiensteConfig } from "./config.js";
import {
  type FakeXBezahldiensteServer,
  type FakeXBezahldiensteServerOptions,
  startFakeXBezahldiensteServer,
} from "./fake/server.js";
import { createXBezahldiensteProvider, type XBezahldiensteProviderOptions } from "./provider.js";
import { createRequest, lineItem } from "./test-fixtures.js";
import type { XBezahldiensteStatus } from "./wire.js";

const PASSWORD = "Basic-PW-never-logged";
const CLIENT_SECRET = "OAuth-secret-never-logged";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startFake(options: Partial<FakeXBezahldiensteServerOptions> = {}): Promise<FakeXBezahldiensteServer> {
  const fake = await startFakeXBezahldiensteServer({
    auth: { type: "basic", username: "giessen", password: PASSWORD },
    ...options,
  });
  cleanups.push(() => fake.close());
  return fake;
}

function basicConfig(fake: { baseUrl: string }, overrides: Partial<XBezahldiensteConfig> = {}): XBezahldiensteConfig {
  return {
    id: "xbezahldienste-giessen",
    baseUrl: fake.baseUrl,
    originatorId: "bewohnerparken",
    endPointId: "06531005",
    auth: { type: "basic", username: "giessen", password: PASSWORD },
    timeoutMs: 5_000,
    ...overrides,
  };
}

function oauthConfig(
  fake: FakeXBezahldiensteServer,
  overrides: Partial<XBezahldiensteConfig> = {},
): XBezahldiensteConfig {
  return basicConfig(fake, {
    auth: { type: "oauth2", tokenUrl: fake.tokenUrl, clientId: "portal-giessen", clientSecret: CLIENT_SECRET },
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<PaymentError> {
  try {
    await promise;
  } catch (error) {
    if (isPaymentError(error)) return error;
    throw error;
  }
  throw new Error("expected a PaymentError");
}

/** Plays the citizen on the fake's hosted page: open it, choose, follow the 303 back. */
async function choose(redirectUrl: string, outcome: "pay" | "fail" | "cancel"): Promise<string | null> {
  const page = await fetch(redirectUrl);
  expect(page.status).toBe(200);
  const html = await page.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  expect(action).toBeDefined();
  const answer = await fetch(new URL(action ?? "", redirectUrl), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ outcome }).toString(),
    redirect: "manual",
  });
  expect(answer.status).toBe(303);
  return answer.headers.get("location");
}

describe("XBezahldienste adapter: the whole journey over HTTP", () => {
  it("creates, sends the citizen to the page, and confirms PAYED with the exact amount", async () => {
    const fake = await startFake();
    const provider = createXBezahldiensteProvider(basicConfig(fake));
    expect(provider.id).toBe("xbezahldienste-giessen");
    expect(provider.capabilities).toEqual({ cancel: false, refund: false, notifications: false, method: "online" });
    expect(provider.cancel).toBeUndefined();
    expect(provider.refund).toBeUndefined();
    expect(provider.verifyNotification).toBeUndefined();

    const request = createRequest();
    const created = await provider.create(request);
    const transaction = fake.transaction(created.providerPaymentId);
    expect(transaction?.request.requestId).toBe(request.paymentId);
    expect(created.redirectUrl).toBe(`${fake.url}/pay/${created.providerPaymentId}`);
    expect(created.kassenzeichen).toBeUndefined();
    // Exactly the decimal literal, no float noise, and no personal data.
    expect(transaction?.rawBody).toContain('"grosAmount":40.6,');
    expect(transaction?.parsedBody).not.toHaveProperty("requestor");
    expect(transaction?.request.purpose).toBe("GI-2025-000123");

    expect(await provider.status(created.providerPaymentId)).toEqual({ status: "open", providerStatus: "INITIAL" });

    const backTo = await choose(created.redirectUrl ?? "", "pay");
    expect(backTo).toBe(request.returnUrl);

    const confirmed = await provider.status(created.providerPaymentId);
    expect(confirmed).toEqual({
      status: "succeeded",
      providerStatus: "PAYED",
      paidAmount: 4060,
      kassenzeichen: fake.transaction(created.providerPaymentId)?.transactionReference,
    });
    expect(confirmed.kassenzeichen).toMatch(/^KZ\d{10}$/);
  });

  it.each([
    ["fail", "failed", "FAILED"],
    ["cancel", "cancelled", "CANCELED"],
  ] as const)("maps the citizen's choice %s to %s", async (outcome, status, providerStatus) => {
    const fake = await startFake();
    const provider = createXBezahldiensteProvider(basicConfig(fake));
    const created = await provider.create(createRequest());
    await choose(created.redirectUrl ?? "", outcome);
    expect(await provider.status(created.providerPaymentId)).toEqual({ status, providerStatus });
  });

  it.each([1, 10, 99, 100, 1005, 999_999_00])("carries %i cents exactly there and back", async (cents) => {
    const fake = await startFake();
    const provider = createXBezahldiensteProvider(basicConfig(fake));
    const created = await provider.create(
      createRequest({ amount: cents, lineItems: [lineItem({ unitAmount: cents, amount: cents })] }),
    );
    expect(fake.transaction(created.providerPaymentId)?.request.grosAmountCents).toBe(cents);
    fake.setStatus(created.providerPaymentId, "PAYED");
    expect((await provider.status(created.providerPaymentId)).paidAmount).toBe(cents);
  });

  it("refuses 999999.99 EUR before calling the platform (its limit is 999999)", async () => {
    const fake = await startFake();
    const provider = createXBezahldiensteProvider(basicConfig(fake));
    const error = await failure(
      provider.create(
        createRequest({ amount: 999_999_99, lineItems: [lineItem({ unitAmount: 999_999_99, amount: 999_999_99 })] }),
      ),
    );
    expect(error.code).toBe("invalid_amount");
    expect(fake.counts().apiRequests).toBe(0);
  });

  it("answers the platform's configuration check", async () => {
    const fake = await startFake({ endpoints: [{ originatorId: "bewohnerparken", endPointId: "06531005" }] });
    await expect(createXBezahldiensteProvider(basicConfig(fake)).checkConfiguration()).resolves.toBeUndefined();
    const wrong = await failure(
      createXBezahldiensteProvider(basicConfig(fake, { endPointId: "06531006" })).checkConfiguration(),
    );
    expect(wrong.code).toBe("provider_rejected");
    expect(wrong.details.functionalCode).toBe("NO_VALID_ORIGINATOR_OR_ENDPOINT");
  });
});

describe("XBezahldienste adapter: authentication", () => {
  it("reports wrong Basic credentials as provider_rejected without retrying", async () => {
    const fake = await startFake();
    const provider = createXBezahldiensteProvider(
      basicConfig(fake, { auth: { type: "basic", username: "giessen", password: "wrong" } }),
    );
    const error = await failure(provider.create(createRequest()));
    expect(error.code).toBe("provider_rejected");
    expect(error.details.httpStatus).toBe(401);
    expect(fake.counts().apiRequests).toBe(1);
  });

  it("fetches one OAuth2 token and reuses it until shortly before expiry", async () => {
    let clock = 1_700_000_000_000;
    const now = () => clock;
    const fake = await startFake({
      auth: { type: "oauth2", clientId: "portal-giessen", clientSecret: CLIENT_SECRET, tokenLifetimeSeconds: 300 },
      now,
    });
    const options: XBezahldiensteProviderOptions = { now };
    const provider = createXBezahldiensteProvider(oauthConfig(fake), options);
    const created = await provider.create(createRequest());
    await provider.status(created.providerPaymentId);
    await provider.status(created.providerPaymentId);
    expect(fake.counts()).toEqual({ tokenRequests: 1, apiRequests: 3 });

    // 4:29 later the token is still fresh enough.
    clock += 269_000;
    await provider.status(created.providerPaymentId);
    expect(fake.counts().tokenRequests).toBe(1);

    // Within the last 30 seconds of its life it is replaced before use, so no call ever meets a 401.
    clock += 2_000;
    await provider.status(created.providerPaymentId);
    expect(fake.counts()).toEqual({ tokenRequests: 2, apiRequests: 5 });
  });

  it("fetches a new token once when the platform answers 401", async () => {
    const fake = await startFake({ auth: { type: "oauth2", clientId: "portal-giessen", clientSecret: CLIENT_SECRET } });
    const provider = createXBezahldiensteProvider(oauthConfig(fake));
    const created = await provider.create(createRequest());
    fake.revokeTokens();
    expect((await provider.status(created.providerPaymentId)).status).toBe("open");
    // create + (rejected status + retried status) = 3 API calls, 2 tokens.
    expect(fake.counts()).toEqual({ tokenRequests: 2, apiRequests: 3 });
  });

  it("shares one token request between concurrent calls", async () => {
    const fake = await startFake({ auth: { type: "oauth2", clientId: "portal-giessen", clientSecret: CLIENT_SECRET } });
    const setup = createXBezahldiensteProvider(oauthConfig(fake));
    const created = await setup.create(createRequest());
    const provider = createXBezahldiensteProvider(oauthConfig(fake));
    const results = await Promise.all(Array.from({ length: 10 }, () => provider.status(created.providerPaymentId)));
    expect(results.every((result) => result.status === "open")).toBe(true);
    expect(fake.counts().tokenRequests).toBe(2);
  });

  it("supports client_secret_post at the token endpoint", async () => {
    const fake = await startFake({ auth: { type: "oauth2", clientId: "portal-giessen", clientSecret: CLIENT_SECRET } });
    const provider = createXBezahldiensteProvider(
      basicConfig(fake, {
        auth: {
          type: "oauth2",
          tokenUrl: fake.tokenUrl,
          clientId: "portal-giessen",
          clientSecret: CLIENT_SECRET,
          clientAuthentication: "client_secret_post",
        },
      }),
    );
    expect((await provider.create(createRequest())).providerPaymentId).toBeTruthy();
  });

  it("reports refused client credentials and a failing token endpoint", async () => {
    const fake = await startFake({ auth: { type: "oauth2", clientId: "portal-giessen", clientSecret: CLIENT_SECRET } });
    const refused = await failure(
      createXBezahldiensteProvider(
        basicConfig(fake, {
          auth: { type: "oauth2", tokenUrl: fake.tokenUrl, clientId: "portal-giessen", clientSecret: "wrong" },
        }),
      ).create(createRequest()),
    );
    expect(refused.code).toBe("provider_rejected");
    expect(refused.details).toMatchObject({ operation: "token", httpStatus: 401, oauthError: "invalid_client" });
    expect(fake.counts().apiRequests).toBe(0);

    fake.injectFault({ type: "http_500", target: "token" });
    const down = await failure(createXBezahldiensteProvider(oauthConfig(fake)).create(createRequest()));
    expect(down.code).toBe("provider_unavailable");
    expect(down.details.operation).toBe("token");

    fake.injectFault({ type: "malformed_body", target: "token" });
    const garbled = await failure(createXBezahldiensteProvider(oauthConfig(fake)).create(createRequest()));
    expect(garbled.code).toBe("provider_malformed_response");
  });
});

describe("XBezahldienste adapter: faults leave everything recoverable", () => {
  it("maps an HTTP 500 to provider_unavailable; the next status call works", async () => {
    const fake = await startFake();
    const provider = createXBezahldiensteProvider(basicConfig(fake));
    const created = await provider.create(createRequest());
    fake.setStatus(created.providerPaymentId, "PAYED");
    fake.injectFault({ type: "http_500" });
    const error = await failure(provider.status(created.providerPaymentId));
    expect(error.code).toBe("provider_unavailable");
    expect(error.details).toMatchObject({ httpStatus: 500, functionalCode: "UNSPECIFIED", operation: "status" });
    expect((await provider.status(created.providerPaymentId)).status).toBe("succeeded");
  });

  it("maps a broken body to provider_malformed_response on create and status", async () => {
    const fake = await startFake();
    const provider = createXBezahldiensteProvider(basicConfig(fake));
    fake.injectFault({ type: "malformed_body" });
    expect((await failure(provider.create(createRequest()))).code).toBe("provider_malformed_response");
    const created = await provider.create(createRequest());
    fake.injectFault({ type: "malformed_body" });
    expect((await failure(provider.status(created.providerPaymentId))).code).toBe("provider_malformed_response");
  });

  it("maps an unknown transaction status to provider_malformed_response, naming it", async () => {
    const fake = await startFake();
    const provider = createXBezahldiensteProvider(basicConfig(fake));
    const created = await provider.create(createRequest());
    fake.setStatus(created.providerPaymentId, "REFUNDED" as XBezahldiensteStatus);
    const error = await failure(provider.status(created.providerPaymentId));
    expect(error.code).toBe("provider_malformed_response");
    expect(error.details.providerStatus).toBe("REFUNDED");
  });

  it("maps a timeout to provider_timeout", async () => {
    const fake = await startFake();
    const provider = createXBezahldiensteProvider(basicConfig(fake, { timeoutMs: 1_000 }));
    const created = await provider.create(createRequest());
    fake.injectFault({ type: "slow", delayMs: 30_000 });
    const error = await failure(provider.status(created.providerPaymentId));
    expect(error.code).toBe("provider_timeout");
    expect(error.details).toMatchObject({ operation: "status", timeoutMs: 1_000 });
  });

  it("maps an unreachable platform to provider_unavailable", async () => {
    const fake = await startFake();
    const baseUrl = fake.baseUrl;
    await fake.close();
    cleanups.pop();
    const error = await failure(createXBezahldiensteProvider(basicConfig({ baseUrl })).create(createRequest()));
    expect(error.code).toBe("provider_unavailable");
  });

  it("maps an unknown transaction id to provider_rejected, and a malformed one to invalid_input", async () => {
    const fake = await startFake();
    const provider = createXBezahldiensteProvider(basicConfig(fake));
    const unknown = await failure(provider.status("00000000-0000-0000-0000-000000000000"));
    expect(unknown.code).toBe("provider_rejected");
    expect(unknown.details.httpStatus).toBe(404);
    const malformed = await failure(provider.status("../status"));
    expect(malformed.code).toBe("invalid_input");
    expect(malformed.field).toBe("providerPaymentId");
  });

  it("passes functional errors on as provider_rejected with the code", async () => {
    const fake = await startFake({ requiredBookingDataKeys: ["bewirtschafter"] });
    const error = await failure(createXBezahldiensteProvider(basicConfig(fake)).create(createRequest()));
    expect(error.code).toBe("provider_rejected");
    expect(error.details).toMatchObject({
      functionalCode: "BOOKING_DATA_MISSING",
      httpStatus: 400,
      operation: "create",
    });
    expect(error.message).toContain("BOOKING_DATA_MISSING");
  });
});

describe("XBezahldienste adapter: PAYMENT_EXISTS after a lost answer", () => {
  it("adopts the transaction the first attempt created when a retry meets PAYMENT_EXISTS", async () => {
    const fake = await startFake();
    const provider = createXBezahldiensteProvider(basicConfig(fake, { timeoutMs: 1_000 }));
    const request = createRequest();
    // The platform creates the transaction but its answer never arrives in time.
    fake.injectFault({ type: "slow", delayMs: 30_000 });
    expect((await failure(provider.create(request))).code).toBe("provider_timeout");
    expect(fake.transactions()).toHaveLength(1);

    const retried = await provider.create(request);
    const [only] = fake.transactions();
    expect(retried.providerPaymentId).toBe(only?.transactionId);
    expect(retried.redirectUrl).toBe(`${fake.url}/pay/${only?.transactionId}`);
    expect(fake.transactions()).toHaveLength(1);
  });

  it("adopts an already paid transaction without a redirect", async () => {
    const fake = await startFake();
    const provider = createXBezahldiensteProvider(basicConfig(fake));
    const request = createRequest();
    const first = await provider.create(request);
    fake.setStatus(first.providerPaymentId, "PAYED");
    const again = await provider.create(request);
    expect(again.providerPaymentId).toBe(first.providerPaymentId);
    expect(again.redirectUrl).toBeUndefined();
    expect(again.kassenzeichen).toMatch(/^KZ/);
  });

  it("refuses to adopt a transaction with a different amount under the same request id", async () => {
    const fake = await startFake();
    const provider = createXBezahldiensteProvider(basicConfig(fake));
    const request = createRequest();
    await provider.create(request);
    const changed = { ...request, amount: 3050, lineItems: [lineItem()] };
    const error = await failure(provider.create(changed));
    expect(error.code).toBe("provider_rejected");
    expect(error.details).toMatchObject({ functionalCode: "PAYMENT_EXISTS", recovered: false });
  });

  it("says clearly when the platform does not name the existing transaction", async () => {
    const fake = await startFake({ revealTransactionIdOnPaymentExists: false });
    const provider = createXBezahldiensteProvider(basicConfig(fake));
    const request = createRequest();
    await provider.create(request);
    const error = await failure(provider.create(request));
    expect(error.code).toBe("provider_rejected");
    expect(error.details).toMatchObject({ functionalCode: "PAYMENT_EXISTS", recovered: false });
    expect(error.message).toContain("cannot be recovered automatically");
  });
});

/** A server that answers whatever the test scripts, for answers the fake never gives. */
async function startScripted(handler: (request: IncomingMessage, response: ServerResponse) => void) {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api` };
}

function transactionBody(information: Record<string, unknown>, grosAmount: unknown = 40.6, requestId = "x"): string {
  return JSON.stringify({
    paymentRequest: { requestId, grosAmount },
    paymentInformation: { transactionId: "tx-1", status: "INITIAL", ...information },
  });
}

describe("XBezahldienste adapter: answers only a scripted server gives", () => {
  it.each([
    ["VALIDATION_ERROR", 400],
    ["CALCULATION_ERROR", 400],
    ["NO_VALID_ORIGINATOR_OR_ENDPOINT", 404],
    ["FORBIDDEN", 403],
  ])("maps problem+json %s (HTTP %i) to provider_rejected", async (functionalCode, status) => {
    const platform = await startScripted((_request, response) => {
      response.writeHead(status, { "content-type": "application/problem+json" });
      response.end(
        JSON.stringify({ type: "about:blank", status, title: "Fehler", detail: "purpose zu lang", functionalCode }),
      );
    });
    const error = await failure(createXBezahldiensteProvider(basicConfig(platform)).create(createRequest()));
    expect(error.code).toBe("provider_rejected");
    expect(error.details).toMatchObject({ functionalCode, httpStatus: status, detail: "purpose zu lang" });
  });

  it.each([
    ["a 503 with an HTML page", "provider_unavailable", 503, "text/html", "<h1>Wartung</h1>"],
    ["a 400 without problem+json", "provider_rejected", 400, "text/plain", "bad"],
    ["a 200 with HTML", "provider_malformed_response", 200, "text/html", "<html></html>"],
    [
      "a 200 without transactionId",
      "provider_malformed_response",
      200,
      "application/json",
      '{"paymentInformation":{"status":"INITIAL"}}',
    ],
    ["a 201 without a redirect URL", "provider_malformed_response", 201, "application/json", transactionBody({})],
    [
      "a javascript: redirect URL",
      "provider_malformed_response",
      201,
      "application/json",
      transactionBody({ transactionRedirectUrl: "javascript:alert(1)" }),
    ],
    ["more than 1 MiB", "provider_malformed_response", 200, "application/json", `{"x":"${"a".repeat(1_100_000)}"}`],
  ])("maps %s to %s", async (_what, code, status, contentType, body) => {
    const platform = await startScripted((_request, response) => {
      response.writeHead(status, { "content-type": contentType });
      response.end(body);
    });
    expect((await failure(createXBezahldiensteProvider(basicConfig(platform)).create(createRequest()))).code).toBe(
      code,
    );
  });

  it("accepts nulls for absent optional fields, as Java platforms send them", async () => {
    const platform = await startScripted((_request, response) => {
      response.writeHead(201, { "content-type": "application/json" });
      response.end(
        transactionBody({
          transactionRedirectUrl: "https://pay.example.de/p/tx-1",
          transactionReference: null,
          transactionUrl: null,
          paymentMethod: null,
          statusDetail: null,
        }),
      );
    });
    expect(await createXBezahldiensteProvider(basicConfig(platform)).create(createRequest())).toEqual({
      providerPaymentId: "tx-1",
      redirectUrl: "https://pay.example.de/p/tx-1",
    });
  });

  it("refuses a paid amount that is not whole cents", async () => {
    const platform = await startScripted((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(transactionBody({ status: "PAYED" }, 40.605));
    });
    const error = await failure(createXBezahldiensteProvider(basicConfig(platform)).status("tx-1"));
    expect(error.code).toBe("provider_malformed_response");
  });

  it("recovers from PAYMENT_EXISTS through the problem's instance URL", async () => {
    const paymentId = "6f1c2a9e-1d4b-4b8e-9a57-0c1f2e3d4a5b";
    const asked: string[] = [];
    const platform = await startScripted((request, response) => {
      if (request.method === "POST") {
        response.writeHead(409, { "content-type": "application/problem+json" });
        response.end(
          JSON.stringify({
            status: 409,
            functionalCode: "PAYMENT_EXISTS",
            instance: "/api/paymenttransaction/bewohnerparken/06531005/tx-1",
          }),
        );
        return;
      }
      asked.push(request.url ?? "");
      response.writeHead(200, { "content-type": "application/json" });
      response.end(transactionBody({ transactionRedirectUrl: "https://pay.example.de/p/tx-1" }, 40.6, paymentId));
    });
    const created = await createXBezahldiensteProvider(basicConfig(platform)).create(createRequest({ paymentId }));
    expect(created).toEqual({ providerPaymentId: "tx-1", redirectUrl: "https://pay.example.de/p/tx-1" });
    expect(asked).toEqual(["/api/paymenttransaction/bewohnerparken/06531005/tx-1"]);
  });

  it("does not follow redirects of API calls (credentials would travel along)", async () => {
    let followed = false;
    const platform = await startScripted((request, response) => {
      if (request.url?.startsWith("/elsewhere")) followed = true;
      response.writeHead(302, { location: "/elsewhere" });
      response.end();
    });
    expect((await failure(createXBezahldiensteProvider(basicConfig(platform)).create(createRequest()))).code).toBe(
      "provider_unavailable",
    );
    expect(followed).toBe(false);
  });
});

describe("XBezahldienste adapter: secrets stay secret", () => {
  it("never puts passwords, client secrets or tokens into errors", async () => {
    const basicFake = await startFake();
    const oauthFake = await startFake({
      auth: { type: "oauth2", clientId: "portal-giessen", clientSecret: CLIENT_SECRET },
    });
    const errors: PaymentError[] = [];
    const basic = createXBezahldiensteProvider(basicConfig(basicFake, { timeoutMs: 1_000 }));
    const oauth = createXBezahldiensteProvider(oauthConfig(oauthFake, { timeoutMs: 1_000 }));
    for (const fake of [basicFake, oauthFake]) {
      const provider = fake === basicFake ? basic : oauth;
      const created = await provider.create(createRequest());
      for (const fault of [
        { type: "http_500" },
        { type: "malformed_body" },
        { type: "slow", delayMs: 30_000 },
      ] as const) {
        fake.injectFault(fault);
        errors.push(await failure(provider.status(created.providerPaymentId)));
      }
      errors.push(await failure(provider.status("unknown-transaction")));
    }
    errors.push(
      await failure(
        createXBezahldiensteProvider(
          basicConfig(oauthFake, {
            auth: {
              type: "oauth2",
              tokenUrl: oauthFake.tokenUrl,
              clientId: "portal-giessen",
              clientSecret: `${CLIENT_SECRET}x`,
            },
          }),
        ).create(createRequest()),
      ),
    );
    expect(errors).toHaveLength(9);
    for (const error of errors) {
      const visible = JSON.stringify({
        message: error.message,
        details: error.details,
        field: error.field,
        cause: String(error.cause),
      });
      expect(visible).not.toContain(PASSWORD);
      expect(visible).not.toContain(CLIENT_SECRET);
      expect(visible).not.toMatch(/Bearer|Basic [A-Za-z0-9+/=]{8,}/);
    }
  });
});
