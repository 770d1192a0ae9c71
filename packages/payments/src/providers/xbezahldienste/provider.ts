/**
 * The XBezahldienste adapter (FITKO standard, API v1.0.0): create a payment transaction, send the citizen
 * to the platform's page, and ask for the status. v1.0.0 has no cancel, refund or push notification, so
 * status polling (by the return journey and the reconciliation job) is the only channel.
 *
 * NOT YET VERIFIED AGAINST A LIVE PLATFORM: implemented from the published v1.0.0 documentation
 * (docs.fitko.de/xbezahldienste) and tested against `startFakeXBezahldiensteServer`, which was written
 * from the same documentation. Expect to adjust details (booking data keys, error bodies) per platform.
 */
import { PaymentError } from "../../core/errors.js";
import type {
  PaymentProvider,
  ProviderCreateRequest,
  ProviderCreateResult,
  ProviderPaymentStatus,
  ProviderStatusResult,
} from "../types.js";
import { euroNumberToCents } from "./amount.js";
import { type Authorizer, createAuthorizer } from "./auth.js";
import { type ResolvedXBezahldiensteConfig, resolveXBezahldiensteConfig, type XBezahldiensteConfig } from "./config.js";
import { exchange, type HttpAnswer, parseJson } from "./http.js";
import { buildPaymentRequest } from "./payment-request.js";
import {
  paymentTransactionSchema,
  problemSchema,
  type XBezahldienstePaymentTransaction,
  type XBezahldiensteProblem,
  type XBezahldiensteStatus,
} from "./wire.js";

export interface XBezahldiensteProvider extends PaymentProvider {
  /**
   * Asks the platform whether this originator/endpoint pair is configured (`GET /status/{o}/{e}`).
   * Resolves when it is; throws the same `PaymentError`s as the other calls otherwise. Useful as a
   * smoke test when a city switches providers.
   */
  checkConfiguration(): Promise<void>;
}

export interface XBezahldiensteProviderOptions {
  /** Clock in milliseconds since the epoch (default `Date.now`); tests move it to expire tokens. */
  now?: () => number;
}

const STATUS_MAP: Record<XBezahldiensteStatus, ProviderPaymentStatus> = {
  INITIAL: "open",
  PAYED: "succeeded",
  FAILED: "failed",
  CANCELED: "cancelled",
};

const TRANSACTION_ID = /^[\w.~-]{1,200}$/;

/**
 * Creates the adapter for one city's XBezahldienste configuration. Throws `PaymentError`
 * `configuration_error` naming the field when the configuration is incomplete or unsafe.
 */
export function createXBezahldiensteProvider(
  config: XBezahldiensteConfig,
  options: XBezahldiensteProviderOptions = {},
): XBezahldiensteProvider {
  const settings = resolveXBezahldiensteConfig(config);
  const now = options.now ?? Date.now;
  const authorizer = createAuthorizer(settings.auth, { providerId: settings.id, timeoutMs: settings.timeoutMs, now });
  const client = new PlatformClient(settings, authorizer);
  const endpointPath = `${encodeURIComponent(settings.originatorId)}/${encodeURIComponent(settings.endPointId)}`;

  async function fetchTransaction(transactionId: string): Promise<XBezahldienstePaymentTransaction> {
    const answer = await client.send(
      "status",
      "GET",
      `/paymenttransaction/${endpointPath}/${encodeURIComponent(transactionId)}`,
    );
    if (!isSuccess(answer)) throw client.rejection(answer, "status");
    return client.transaction(answer, "status");
  }

  async function recoverExistingTransaction(
    request: ProviderCreateRequest,
    expectedGrosAmount: number,
    problem: XBezahldiensteProblem,
  ): Promise<ProviderCreateResult> {
    const transactionId = existingTransactionId(problem, endpointPath);
    if (transactionId === undefined) {
      throw new PaymentError(
        "provider_rejected",
        `XBezahldienste (${settings.id}) already holds a transaction for payment ${request.paymentId} (PAYMENT_EXISTS) without naming it; it cannot be recovered automatically, ask the platform operator for the transaction id.`,
        {
          details: { providerId: settings.id, operation: "create", functionalCode: "PAYMENT_EXISTS", recovered: false },
        },
      );
    }
    const transaction = await fetchTransaction(transactionId);
    const existing = transaction.paymentRequest;
    // Only a transaction for this very request may be adopted; anything else is a collision of ids.
    const sameRequest =
      (existing?.requestId == null || existing.requestId === request.paymentId) &&
      (existing?.grosAmount == null || existing.grosAmount === expectedGrosAmount);
    if (!sameRequest) {
      throw new PaymentError(
        "provider_rejected",
        `XBezahldienste (${settings.id}) holds a different transaction under the request id of payment ${request.paymentId} (PAYMENT_EXISTS).`,
        {
          details: { providerId: settings.id, operation: "create", functionalCode: "PAYMENT_EXISTS", recovered: false },
        },
      );
    }
    return createResult(transaction, settings.id);
  }

  return {
    id: settings.id,
    capabilities: { cancel: false, refund: false, notifications: false, method: "online" },

    async create(request) {
      const paymentRequest = buildPaymentRequest(request, settings.bookingDataKeys, new Date(now()));
      const answer = await client.send("create", "POST", `/paymenttransaction/${endpointPath}`, paymentRequest);
      if (!isSuccess(answer)) {
        const problem = readProblem(answer);
        // A retry after a timeout: the first attempt reached the platform. Adopt that transaction.
        if (problem?.functionalCode === "PAYMENT_EXISTS" && answer.status < 500) {
          return recoverExistingTransaction(request, paymentRequest.grosAmount, problem);
        }
        throw client.rejection(answer, "create");
      }
      return createResult(client.transaction(answer, "create"), settings.id);
    },

    async status(providerPaymentId) {
      if (typeof providerPaymentId !== "string" || !TRANSACTION_ID.test(providerPaymentId)) {
        throw new PaymentError("invalid_input", "The XBezahldienste transaction id is empty or malformed.", {
          field: "providerPaymentId",
        });
      }
      return statusResult(await fetchTransaction(providerPaymentId), settings.id);
    },

    async checkConfiguration() {
      const answer = await client.send("check_configuration", "GET", `/status/${endpointPath}`);
      if (!isSuccess(answer)) throw client.rejection(answer, "check_configuration");
    },
  };
}

/** Sends authenticated calls and turns answers into results or `PaymentError`s. */
class PlatformClient {
  constructor(
    private readonly settings: ResolvedXBezahldiensteConfig,
    private readonly authorizer: Authorizer,
  ) {}

  async send(operation: string, method: "GET" | "POST", path: string, body?: unknown): Promise<HttpAnswer> {
    const attempt = async () =>
      exchange({
        method,
        url: `${this.settings.baseUrl}${path}`,
        headers: {
          accept: "application/json, application/problem+json",
          authorization: await this.authorizer.authorization(),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        timeoutMs: this.settings.timeoutMs,
        operation,
        providerId: this.settings.id,
      });
    const answer = await attempt();
    // An expired or revoked OAuth2 token: fetch a new one and try exactly once more.
    if (answer.status === 401 && this.authorizer.invalidate()) return attempt();
    return answer;
  }

  transaction(answer: HttpAnswer, operation: string): XBezahldienstePaymentTransaction {
    const parsed = paymentTransactionSchema.safeParse(parseJson(answer.text));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PaymentError(
        "provider_malformed_response",
        `XBezahldienste (${this.settings.id}) answered the ${operation} call with a body that is not a valid PaymentTransaction.`,
        {
          details: {
            providerId: this.settings.id,
            operation,
            httpStatus: answer.status,
            ...(issue ? { invalidField: issue.path.map(String).join(".") || "(body)" } : {}),
          },
        },
      );
    }
    return parsed.data;
  }

  rejection(answer: HttpAnswer, operation: string): PaymentError {
    const problem = readProblem(answer);
    const functionalCode = problem?.functionalCode ?? undefined;
    const details: Record<string, unknown> = {
      providerId: this.settings.id,
      operation,
      httpStatus: answer.status,
      ...(functionalCode ? { functionalCode } : {}),
      ...(problem?.title ? { title: problem.title.slice(0, 200) } : {}),
      ...(problem?.detail ? { detail: problem.detail.slice(0, 500) } : {}),
    };
    const where = `XBezahldienste (${this.settings.id})`;
    if (answer.status >= 500) {
      return new PaymentError(
        "provider_unavailable",
        `${where} failed the ${operation} call with HTTP ${answer.status}; try again later.`,
        { details },
      );
    }
    if (answer.status === 401 || answer.status === 403) {
      return new PaymentError(
        "provider_rejected",
        `${where} refused the credentials for the ${operation} call (HTTP ${answer.status}${functionalCode ? `, ${functionalCode}` : ""}); check the auth settings and the originatorId/endPointId.`,
        { details },
      );
    }
    return new PaymentError(
      "provider_rejected",
      `${where} rejected the ${operation} call (HTTP ${answer.status}${functionalCode ? `, ${functionalCode}` : ""}).`,
      { details },
    );
  }
}

function isSuccess(answer: HttpAnswer): boolean {
  return answer.status >= 200 && answer.status < 300;
}

function readProblem(answer: HttpAnswer): XBezahldiensteProblem | undefined {
  const parsed = problemSchema.safeParse(parseJson(answer.text));
  return parsed.success ? parsed.data : undefined;
}

/** The transaction a PAYMENT_EXISTS answer points to: an explicit id, or the last segment of `instance`. */
function existingTransactionId(problem: XBezahldiensteProblem, endpointPath: string): string | undefined {
  if (problem.transactionId && TRANSACTION_ID.test(problem.transactionId)) return problem.transactionId;
  const marker = `/paymenttransaction/${endpointPath}/`;
  const at = problem.instance?.lastIndexOf(marker) ?? -1;
  if (problem.instance && at >= 0) {
    const candidate = problem.instance.slice(at + marker.length);
    if (TRANSACTION_ID.test(candidate)) return candidate;
  }
  return undefined;
}

function mapStatus(transaction: XBezahldienstePaymentTransaction, providerId: string): ProviderPaymentStatus {
  const status = transaction.paymentInformation.status;
  if (!Object.hasOwn(STATUS_MAP, status)) {
    throw new PaymentError(
      "provider_malformed_response",
      `XBezahldienste (${providerId}) reported the unknown transaction status "${status.slice(0, 40)}".`,
      { details: { providerId, providerStatus: status.slice(0, 100) } },
    );
  }
  return STATUS_MAP[status as XBezahldiensteStatus];
}

function createResult(transaction: XBezahldienstePaymentTransaction, providerId: string): ProviderCreateResult {
  const info = transaction.paymentInformation;
  const status = mapStatus(transaction, providerId);
  const redirectUrl = info.transactionRedirectUrl ?? undefined;
  // The citizen is sent to this address, so it must be a web page and nothing else (no javascript: URL).
  if (redirectUrl !== undefined && !isWebUrl(redirectUrl)) {
    throw new PaymentError(
      "provider_malformed_response",
      `XBezahldienste (${providerId}) returned a transactionRedirectUrl that is not an http(s) URL.`,
      { details: { providerId, operation: "create" } },
    );
  }
  if (status === "open" && redirectUrl === undefined) {
    throw new PaymentError(
      "provider_malformed_response",
      `XBezahldienste (${providerId}) created an INITIAL transaction without a transactionRedirectUrl.`,
      { details: { providerId, operation: "create" } },
    );
  }
  return {
    providerPaymentId: info.transactionId,
    ...(redirectUrl !== undefined && status === "open" ? { redirectUrl } : {}),
    ...(info.transactionReference ? { kassenzeichen: info.transactionReference } : {}),
  };
}

function statusResult(transaction: XBezahldienstePaymentTransaction, providerId: string): ProviderStatusResult {
  const info = transaction.paymentInformation;
  const status = mapStatus(transaction, providerId);
  const grosAmount = transaction.paymentRequest?.grosAmount;
  let paidAmount: number | undefined;
  if (status === "succeeded" && grosAmount != null) {
    paidAmount = euroNumberToCents(grosAmount);
    if (paidAmount === undefined) {
      throw new PaymentError(
        "provider_malformed_response",
        `XBezahldienste (${providerId}) reported a paid amount that is not a whole number of cents.`,
        { details: { providerId, operation: "status" } },
      );
    }
  }
  return {
    status,
    providerStatus: info.status,
    ...(paidAmount !== undefined ? { paidAmount } : {}),
    ...(info.transactionReference ? { kassenzeichen: info.transactionReference } : {}),
  };
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
