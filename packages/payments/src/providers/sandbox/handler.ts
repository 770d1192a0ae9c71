/**
 * The sandbox payment platform as one Fetch-API request handler: the JSON API the provider adapter calls,
 * the hosted payment page the citizen sees, its stylesheet, and (in test mode) a fault-control endpoint.
 * It answers `undefined` for paths outside its base path, so a portal can put it in front of its own routes.
 *
 *   {basePath}/api/v1/transactions                 POST create (idempotent per paymentId)
 *   {basePath}/api/v1/transactions/{id}            GET status
 *   {basePath}/api/v1/transactions/{id}/cancel     POST cancel
 *   {basePath}/api/v1/transactions/{id}/refunds    POST refund (idempotent per refundId)
 *   {basePath}/pay/{id}[?lang=en]                  GET hosted page, POST the payer's choice
 *   {basePath}/assets/sandbox.css, favicon.svg     GET the page's stylesheet and icon
 *   {basePath}/health                              GET liveness (for wait-for-server scripts)
 *   {basePath}/_control/faults                     POST/DELETE fault queue, only with `enableFaultControl`
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { z } from "zod";
import { type NotificationSecret, signNotification } from "../../notifications/signature.js";
import { createFaultQueue, hang, type SandboxFaults } from "./faults.js";
import {
  BodyTooLargeError,
  htmlResponse,
  jsonResponse,
  mediaType,
  problemResponse,
  readBoundedText,
  textResponse,
} from "./http.js";
import { SandboxError, SandboxLedger, type SandboxOutcome, type SandboxTransaction } from "./ledger.js";
import { createNotifier, type DeliveryRecord, type Notifier } from "./notifier.js";
import {
  pageLocale,
  renderBadRequestPage,
  renderFinishedPage,
  renderNotFoundPage,
  renderPaymentPage,
  SANDBOX_CSS,
  SANDBOX_FAVICON_SVG,
} from "./page.js";
import {
  API_PREFIX,
  createTransactionRequestSchema,
  faultControlRequestSchema,
  refundRequestSchema,
  toTransactionJson,
} from "./wire.js";

export interface SandboxHandlerOptions {
  /** Where the sandbox is mounted; default `/sandbox`. Must start with `/` and not end with one. */
  basePath?: string;
  /** Bearer key the JSON API requires. */
  apiKey: string;
  /** Where signed notifications are POSTed; without it no notifications are sent. */
  notifyUrl?: string;
  /** Secret(s) the notifications are signed with (several: one `v1` each, for rotation). */
  notificationSecret: NotificationSecret | readonly NotificationSecret[];
  /** Default 10,000; the oldest finished transaction is forgotten when full. */
  maxTransactions?: number;
  /** Enables `{basePath}/_control/faults` (for tests running the sandbox in another process). */
  enableFaultControl?: boolean;
  /** How long a `timeout` fault holds the answer unless the client gives up first; default 30 s. */
  hangMs?: number;
  /** Notification delivery: waits between attempts (default `[250, 1000, 4000]`) and per-attempt timeout. */
  notificationRetryDelaysMs?: readonly number[];
  notificationTimeoutMs?: number;
  /** Called when a notification was delivered or finally given up (the CLI logs it). */
  onNotificationDelivery?: (record: DeliveryRecord) => void;
  now?: () => Date;
  /** The fetch used to deliver notifications (tests may pass their own). */
  fetch?: typeof fetch;
}

/** What the test or demo code can do besides HTTP: drive the payer's choices and inspect deliveries. */
export interface SandboxControl {
  /** The transaction as the sandbox holds it (a copy). */
  get(id: string): SandboxTransaction | undefined;
  /**
   * What the hosted page's buttons do, without a browser: pay (optionally with another sum, to test the
   * amount check), fail or cancel; sends the notification. Returns false when the transaction was finished.
   */
  complete(id: string, outcome: SandboxOutcome, options?: { paidAmount?: number }): boolean;
  /** Resolves when every queued notification has been delivered or given up. */
  notificationsSettled(): Promise<void>;
  /** Finished notification deliveries, oldest first. */
  deliveries(): DeliveryRecord[];
}

export type SandboxHandler = ((request: Request) => Promise<Response | undefined>) & {
  readonly basePath: string;
  readonly faults: SandboxFaults;
  readonly control: SandboxControl;
  /** Stops notification retries and ends hanging fault responses. */
  close(): void;
};

const MAX_API_BODY_BYTES = 16 * 1024;
const MAX_FORM_BODY_BYTES = 1024;
const MAX_PATH_LENGTH = 2048;
const TRANSACTION_ID_PATTERN = /^sbx_[A-Za-z0-9_-]{1,64}$/;
const ASSETS: Record<string, { body: string; type: string }> = {
  "sandbox.css": { body: SANDBOX_CSS, type: "text/css; charset=utf-8" },
  "favicon.svg": { body: SANDBOX_FAVICON_SVG, type: "image/svg+xml" },
};
const PAGE_ACTIONS: Record<string, SandboxOutcome> = { pay: "paid", fail: "failed", cancel: "cancelled" };

export function createSandboxHandler(options: SandboxHandlerOptions): SandboxHandler {
  const basePath = normaliseBasePath(options.basePath ?? "/sandbox");
  if (typeof options.apiKey !== "string" || options.apiKey.length === 0) {
    throw new TypeError("createSandboxHandler needs a non-empty apiKey.");
  }
  const apiKeyDigest = sha256(options.apiKey);
  const secrets = Array.isArray(options.notificationSecret)
    ? (options.notificationSecret as readonly NotificationSecret[])
    : [options.notificationSecret as NotificationSecret];
  const ledger = new SandboxLedger({
    ...(options.maxTransactions === undefined ? {} : { maxTransactions: options.maxTransactions }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const notifier: Notifier = createNotifier({
    notifyUrl: options.notifyUrl,
    secrets,
    ...(options.notificationRetryDelaysMs === undefined ? {} : { retryDelaysMs: options.notificationRetryDelaysMs }),
    ...(options.notificationTimeoutMs === undefined ? {} : { timeoutMs: options.notificationTimeoutMs }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.onNotificationDelivery === undefined ? {} : { onDelivery: options.onNotificationDelivery }),
  });
  // Fail fast on a missing or short secret (configuration_error) at start-up, not at the first payment.
  signNotification(new Uint8Array(0), { secret: secrets, timestamp: 0 });
  const faults = createFaultQueue();
  const closed = new AbortController();
  const hangMs = options.hangMs ?? 30_000;

  function completeAndNotify(id: string, outcome: SandboxOutcome, paidAmount?: number): SandboxTransaction {
    const { transaction, changed } = ledger.complete(id, outcome, paidAmount === undefined ? {} : { paidAmount });
    if (changed) notifyChange(transaction, `transaction.${outcome}`);
    return transaction;
  }

  function notifyChange(transaction: SandboxTransaction, type: string): void {
    notifier.send({
      type,
      transactionId: transaction.id,
      paymentId: transaction.paymentId,
      status: transaction.status,
    });
  }

  async function handleApi(request: Request, url: URL, segments: string[], sandboxBaseUrl: string): Promise<Response> {
    if (!authorised(request, apiKeyDigest)) {
      return problemResponse(401, "unauthorized", "A valid bearer API key is required.", {
        "www-authenticate": 'Bearer realm="sandbox"',
      });
    }
    const fault = faults.take();
    if (fault === "http_500") return problemResponse(500, "injected_fault", "Injected fault: internal server error.");
    if (fault === "malformed_json") {
      return new Response('{"id": "sbx_', { status: 200, headers: { "content-type": "application/json" } });
    }
    if (fault === "timeout") {
      await hang(hangMs, [request.signal, closed.signal]);
      return problemResponse(504, "injected_fault", "Injected fault: the answer came too late.");
    }

    const [collection, id, action, ...rest] = segments;
    if (collection !== "transactions" || rest.length > 0)
      return problemResponse(404, "not_found", `No API route ${url.pathname}.`);
    if (id === undefined) {
      if (request.method !== "POST") return methodNotAllowed("POST");
      const body = await readJson(request, createTransactionRequestSchema);
      if (body instanceof Response) return body;
      const { transaction, created } = ledger.create(body);
      return jsonResponse(created ? 201 : 200, toTransactionJson(transaction, sandboxBaseUrl));
    }
    if (!TRANSACTION_ID_PATTERN.test(id)) return problemResponse(404, "not_found", "No transaction with this id.");
    if (action === undefined) {
      if (request.method !== "GET") return methodNotAllowed("GET");
      const transaction = ledger.get(id);
      if (!transaction) return problemResponse(404, "not_found", "No transaction with this id.");
      return jsonResponse(200, toTransactionJson(transaction, sandboxBaseUrl));
    }
    if (action === "cancel") {
      if (request.method !== "POST") return methodNotAllowed("POST");
      const { transaction, changed } = ledger.cancel(id);
      if (changed) notifyChange(transaction, "transaction.cancelled");
      return jsonResponse(200, toTransactionJson(transaction, sandboxBaseUrl));
    }
    if (action === "refunds") {
      if (request.method !== "POST") return methodNotAllowed("POST");
      const body = await readJson(request, refundRequestSchema);
      if (body instanceof Response) return body;
      const { refund, created } = ledger.refund(id, body.refundId, body.amount);
      const transaction = ledger.get(id) as SandboxTransaction;
      if (created) notifyChange(transaction, "transaction.refunded");
      return jsonResponse(created ? 201 : 200, {
        refund: {
          id: refund.id,
          refundId: refund.refundId,
          amount: refund.amount,
          createdAt: refund.createdAt.toISOString(),
        },
        transaction: toTransactionJson(transaction, sandboxBaseUrl),
      });
    }
    return problemResponse(404, "not_found", `No API route ${url.pathname}.`);
  }

  async function handlePage(request: Request, url: URL, id: string): Promise<Response> {
    const locale = pageLocale(url);
    const context = { basePath, locale, path: `${basePath}/pay/${id}` };
    const transaction = TRANSACTION_ID_PATTERN.test(id) ? ledger.get(id) : undefined;
    if (!transaction) return pageResponse(404, renderNotFoundPage(context));
    const headers = pageHeaders(new URL(transaction.returnUrl).origin);
    if (request.method === "GET") {
      const html =
        transaction.status === "open"
          ? renderPaymentPage(transaction, context)
          : renderFinishedPage(transaction, context);
      return htmlResponse(200, html, headers);
    }
    if (request.method !== "POST") return methodNotAllowed("GET, POST");
    const outcome = await readPageAction(request);
    if (outcome === undefined) return htmlResponse(400, renderBadRequestPage(context), headers);
    if (transaction.status !== "open") {
      // A second submit (double click, back button): show the result, change nothing.
      return htmlResponse(409, renderFinishedPage(transaction, context), headers);
    }
    completeAndNotify(id, outcome);
    return new Response(null, {
      status: 303,
      headers: { location: transaction.returnUrl, "cache-control": "no-store" },
    });
  }

  async function handleFaultControl(request: Request): Promise<Response> {
    if (!authorised(request, apiKeyDigest)) {
      return problemResponse(401, "unauthorized", "A valid bearer API key is required.", {
        "www-authenticate": 'Bearer realm="sandbox"',
      });
    }
    if (request.method === "DELETE") {
      faults.clear();
      return new Response(null, { status: 204 });
    }
    if (request.method === "GET") return jsonResponse(200, { pending: faults.pending() });
    if (request.method !== "POST") return methodNotAllowed("GET, POST, DELETE");
    const body = await readJson(request, faultControlRequestSchema);
    if (body instanceof Response) return body;
    try {
      faults.next(body.kind, body.count);
    } catch (error) {
      return problemResponse(422, "invalid_request", (error as Error).message);
    }
    return jsonResponse(200, { pending: faults.pending() });
  }

  const handler = async (request: Request): Promise<Response | undefined> => {
    const url = new URL(request.url);
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return undefined;
    if (url.pathname.length > MAX_PATH_LENGTH) return textResponse(414, "URI too long");
    const segments = url.pathname
      .slice(basePath.length)
      .split("/")
      .filter((segment) => segment !== "");
    const sandboxBaseUrl = `${url.origin}${basePath}`;
    try {
      const [first, second, ...rest] = segments;
      if (`/${first}/${second}` === API_PREFIX) return await handleApi(request, url, rest, sandboxBaseUrl);
      if (first === "pay" && second !== undefined && rest.length === 0) {
        return await handlePage(request, url, second);
      }
      if (first === "assets" && second !== undefined && rest.length === 0 && Object.hasOwn(ASSETS, second)) {
        if (request.method !== "GET" && request.method !== "HEAD") return methodNotAllowed("GET");
        const asset = ASSETS[second] as { body: string; type: string };
        return new Response(asset.body, {
          headers: { "content-type": asset.type, "x-content-type-options": "nosniff", "cache-control": "max-age=300" },
        });
      }
      if (first === "health" && second === undefined) return jsonResponse(200, { ok: true });
      if (first === "_control" && second === "faults" && rest.length === 0 && options.enableFaultControl === true) {
        return await handleFaultControl(request);
      }
      if (first === "pay" || first === undefined) {
        return pageResponse(404, renderNotFoundPage({ basePath, locale: pageLocale(url), path: url.pathname }));
      }
      return textResponse(404, "Not found");
    } catch (error) {
      if (error instanceof SandboxError) return problemResponse(error.status, error.code, error.message);
      if (error instanceof BodyTooLargeError)
        return problemResponse(413, "body_too_large", "The request body is too large.");
      throw error;
    }
  };

  const control: SandboxControl = {
    get(id) {
      const transaction = ledger.get(id);
      return transaction === undefined ? undefined : structuredClone(transaction);
    },
    complete(id, outcome, completeOptions = {}) {
      const before = ledger.get(id)?.status;
      completeAndNotify(id, outcome, completeOptions.paidAmount);
      return before === "open";
    },
    notificationsSettled: () => notifier.idle(),
    deliveries: () => notifier.deliveries(),
  };

  return Object.assign(handler, {
    basePath,
    faults,
    control,
    close() {
      closed.abort();
      notifier.close();
    },
  });
}

function normaliseBasePath(basePath: string): string {
  if (!basePath.startsWith("/") || basePath.endsWith("/") || basePath.includes("//") || basePath.length > 200) {
    throw new TypeError(`basePath must start with "/" and not end with "/" (got ${JSON.stringify(basePath)}).`);
  }
  return basePath;
}

function sha256(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

/** Compares digests of equal length, so neither the key's content nor its length leaks through timing. */
function authorised(request: Request, apiKeyDigest: Buffer): boolean {
  const header = request.headers.get("authorization");
  if (header === null || header.length > 1024 || !header.startsWith("Bearer ")) return false;
  return timingSafeEqual(sha256(header.slice("Bearer ".length)), apiKeyDigest);
}

/** The page may only load its own stylesheet and submit to itself or, after the redirect, the return origin. */
function pageHeaders(returnOrigin?: string): Record<string, string> {
  return {
    "content-security-policy": [
      "default-src 'none'",
      "style-src 'self'",
      "img-src 'self'",
      returnOrigin === undefined ? "form-action 'self'" : `form-action 'self' ${returnOrigin}`,
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join("; "),
  };
}

function pageResponse(status: number, html: string): Response {
  return htmlResponse(status, html, pageHeaders());
}

function methodNotAllowed(allow: string): Response {
  return problemResponse(405, "method_not_allowed", `Allowed: ${allow}.`, { allow });
}

async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T> | Response> {
  if (mediaType(request.headers.get("content-type")) !== "application/json") {
    return problemResponse(415, "unsupported_media_type", "Send the body as application/json.");
  }
  const text = await readBoundedText(request.body, request.headers.get("content-length"), MAX_API_BODY_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problemResponse(400, "invalid_request", "The body is not valid JSON.");
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join(".") : "body";
    return problemResponse(422, "invalid_request", `The field ${field} is invalid: ${issue?.message ?? "invalid"}.`);
  }
  return result.data;
}

async function readPageAction(request: Request): Promise<SandboxOutcome | undefined> {
  if (mediaType(request.headers.get("content-type")) !== "application/x-www-form-urlencoded") return undefined;
  try {
    const text = await readBoundedText(request.body, request.headers.get("content-length"), MAX_FORM_BODY_BYTES);
    const action = new URLSearchParams(text).get("action");
    return action !== null && Object.hasOwn(PAGE_ACTIONS, action) ? PAGE_ACTIONS[action] : undefined;
  } catch (error) {
    if (error instanceof BodyTooLargeError) return undefined;
    throw error;
  }
}
