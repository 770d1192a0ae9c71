/**
 * A fake XBezahldienste platform on 127.0.0.1, written from the v1.0.0 documentation, for the adapter's
 * tests and for cities' own tests: authentication (HTTP Basic, or an OAuth2 token endpoint plus Bearer),
 * strict PaymentRequest checks with the standard's problem+json answers, a hosted payment page, the
 * status calls, and test controls (set a status, inject a fault for the next call, revoke tokens).
 *
 * It answers the way the documentation describes; real platforms may differ in details (HTTP status codes
 * of functional errors, booking data keys). Never expose it beyond the loopback interface.
 */
import { randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { XBezahldiensteFunctionalCode, XBezahldiensteStatus } from "../wire.js";
import { renderHostedPage } from "./hosted-page.js";
import { checkPaymentRequest, type ValidPaymentRequest } from "./validate-request.js";

export type FakeXBezahldiensteAuth =
  | { type: "basic"; username: string; password: string }
  | {
      type: "oauth2";
      clientId: string;
      clientSecret: string;
      /** `expires_in` of issued tokens (default 3600). The fake's clock (`now`) decides expiry. */
      tokenLifetimeSeconds?: number;
    };

export interface FakeXBezahldiensteServerOptions {
  auth: FakeXBezahldiensteAuth;
  /** 0 (default) picks a free port. */
  port?: number;
  /** When given, only these originator/endpoint pairs exist; otherwise every well-formed pair does. */
  endpoints?: { originatorId: string; endPointId: string }[];
  /** Whether a PAYMENT_EXISTS answer names the existing transaction (`transactionId`); default true. */
  revealTransactionIdOnPaymentExists?: boolean;
  /** bookingData keys every item must carry, else BOOKING_DATA_MISSING (default none). */
  requiredBookingDataKeys?: string[];
  /** Clock in milliseconds for token expiry (default `Date.now`). */
  now?: () => number;
}

/** One fault for the next call of the given kind ("api" by default, or the OAuth2 "token" endpoint). */
export type FakeXBezahldiensteFault = (
  | { type: "http_500" }
  | { type: "malformed_body" }
  /** Processes the call, then holds the answer back this long (the work is done, the answer is late). */
  | { type: "slow"; delayMs: number }
) & { target?: "api" | "token" };

export interface FakeXBezahldiensteTransaction {
  transactionId: string;
  originatorId: string;
  endPointId: string;
  status: XBezahldiensteStatus;
  /** Kassenzeichen, assigned when the transaction is paid. */
  transactionReference: string | undefined;
  request: ValidPaymentRequest;
  /** The PaymentRequest exactly as received (to check e.g. how amounts were written). */
  rawBody: string;
  parsedBody: Record<string, unknown>;
}

export interface FakeXBezahldiensteServer {
  /** Origin, e.g. `http://127.0.0.1:50123`. */
  readonly url: string;
  /** API base for the adapter's `baseUrl`. */
  readonly baseUrl: string;
  /** OAuth2 token endpoint for the adapter's `auth.tokenUrl`. */
  readonly tokenUrl: string;
  transactions(): FakeXBezahldiensteTransaction[];
  transaction(transactionId: string): FakeXBezahldiensteTransaction | undefined;
  /** Moves a transaction as the platform would (PAYED assigns a Kassenzeichen unless one is given). */
  setStatus(transactionId: string, status: XBezahldiensteStatus, options?: { transactionReference?: string }): void;
  injectFault(fault: FakeXBezahldiensteFault): void;
  /** Invalidates every issued token, so the next API call with one gets 401. */
  revokeTokens(): void;
  /** How many calls reached the token endpoint and the API. */
  counts(): { tokenRequests: number; apiRequests: number };
  close(): Promise<void>;
}

export const FAKE_API_BASE_PATH = "/xbezahldienste/api/v1.0.0";
const TOKEN_PATH = "/oauth/token";
const MAX_BODY_BYTES = 256 * 1024;
const PLATFORM_ID = /^[\w-]{1,36}$/;

const FUNCTIONAL_HTTP_STATUS: Record<XBezahldiensteFunctionalCode, number> = {
  VALIDATION_ERROR: 400,
  CALCULATION_ERROR: 400,
  BOOKING_DATA_MISSING: 400,
  NO_VALID_ORIGINATOR_OR_ENDPOINT: 404,
  PAYMENT_EXISTS: 409,
  FORBIDDEN: 403,
  UNSPECIFIED: 500,
};

export async function startFakeXBezahldiensteServer(
  options: FakeXBezahldiensteServerOptions,
): Promise<FakeXBezahldiensteServer> {
  const now = options.now ?? Date.now;
  const revealExisting = options.revealTransactionIdOnPaymentExists ?? true;
  const requiredBookingDataKeys = options.requiredBookingDataKeys ?? [];
  const transactions = new Map<string, FakeXBezahldiensteTransaction>();
  const byRequestId = new Map<string, string>();
  const tokens = new Map<string, number>();
  const faults: FakeXBezahldiensteFault[] = [];
  const counts = { tokenRequests: 0, apiRequests: 0 };
  let kassenzeichenCounter = 0;
  let origin = "";

  function takeFault(target: "api" | "token"): FakeXBezahldiensteFault | undefined {
    const index = faults.findIndex((fault) => (fault.target ?? "api") === target);
    return index < 0 ? undefined : faults.splice(index, 1)[0];
  }

  function paymentTransaction(transaction: FakeXBezahldiensteTransaction) {
    const path = `${FAKE_API_BASE_PATH}/paymenttransaction/${transaction.originatorId}/${transaction.endPointId}/${transaction.transactionId}`;
    return {
      paymentRequest: transaction.parsedBody,
      paymentInformation: {
        transactionUrl: `${origin}${path}`,
        // Only while the citizen can still pay, as the standard says.
        transactionRedirectUrl: transaction.status === "INITIAL" ? `${origin}/pay/${transaction.transactionId}` : null,
        transactionId: transaction.transactionId,
        transactionReference: transaction.transactionReference ?? null,
        transactionTimestamp: new Date(now()).toISOString(),
        paymentMethod: transaction.status === "PAYED" ? "CREDITCARD" : null,
        paymentMethodDetail: null,
        status: transaction.status,
        statusDetail: null,
      },
    };
  }

  function setStatus(transaction: FakeXBezahldiensteTransaction, status: XBezahldiensteStatus, reference?: string) {
    transaction.status = status;
    if (reference !== undefined) {
      transaction.transactionReference = reference;
    } else if (status === "PAYED" && transaction.transactionReference === undefined) {
      kassenzeichenCounter += 1;
      transaction.transactionReference = `KZ${String(kassenzeichenCounter).padStart(10, "0")}`;
    }
  }

  function authorised(request: IncomingMessage): boolean {
    const header = request.headers.authorization ?? "";
    if (options.auth.type === "basic") {
      const expected = `Basic ${Buffer.from(`${options.auth.username}:${options.auth.password}`).toString("base64")}`;
      return constantTimeEquals(header, expected);
    }
    if (!header.startsWith("Bearer ")) return false;
    const expiresAt = tokens.get(header.slice("Bearer ".length));
    return expiresAt !== undefined && now() < expiresAt;
  }

  async function handleToken(request: IncomingMessage, response: ServerResponse, raw: string): Promise<void> {
    counts.tokenRequests += 1;
    const fault = takeFault("token");
    if (options.auth.type !== "oauth2") return sendJson(response, 404, { error: "not_found" });
    if (fault && (await applyFault(fault, response))) return;
    const form = new URLSearchParams(raw);
    if (form.get("grant_type") !== "client_credentials") {
      return sendJson(response, 400, { error: "unsupported_grant_type" });
    }
    let clientId = form.get("client_id");
    let clientSecret = form.get("client_secret");
    const basic = request.headers.authorization;
    if (basic?.startsWith("Basic ")) {
      const decoded = Buffer.from(basic.slice(6), "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      clientId = decodeURIComponent(decoded.slice(0, colon));
      clientSecret = decodeURIComponent(decoded.slice(colon + 1));
    }
    if (
      !constantTimeEquals(clientId ?? "", options.auth.clientId) ||
      !constantTimeEquals(clientSecret ?? "", options.auth.clientSecret)
    ) {
      return sendJson(response, 401, { error: "invalid_client" });
    }
    const lifetime = options.auth.tokenLifetimeSeconds ?? 3600;
    const token = randomBytes(24).toString("hex");
    tokens.set(token, now() + lifetime * 1000);
    await delayIfSlow(fault, response);
    sendJson(response, 200, { access_token: token, token_type: "Bearer", expires_in: lifetime });
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, path: string, raw: string) {
    counts.apiRequests += 1;
    if (!authorised(request)) {
      response.setHeader("www-authenticate", options.auth.type === "basic" ? 'Basic realm="xbezahldienste"' : "Bearer");
      return sendProblem(response, 401, undefined, "Unauthorized", "missing or invalid credentials");
    }
    const fault = takeFault("api");
    if (fault && (await applyFault(fault, response))) return;
    const segments = path.split("/").filter(Boolean).map(decodeURIComponent);
    const [resource, originatorId = "", endPointId = "", transactionId, ...rest] = segments;
    if (rest.length > 0 || (resource !== "paymenttransaction" && resource !== "status")) {
      return sendProblem(response, 404, "UNSPECIFIED", "Not Found", "unknown resource");
    }
    const knownEndpoint =
      PLATFORM_ID.test(originatorId) &&
      PLATFORM_ID.test(endPointId) &&
      (options.endpoints === undefined ||
        options.endpoints.some((pair) => pair.originatorId === originatorId && pair.endPointId === endPointId));
    if (!knownEndpoint) {
      return sendProblem(
        response,
        404,
        "NO_VALID_ORIGINATOR_OR_ENDPOINT",
        "Not Found",
        "unknown originator or endpoint",
      );
    }

    if (resource === "status" && transactionId === undefined && request.method === "GET") {
      await delayIfSlow(fault, response);
      return sendJson(response, 200, { status: 200, title: "OK", detail: "originator and endpoint are configured" });
    }
    if (resource === "paymenttransaction" && transactionId === undefined && request.method === "POST") {
      return createTransaction(response, originatorId, endPointId, raw, fault);
    }
    if (resource === "paymenttransaction" && transactionId !== undefined && request.method === "GET") {
      const transaction = transactions.get(transactionId);
      if (!transaction || transaction.originatorId !== originatorId || transaction.endPointId !== endPointId) {
        return sendProblem(response, 404, "UNSPECIFIED", "Not Found", "unknown transaction");
      }
      await delayIfSlow(fault, response);
      return sendJson(response, 200, paymentTransaction(transaction));
    }
    return sendProblem(response, 405, "UNSPECIFIED", "Method Not Allowed", "method not allowed");
  }

  async function createTransaction(
    response: ServerResponse,
    originatorId: string,
    endPointId: string,
    raw: string,
    fault: FakeXBezahldiensteFault | undefined,
  ) {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return sendProblem(response, 400, "VALIDATION_ERROR", "Bad Request", "body is not JSON");
    }
    const checked = checkPaymentRequest(body, requiredBookingDataKeys);
    if (!checked.ok) {
      return sendProblem(
        response,
        FUNCTIONAL_HTTP_STATUS[checked.functionalCode],
        checked.functionalCode,
        "Bad Request",
        checked.detail,
      );
    }
    const requestKey = `${originatorId}/${endPointId}/${checked.request.requestId}`;
    const existing = byRequestId.get(requestKey);
    if (existing !== undefined) {
      return sendProblem(response, 409, "PAYMENT_EXISTS", "Conflict", "a PaymentRequest with this requestId exists", {
        ...(revealExisting ? { transactionId: existing } : {}),
      });
    }
    const transaction: FakeXBezahldiensteTransaction = {
      transactionId: randomUUID(),
      originatorId,
      endPointId,
      status: "INITIAL",
      transactionReference: undefined,
      request: checked.request,
      rawBody: raw,
      parsedBody: body as Record<string, unknown>,
    };
    transactions.set(transaction.transactionId, transaction);
    byRequestId.set(requestKey, transaction.transactionId);
    // A slow answer after the work is done: exactly what makes a client retry into PAYMENT_EXISTS.
    await delayIfSlow(fault, response);
    sendJson(response, 201, paymentTransaction(transaction));
  }

  function handlePayPage(request: IncomingMessage, response: ServerResponse, transactionId: string, raw: string) {
    const transaction = transactions.get(transactionId);
    if (!transaction)
      return sendHtml(response, 404, "<!doctype html><title>Not found</title><p>Unbekannt / Unknown</p>");
    if (request.method === "GET") {
      return sendHtml(
        response,
        200,
        renderHostedPage({
          transactionId,
          description: transaction.request.description,
          purpose: transaction.request.purpose,
          grosAmountCents: transaction.request.grosAmountCents,
          status: transaction.status,
        }),
      );
    }
    if (request.method !== "POST") return sendHtml(response, 405, "<!doctype html><title>405</title>");
    if (transaction.status !== "INITIAL") {
      return sendHtml(
        response,
        409,
        "<!doctype html><title>Abgeschlossen / Closed</title><p>Bereits abgeschlossen.</p>",
      );
    }
    const outcome = new URLSearchParams(raw).get("outcome");
    const status =
      outcome === "pay" ? "PAYED" : outcome === "fail" ? "FAILED" : outcome === "cancel" ? "CANCELED" : undefined;
    if (!status) return sendHtml(response, 400, "<!doctype html><title>400</title><p>outcome?</p>");
    setStatus(transaction, status);
    // Back to the online service; the outcome is not in the URL: the service must ask for the status.
    response.writeHead(303, { location: transaction.request.redirectUrl, "cache-control": "no-store" });
    response.end();
  }

  const server = createServer((request, response) => {
    readBody(request)
      .then(async (raw) => {
        if (raw === undefined)
          return sendProblem(response, 413, "VALIDATION_ERROR", "Payload Too Large", "body too large");
        const path = new URL(request.url ?? "/", "http://fake.invalid").pathname;
        if (path === TOKEN_PATH && request.method === "POST") return handleToken(request, response, raw);
        if (path.startsWith(`${FAKE_API_BASE_PATH}/`)) {
          return handleApi(request, response, path.slice(FAKE_API_BASE_PATH.length), raw);
        }
        const pay = /^\/pay\/([\w-]{1,64})$/.exec(path);
        if (pay?.[1]) return handlePayPage(request, response, pay[1], raw);
        sendProblem(response, 404, "UNSPECIFIED", "Not Found", "unknown path");
      })
      .catch(() => {
        if (!response.headersSent)
          sendProblem(response, 500, "UNSPECIFIED", "Internal Server Error", "fake server error");
        else response.destroy();
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    baseUrl: `${origin}${FAKE_API_BASE_PATH}`,
    tokenUrl: `${origin}${TOKEN_PATH}`,
    transactions: () => [...transactions.values()],
    transaction: (transactionId) => transactions.get(transactionId),
    setStatus(transactionId, status, statusOptions = {}) {
      const transaction = transactions.get(transactionId);
      if (!transaction) throw new Error(`The fake XBezahldienste server has no transaction ${transactionId}.`);
      setStatus(transaction, status, statusOptions.transactionReference);
    },
    injectFault: (fault) => {
      faults.push(fault);
    },
    revokeTokens: () => tokens.clear(),
    counts: () => ({ ...counts }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Slow answers and keep-alive connections would otherwise hold the server open.
        server.closeAllConnections();
      }),
  };
}

/** Returns true when the fault already answered the call. */
async function applyFault(fault: FakeXBezahldiensteFault, response: ServerResponse): Promise<boolean> {
  if (fault.type === "http_500") {
    sendProblem(response, 500, "UNSPECIFIED", "Internal Server Error", "injected fault");
    return true;
  }
  if (fault.type === "malformed_body") {
    response.writeHead(200, { "content-type": "application/json" });
    response.end('{"paymentInformation": {"transactionId": ');
    return true;
  }
  return false;
}

/** Holds the answer back for a "slow" fault; ends early when the client gives up. */
function delayIfSlow(fault: FakeXBezahldiensteFault | undefined, response: ServerResponse): Promise<void> {
  if (fault?.type !== "slow") return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fault.delayMs);
    response.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.writableEnded || response.destroyed) return;
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function sendProblem(
  response: ServerResponse,
  status: number,
  functionalCode: XBezahldiensteFunctionalCode | undefined,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
): void {
  if (response.writableEnded || response.destroyed) return;
  response.writeHead(status, { "content-type": "application/problem+json" });
  response.end(
    JSON.stringify({
      type: "about:blank",
      status,
      title,
      detail,
      ...(functionalCode ? { functionalCode } : {}),
      ...extra,
    }),
  );
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  response.end(html);
}

function constantTimeEquals(received: string, expected: string): boolean {
  const a = Buffer.from(received, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
