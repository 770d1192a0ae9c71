/**
 * The provider adapter for the sandbox: it calls the sandbox's JSON API over real HTTP exactly as an adapter
 * for a hosted-payment platform would (bearer key, timeout, strict response parsing), so everything the
 * payment service does against it also holds for real providers.
 */

import { z } from "zod";
import { BodyTooLargeError, readBoundedText } from "../../core/bounded-body.js";
import { PaymentError } from "../../core/errors.js";
import { verifySignedNotification } from "../../notifications/payload.js";
import { type NotificationSecret, signNotification } from "../../notifications/signature.js";
import type {
  IncomingNotification,
  PaymentProvider,
  ProviderCreateRequest,
  ProviderCreateResult,
  ProviderPaymentStatus,
  ProviderRefundResult,
  ProviderStatusResult,
  VerifiedNotification,
} from "../types.js";
import type { SandboxStatus } from "./ledger.js";
import {
  API_PREFIX,
  type CreateTransactionRequest,
  MAX_AMOUNT_CENTS,
  problemJsonSchema,
  refundJsonSchema,
  type TransactionJson,
  transactionJsonSchema,
} from "./wire.js";

export interface SandboxProviderOptions {
  /** Provider configuration id stored with each payment; default `sandbox`. */
  id?: string;
  /** The sandbox's base URL including its base path, e.g. `http://127.0.0.1:4010/sandbox`. */
  baseUrl: string;
  apiKey: string;
  /** Secrets accepted on notifications (old and new during a rotation). */
  notificationSecrets: readonly NotificationSecret[];
  /** Per API call, including reading the answer; default 10,000 ms. */
  timeoutMs?: number;
  /** Tolerance window for notification timestamps; default 300 s. */
  notificationToleranceSeconds?: number;
  /** The clock for notification timestamps (tests). */
  now?: () => Date;
  fetch?: typeof fetch;
}

/** Answers larger than this are not read: a sandbox transaction is well under 1 MiB. */
const MAX_RESPONSE_BYTES = 1024 * 1024;

const STATUS_MAP: Record<SandboxStatus, ProviderPaymentStatus> = {
  open: "open",
  paid: "succeeded",
  failed: "failed",
  cancelled: "cancelled",
};

const refundAnswerSchema = z.object({ refund: refundJsonSchema, transaction: transactionJsonSchema });

export function createSandboxProvider(options: SandboxProviderOptions): PaymentProvider {
  const id = options.id ?? "sandbox";
  const baseUrl = parseBaseUrl(options.baseUrl);
  if (typeof options.apiKey !== "string" || options.apiKey.length === 0) {
    throw new PaymentError("configuration_error", "The sandbox provider needs an apiKey.", { field: "apiKey" });
  }
  // Checks count and length of the secrets now (configuration_error), not at the first notification.
  signNotification(new Uint8Array(0), { secret: options.notificationSecrets, timestamp: 0 });
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!Number.isSafeInteger(timeoutMs) || timeoutMs < 1) {
    throw new PaymentError("configuration_error", "timeoutMs must be a positive integer.", { field: "timeoutMs" });
  }
  const doFetch = options.fetch ?? globalThis.fetch;

  async function call<T extends z.ZodType>(
    operation: string,
    method: "GET" | "POST",
    path: string,
    schema: T,
    body?: unknown,
  ): Promise<z.infer<T>> {
    const signal = AbortSignal.timeout(timeoutMs);
    let status: number;
    let text: string;
    try {
      const response = await doFetch(`${baseUrl}${API_PREFIX}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${options.apiKey}`,
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        redirect: "error",
        signal,
      });
      status = response.status;
      text = await readBounded(response);
    } catch (error) {
      throw transportError(operation, error, signal, timeoutMs);
    }
    if (status >= 200 && status < 300) return parseBody(operation, status, text, schema);
    throw statusError(operation, status, text);
  }

  function toStatusResult(transaction: TransactionJson): ProviderStatusResult {
    return {
      status: STATUS_MAP[transaction.status],
      providerStatus: transaction.status,
      ...(transaction.paidAmount === null ? {} : { paidAmount: transaction.paidAmount }),
    };
  }

  return {
    id,
    capabilities: { cancel: true, refund: true, notifications: true, method: "online" },

    async create(request: ProviderCreateRequest): Promise<ProviderCreateResult> {
      checkAmount(request.amount, "amount");
      const body: CreateTransactionRequest = {
        paymentId: request.paymentId,
        amount: request.amount,
        currency: request.currency,
        reference: request.reference,
        description: { de: request.description.de, en: request.description.en },
        returnUrl: request.returnUrl,
        locale: request.locale,
      };
      const transaction = await call("create", "POST", "/transactions", transactionJsonSchema, body);
      if (transaction.paymentId !== request.paymentId || transaction.amount !== request.amount) {
        throw new PaymentError(
          "provider_malformed_response",
          "The sandbox answered the create call with a transaction for another payment or amount.",
          { details: { operation: "create" } },
        );
      }
      return { providerPaymentId: transaction.id, redirectUrl: transaction.paymentUrl };
    },

    async status(providerPaymentId: string): Promise<ProviderStatusResult> {
      const transaction = await call("status", "GET", transactionPath(providerPaymentId), transactionJsonSchema);
      return toStatusResult(transaction);
    },

    async cancel(providerPaymentId: string): Promise<ProviderStatusResult> {
      const path = `${transactionPath(providerPaymentId)}/cancel`;
      return toStatusResult(await call("cancel", "POST", path, transactionJsonSchema));
    },

    async refund(providerPaymentId: string, amount: number, refundId: string): Promise<ProviderRefundResult> {
      checkAmount(amount, "amount");
      const path = `${transactionPath(providerPaymentId)}/refunds`;
      const answer = await call("refund", "POST", path, refundAnswerSchema, { refundId, amount });
      return { providerRefundId: answer.refund.id, status: "succeeded" };
    },

    verifyNotification(notification: IncomingNotification): VerifiedNotification {
      const verified = verifySignedNotification(notification, {
        secrets: options.notificationSecrets,
        ...(options.now === undefined ? {} : { now: options.now() }),
        ...(options.notificationToleranceSeconds === undefined
          ? {}
          : { toleranceSeconds: options.notificationToleranceSeconds }),
      });
      return { providerPaymentId: verified.providerPaymentId, messageId: verified.messageId };
    },
  };
}

function parseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PaymentError("configuration_error", "The sandbox baseUrl is not an absolute URL.", { field: "baseUrl" });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new PaymentError("configuration_error", "The sandbox baseUrl must use http or https.", { field: "baseUrl" });
  }
  return value.replace(/\/+$/, "");
}

function transactionPath(providerPaymentId: string): string {
  if (typeof providerPaymentId !== "string" || providerPaymentId.length === 0 || providerPaymentId.length > 100) {
    throw new PaymentError("invalid_input", "providerPaymentId must be a non-empty id of at most 100 characters.", {
      field: "providerPaymentId",
    });
  }
  return `/transactions/${encodeURIComponent(providerPaymentId)}`;
}

function checkAmount(amount: number, field: string): void {
  if (!Number.isSafeInteger(amount) || amount < 1 || amount > MAX_AMOUNT_CENTS) {
    throw new PaymentError(
      "invalid_amount",
      `${field} must be a positive integer of cents up to ${MAX_AMOUNT_CENTS}.`,
      {
        field,
      },
    );
  }
}

async function readBounded(response: Response): Promise<string> {
  return readBoundedText(response.body, response.headers.get("content-length"), MAX_RESPONSE_BYTES);
}

function transportError(operation: string, error: unknown, signal: AbortSignal, timeoutMs: number): PaymentError {
  const details = { operation };
  if (error instanceof BodyTooLargeError) {
    return new PaymentError("provider_malformed_response", `The sandbox's answer to ${operation} is too large.`, {
      details,
    });
  }
  if (signal.aborted) {
    return new PaymentError("provider_timeout", `The sandbox did not answer ${operation} within ${timeoutMs} ms.`, {
      details: { ...details, timeoutMs },
      cause: error,
    });
  }
  return new PaymentError("provider_unavailable", `The sandbox could not be reached for ${operation}.`, {
    details,
    cause: error,
  });
}

function parseBody<T extends z.ZodType>(operation: string, status: number, text: string, schema: T): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new PaymentError("provider_malformed_response", `The sandbox's answer to ${operation} is not JSON.`, {
      details: { operation, httpStatus: status },
      cause,
    });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const path = result.error.issues[0]?.path.join(".") || "(root)";
    throw new PaymentError(
      "provider_malformed_response",
      `The sandbox's answer to ${operation} has an invalid field ${path}.`,
      { details: { operation, httpStatus: status, path } },
    );
  }
  return result.data;
}

function statusError(operation: string, status: number, text: string): PaymentError {
  let providerCode: string | undefined;
  try {
    const problem = problemJsonSchema.safeParse(JSON.parse(text));
    if (problem.success) providerCode = problem.data.code;
  } catch {
    // A non-JSON error body is still an HTTP error; the status decides below.
  }
  const details = { operation, httpStatus: status, ...(providerCode === undefined ? {} : { providerCode }) };
  if (status >= 500) {
    return new PaymentError("provider_unavailable", `The sandbox failed on ${operation} (HTTP ${status}).`, {
      details,
    });
  }
  if (status === 401 || status === 403) {
    return new PaymentError(
      "configuration_error",
      `The sandbox refused the API key on ${operation} (HTTP ${status}).`,
      {
        field: "apiKey",
        details,
      },
    );
  }
  if (providerCode === "idempotency_conflict") {
    return new PaymentError(
      "idempotency_conflict",
      `The sandbox already has this ${operation === "refund" ? "refund" : "payment"} with other parameters.`,
      { details },
    );
  }
  if (providerCode === "refund_exceeds_payment") {
    return new PaymentError("refund_exceeds_payment", "The refund exceeds what is left of the paid amount.", {
      field: "amount",
      details,
    });
  }
  return new PaymentError("provider_rejected", `The sandbox rejected ${operation} (HTTP ${status}).`, { details });
}
