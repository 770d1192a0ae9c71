/** Small Fetch-API helpers of the sandbox: bounded body reading and responses with safe headers. */

/** Headers every sandbox response carries: no sniffing, no framing, no caching of payment state. */
const BASE_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
  "x-frame-options": "DENY",
};

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...BASE_HEADERS, "content-type": "application/json; charset=utf-8", ...headers },
  });
}

/** An RFC 9457 problem response with our stable `code`; messages never contain secrets or personal data. */
export function problemResponse(
  status: number,
  code: string,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ status, title: code.replaceAll("_", " "), code, detail }), {
    status,
    headers: { ...BASE_HEADERS, "content-type": "application/problem+json; charset=utf-8", ...headers },
  });
}

export function htmlResponse(status: number, html: string, headers: Record<string, string> = {}): Response {
  return new Response(html, {
    status,
    headers: { ...BASE_HEADERS, "content-type": "text/html; charset=utf-8", ...headers },
  });
}

export function textResponse(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...BASE_HEADERS, "content-type": "text/plain; charset=utf-8", ...headers },
  });
}

export { BodyTooLargeError, readBoundedText } from "../../core/bounded-body.js";

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaType(contentType: string | null): string {
  if (contentType === null) return "";
  const semicolon = contentType.indexOf(";");
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}
