/**
 * The idempotency fingerprint: SHA-256 over a canonical JSON form of the normalised create parameters.
 * Keys are sorted so that the same parameters in another property order give the same fingerprint.
 * The payer's personal data is deliberately left out: the fingerprint is kept for as long as the payment,
 * and a hash of an e-mail address would outlive the retention period (and can be reversed by guessing).
 */
import { createHash } from "node:crypto";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as Json)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function fingerprintOf(value: Json): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}

export type { Json };
