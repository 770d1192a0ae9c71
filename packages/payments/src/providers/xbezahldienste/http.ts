/**
 * One HTTP exchange with the platform: a deadline over connect, response and body, a bounded body size,
 * and transport faults turned into `PaymentError`s. Headers (credentials, tokens) never enter an error.
 */
import { BodyTooLargeError, readBoundedText } from "../../core/bounded-body.js";
import { PaymentError } from "../../core/errors.js";

/** Larger answers are not a PaymentTransaction; refusing them bounds memory per call. */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

export interface HttpExchange {
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** What the call is, for messages and details, e.g. `create` or `token`. */
  operation: string;
  providerId: string;
}

export interface HttpAnswer {
  status: number;
  contentType: string;
  text: string;
}

export async function exchange(request: HttpExchange): Promise<HttpAnswer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  const details = { providerId: request.providerId, operation: request.operation };
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: controller.signal,
      // A redirect of an API call is unexpected; following it could carry credentials elsewhere.
      redirect: "error",
    });
    const text = await readLimited(response, request);
    return { status: response.status, contentType: response.headers.get("content-type") ?? "", text };
  } catch (error) {
    if (error instanceof PaymentError) throw error;
    if (timedOut) {
      throw new PaymentError(
        "provider_timeout",
        `XBezahldienste (${request.providerId}) did not answer the ${request.operation} call within ${request.timeoutMs} ms.`,
        { details: { ...details, timeoutMs: request.timeoutMs } },
      );
    }
    throw new PaymentError(
      "provider_unavailable",
      `XBezahldienste (${request.providerId}) could not be reached for the ${request.operation} call.`,
      // The cause is the transport error (e.g. ECONNREFUSED); it carries no request headers.
      { details, cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, request: HttpExchange): Promise<string> {
  try {
    return await readBoundedText(response.body, response.headers.get("content-length"), MAX_RESPONSE_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw tooLarge(request);
    throw error;
  }
}

function tooLarge(request: HttpExchange): PaymentError {
  return new PaymentError(
    "provider_malformed_response",
    `XBezahldienste (${request.providerId}) sent more than ${MAX_RESPONSE_BYTES} bytes for the ${request.operation} call.`,
    { details: { providerId: request.providerId, operation: request.operation } },
  );
}

/** Parses a JSON body; `undefined` when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
