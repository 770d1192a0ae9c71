// @vitest-environment node
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_BOOKING_DATA_KEYS } from "../config.js";
import { buildPaymentRequest } from "../payment-request.js";
import { createRequest } from "../test-fixtures.js";
import {
  type FakeXBezahldiensteServer,
  type FakeXBezahldiensteServerOptions,
  startFakeXBezahldiensteServer,
} from "./server.js";

const BASIC = { type: "basic", username: "giessen", password: "pw-123" } as const;
const BASIC_HEADER = `Basic ${Buffer.from("giessen:pw-123").toString("base64")}`;

let server: FakeXBezahldiensteServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Partial<FakeXBezahldiensteServerOptions> = {}) {
  server = await startFakeXBezahldiensteServer({ auth: BASIC, ...options });
  return server;
}

function validBody(overrides: Parameters<typeof createRequest>[0] = {}): Record<string, unknown> {
  return { ...buildPaymentRequest(createRequest(overrides), DEFAULT_BOOKING_DATA_KEYS, new Date()) };
}

/** The fields these tests read from problem+json and PaymentTransaction answers. */
interface FakeAnswer {
  status?: number;
  functionalCode?: string;
  detail?: string;
  transactionId?: string;
  paymentInformation: {
    transactionId: string;
    transactionRedirectUrl: string;
    status: string;
    transactionReference: string | null;
  };
  paymentRequest: { grosAmount: number };
}

async function post(fake: FakeXBezahldiensteServer, body: unknown, path = "/paymenttransaction/form-1/06531005") {
  const response = await fetch(`${fake.baseUrl}${path}`, {
    method: "POST",
    headers: { authorization: BASIC_HEADER, "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    json: (await response.json()) as FakeAnswer,
  };
}

describe("fake XBezahldienste server: PaymentRequest checks", () => {
  it("creates a transaction for a valid request and lists it", async () => {
    const fake = await start();
    const answer = await post(fake, validBody());
    expect(answer.status).toBe(201);
    expect(answer.json.paymentInformation.status).toBe("INITIAL");
    expect(answer.json.paymentInformation.transactionRedirectUrl).toBe(
      `${fake.url}/pay/${answer.json.paymentInformation.transactionId}`,
    );
    expect(fake.transactions()).toHaveLength(1);
    expect(fake.transaction(answer.json.paymentInformation.transactionId)?.request.grosAmountCents).toBe(4060);
  });

  it.each([
    ["currency", { currency: "USD" }],
    ["grosAmount", { grosAmount: 40.601 }],
    ["grosAmount", { grosAmount: "40.60" }],
    ["grosAmount", { grosAmount: 0 }],
    ["purpose", { purpose: "a".repeat(28) }],
    ["purpose", { purpose: "Gebühr" }],
    ["purpose", { purpose: "GI/2025" }],
    ["description", { description: "x".repeat(251) }],
    ["redirectUrl", { redirectUrl: `https://example.de/${"a".repeat(2070)}` }],
    ["redirectUrl", { redirectUrl: "ftp://example.de" }],
    ["requestId", { requestId: "x".repeat(37) }],
    ["requestTimestamp", { requestTimestamp: "yesterday" }],
    ["items", { items: [] }],
    ["unknown field", { payer: { name: "Erika Mustermann" } }],
  ])("answers VALIDATION_ERROR for a bad %s", async (what, change) => {
    const fake = await start();
    const answer = await post(fake, { ...validBody(), ...change });
    expect(answer.status).toBe(400);
    expect(answer.contentType).toBe("application/problem+json");
    expect(answer.json).toMatchObject({ status: 400, functionalCode: "VALIDATION_ERROR" });
    expect(answer.json.detail).toContain(what.split(" ")[0]);
    expect(fake.transactions()).toHaveLength(0);
  });

  it("answers VALIDATION_ERROR for more than 99 items", async () => {
    const fake = await start();
    const body = validBody();
    const item = (body.items as unknown[])[0];
    const answer = await post(fake, { ...body, items: Array.from({ length: 100 }, () => item) });
    expect(answer.json.functionalCode).toBe("VALIDATION_ERROR");
  });

  it("answers VALIDATION_ERROR when the body is not JSON", async () => {
    const fake = await start();
    expect((await post(fake, "{not json")).json.functionalCode).toBe("VALIDATION_ERROR");
  });

  it("answers CALCULATION_ERROR when grosAmount is not the sum of the items", async () => {
    const fake = await start();
    const answer = await post(fake, { ...validBody(), grosAmount: 40.61 });
    expect(answer.json).toMatchObject({
      functionalCode: "CALCULATION_ERROR",
      detail: "grosAmount differs from the sum of the items",
    });
  });

  it("answers CALCULATION_ERROR when quantity × single amount is not the total", async () => {
    const fake = await start();
    const body = validBody();
    const items = body.items as Record<string, unknown>[];
    items[1] = { ...items[1], singleNetAmount: 5.06 };
    expect((await post(fake, body)).json.functionalCode).toBe("CALCULATION_ERROR");
  });

  it("answers BOOKING_DATA_MISSING when a required booking key is absent", async () => {
    const fake = await start({ requiredBookingDataKeys: ["objektnummer"] });
    const answer = await post(fake, validBody());
    expect(answer.json).toMatchObject({
      functionalCode: "BOOKING_DATA_MISSING",
      detail: "items[1].bookingData.objektnummer is required",
    });
  });

  it("answers PAYMENT_EXISTS for a second request with the same requestId, naming the transaction", async () => {
    const fake = await start();
    const body = validBody();
    const first = await post(fake, body);
    const second = await post(fake, body);
    expect(second.status).toBe(409);
    expect(second.json).toMatchObject({
      functionalCode: "PAYMENT_EXISTS",
      transactionId: first.json.paymentInformation.transactionId,
    });
  });

  it("can hide the existing transaction id on PAYMENT_EXISTS", async () => {
    const fake = await start({ revealTransactionIdOnPaymentExists: false });
    const body = validBody();
    await post(fake, body);
    const second = await post(fake, body);
    expect(second.json.functionalCode).toBe("PAYMENT_EXISTS");
    expect(second.json).not.toHaveProperty("transactionId");
  });

  it("answers NO_VALID_ORIGINATOR_OR_ENDPOINT for an unknown pair", async () => {
    const fake = await start({ endpoints: [{ originatorId: "form-1", endPointId: "06531005" }] });
    const answer = await post(fake, validBody(), "/paymenttransaction/form-1/06531006");
    expect(answer.json.functionalCode).toBe("NO_VALID_ORIGINATOR_OR_ENDPOINT");
    const health = await fetch(`${fake.baseUrl}/status/form-1/06531005`, { headers: { authorization: BASIC_HEADER } });
    expect(health.status).toBe(200);
  });
});

describe("fake XBezahldienste server: authentication", () => {
  it("refuses calls without or with wrong Basic credentials", async () => {
    const fake = await start();
    const none = await fetch(`${fake.baseUrl}/status/form-1/06531005`);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Basic");
    const wrong = await fetch(`${fake.baseUrl}/status/form-1/06531005`, {
      headers: { authorization: `Basic ${Buffer.from("giessen:wrong").toString("base64")}` },
    });
    expect(wrong.status).toBe(401);
  });

  it("issues OAuth2 tokens for the right client only, and expires and revokes them", async () => {
    let clock = 1_000_000;
    const fake = await start({
      auth: { type: "oauth2", clientId: "portal", clientSecret: "s3cret", tokenLifetimeSeconds: 60 },
      now: () => clock,
    });
    const tokenCall = (body: string, authorization?: string) =>
      fetch(fake.tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...(authorization ? { authorization } : {}) },
        body,
      });
    expect((await tokenCall("grant_type=client_credentials&client_id=portal&client_secret=nope")).status).toBe(401);
    expect((await tokenCall("grant_type=password&client_id=portal&client_secret=s3cret")).status).toBe(400);
    const issued = await tokenCall(
      "grant_type=client_credentials",
      `Basic ${Buffer.from("portal:s3cret").toString("base64")}`,
    );
    const token = (await issued.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(token).toMatchObject({ token_type: "Bearer", expires_in: 60 });
    const call = () =>
      fetch(`${fake.baseUrl}/status/form-1/06531005`, { headers: { authorization: `Bearer ${token.access_token}` } });
    expect((await call()).status).toBe(200);
    clock += 61_000;
    expect((await call()).status).toBe(401);
    const again = (await (
      await tokenCall("grant_type=client_credentials&client_id=portal&client_secret=s3cret")
    ).json()) as {
      access_token: string;
    };
    const withNew = () =>
      fetch(`${fake.baseUrl}/status/form-1/06531005`, { headers: { authorization: `Bearer ${again.access_token}` } });
    expect((await withNew()).status).toBe(200);
    fake.revokeTokens();
    expect((await withNew()).status).toBe(401);
    expect(fake.counts().tokenRequests).toBe(4);
  });
});

describe("fake XBezahldienste server: hosted page and controls", () => {
  it("shows the amount, and sends the citizen back to redirectUrl after a choice", async () => {
    const fake = await start();
    const created = await post(fake, validBody());
    const info = created.json.paymentInformation;
    const page = await fetch(info.transactionRedirectUrl);
    const html = await page.text();
    expect(html).toContain("40,60 €");
    expect(html).toContain('value="cancel"');
    const choice = await fetch(info.transactionRedirectUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "outcome=cancel",
      redirect: "manual",
    });
    expect(choice.status).toBe(303);
    expect(choice.headers.get("location")).toBe(createRequest().returnUrl);
    expect(fake.transaction(info.transactionId)?.status).toBe("CANCELED");
    const repeated = await fetch(info.transactionRedirectUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "outcome=pay",
      redirect: "manual",
    });
    expect(repeated.status).toBe(409);
    expect(fake.transaction(info.transactionId)?.status).toBe("CANCELED");
  });

  it("escapes what it shows", async () => {
    const fake = await start();
    const created = await post(fake, validBody({ description: { de: "<script>x</script>", en: "x" } }));
    const html = await (await fetch(created.json.paymentInformation.transactionRedirectUrl)).text();
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });

  it("assigns a Kassenzeichen when set to PAYED and drops the redirect URL", async () => {
    const fake = await start();
    const created = await post(fake, validBody());
    const id = created.json.paymentInformation.transactionId;
    fake.setStatus(id, "PAYED");
    const status = await fetch(`${fake.baseUrl}/paymenttransaction/form-1/06531005/${id}`, {
      headers: { authorization: BASIC_HEADER },
    });
    const json = (await status.json()) as FakeAnswer;
    expect(json.paymentInformation).toMatchObject({ status: "PAYED", transactionRedirectUrl: null });
    expect(json.paymentInformation.transactionReference).toMatch(/^KZ\d{10}$/);
    expect(json.paymentRequest.grosAmount).toBe(40.6);
  });

  it("applies an injected fault to the next API call only", async () => {
    const fake = await start();
    fake.injectFault({ type: "http_500" });
    expect((await post(fake, validBody())).status).toBe(500);
    expect((await post(fake, validBody())).status).toBe(201);
    fake.injectFault({ type: "malformed_body" });
    const malformed = await fetch(`${fake.baseUrl}/status/form-1/06531005`, {
      headers: { authorization: BASIC_HEADER },
    });
    await expect(malformed.json()).rejects.toThrow();
  });
});
