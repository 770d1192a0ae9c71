/**
 * The opaque per-payment return token (GOV.UK Pay's advice made the default): the portal puts it in the
 * return URL instead of the payment id, and looks the payment up by it after a lost redirect.
 * It is derived with HMAC-SHA256(secret, payment id), so an idempotent replay of `createPayment` can hand
 * out the same token again without storing it; the store keeps only its SHA-256.
 */
import { createHash, createHmac } from "node:crypto";

/** base64url of 32 bytes, without padding. */
export const RETURN_TOKEN_LENGTH = 43;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function deriveReturnToken(secret: string, paymentId: string): string {
  return createHmac("sha256", secret).update(paymentId, "utf8").digest("base64url");
}

/** What the store keeps and looks up by: SHA-256 of the token, hex. */
export function hashReturnToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Shape check before any lookup, so hostile input never reaches the database. */
export function isWellFormedReturnToken(value: unknown): value is string {
  return typeof value === "string" && value.length === RETURN_TOKEN_LENGTH && BASE64URL.test(value);
}
