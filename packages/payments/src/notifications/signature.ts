/**
 * Signed notifications: the `DK-Signature` header our sandbox (and any provider that pushes with our
 * scheme) sends with each notification, and its verification.
 *
 *   DK-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]
 *
 * Each `v1` is the lowercase hex HMAC-SHA256 of `"<t>." + raw body bytes` under one secret. The timestamp is
 * inside the signed payload, so it cannot be changed without breaking the signature, and a tolerance window
 * bounds how long a captured notification stays usable. Several `v1` entries and several configured secrets
 * allow rotating a secret without downtime: a notification is accepted when any `v1` matches any secret.
 * Replays inside the window are caught by the payment service, which remembers message ids.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { PaymentError } from "../core/errors.js";

/** The header name as sent (`DK-Signature`); HTTP layers lower-case it (`dk-signature`). */
export const SIGNATURE_HEADER = "DK-Signature";
/** Five minutes either way, as Stripe's SDKs do: enough for clock skew and a retry, short for a replay. */
export const DEFAULT_TOLERANCE_SECONDS = 300;
/** A header longer than this is rejected before it is parsed (eight `v1` entries need about 560 characters). */
export const MAX_SIGNATURE_HEADER_LENGTH = 1024;
/** At most this many `v1` entries are read from one header; more is a hostile or broken sender. */
export const MAX_SIGNATURES_PER_HEADER = 8;
/** Secrets shorter than this are a configuration error: an HMAC key is only as strong as its entropy. */
export const MIN_SECRET_BYTES = 16;

/** A shared secret, as text (UTF-8) or bytes. */
export type NotificationSecret = string | Uint8Array;
/** The raw body exactly as sent or received; a string is taken as its UTF-8 bytes. */
export type RawBody = Uint8Array | string;

export interface SignNotificationOptions {
  /** One secret, or all active secrets during a rotation (one `v1` entry each). */
  secret: NotificationSecret | readonly NotificationSecret[];
  /** Unix time in seconds; defaults to now. */
  timestamp?: number;
}

export interface VerifyNotificationSignatureOptions {
  /** All currently accepted secrets (old and new while a rotation is under way). */
  secrets: readonly NotificationSecret[];
  /** The current time (default: now); tests and replays of stored requests pass it in. */
  now?: Date;
  /** Maximum age and maximum lead of the timestamp in seconds (default 300). */
  toleranceSeconds?: number;
}

export interface VerifiedSignature {
  /** The signed timestamp (unix seconds). */
  timestamp: number;
  /** Index in `secrets` of the secret that matched, so an operator can see when an old secret falls out of use. */
  secretIndex: number;
}

export interface ParsedSignatureHeader {
  timestamp: number;
  /** The `v1` signatures as 32 bytes each (Buffers at run time; typed as Uint8Array so no Node types leak). */
  signatures: Uint8Array[];
}

const TIMESTAMP_PATTERN = /^[0-9]{1,12}$/;
const HEX_SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** Builds the `DK-Signature` header value for a raw body. */
export function signNotification(rawBody: RawBody, options: SignNotificationOptions): string {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new PaymentError("invalid_input", "The notification timestamp must be a non-negative integer of seconds.", {
      field: "timestamp",
    });
  }
  const secrets = normaliseSecrets(
    Array.isArray(options.secret) ? options.secret : [options.secret as NotificationSecret],
    "secret",
  );
  const body = toBytes(rawBody);
  const entries = secrets.map((secret) => `v1=${hmacHex(secret, timestamp, body)}`);
  return `t=${timestamp},${entries.join(",")}`;
}

/**
 * Checks a `DK-Signature` header against the raw body. Throws `PaymentError` `invalid_signature` (header
 * missing, malformed or no match) or `stale_notification` (valid signature, timestamp outside the window).
 * The signature is checked before the time, so an unsigned request never learns anything about the window.
 */
export function verifyNotificationSignature(
  header: string | undefined | null,
  rawBody: RawBody,
  options: VerifyNotificationSignatureOptions,
): VerifiedSignature {
  const secrets = normaliseSecrets(options.secrets, "secrets");
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (!Number.isSafeInteger(tolerance) || tolerance < 0) {
    throw new PaymentError("configuration_error", "toleranceSeconds must be a non-negative integer.", {
      field: "toleranceSeconds",
    });
  }
  const parsed = parseSignatureHeader(header);
  const body = toBytes(rawBody);

  let secretIndex = -1;
  for (let index = 0; index < secrets.length; index++) {
    const expected = hmacBytes(secrets[index] as Buffer, parsed.timestamp, body);
    // Compare against every entry without stopping early, so timing does not reveal which entry matched.
    let matched = false;
    for (const candidate of parsed.signatures) {
      if (timingSafeEqual(expected, candidate)) matched = true;
    }
    if (matched && secretIndex === -1) secretIndex = index;
  }
  if (secretIndex === -1) {
    throw new PaymentError(
      "invalid_signature",
      "The DK-Signature header does not match the body for any configured secret.",
      {
        field: "dk-signature",
      },
    );
  }

  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const skew = nowSeconds - parsed.timestamp;
  if (Math.abs(skew) > tolerance) {
    throw new PaymentError(
      "stale_notification",
      skew > 0
        ? `The notification was signed ${skew} s ago, more than the ${tolerance} s allowed.`
        : `The notification is dated ${-skew} s in the future, more than the ${tolerance} s allowed.`,
      { field: "dk-signature", details: { skewSeconds: skew, toleranceSeconds: tolerance } },
    );
  }
  return { timestamp: parsed.timestamp, secretIndex };
}

/**
 * Parses `t=<digits>,v1=<64 hex>[,v1=...]` strictly: bounded length, exactly one `t`, one to eight `v1`,
 * lowercase hex of the right length. Unknown schemes (e.g. a future `v2`) are skipped, as Stripe does.
 * Splitting on fixed characters keeps parsing linear on any input.
 */
export function parseSignatureHeader(header: string | undefined | null): ParsedSignatureHeader {
  if (header === undefined || header === null || header.length === 0) {
    throw invalidHeader("The DK-Signature header is missing.");
  }
  if (header.length > MAX_SIGNATURE_HEADER_LENGTH) {
    throw invalidHeader(`The DK-Signature header is longer than ${MAX_SIGNATURE_HEADER_LENGTH} characters.`);
  }
  let timestamp: number | undefined;
  const signatures: Buffer[] = [];
  for (const rawPart of header.split(",")) {
    const part = rawPart.trim();
    const equals = part.indexOf("=");
    if (equals <= 0) throw invalidHeader("The DK-Signature header has an entry without `key=value`.");
    const key = part.slice(0, equals);
    const value = part.slice(equals + 1);
    if (key === "t") {
      if (timestamp !== undefined) throw invalidHeader("The DK-Signature header has more than one `t` entry.");
      if (!TIMESTAMP_PATTERN.test(value)) {
        throw invalidHeader("The `t` entry of the DK-Signature header is not a number of seconds.");
      }
      timestamp = Number(value);
    } else if (key === "v1") {
      if (!HEX_SHA256_PATTERN.test(value)) {
        throw invalidHeader("A `v1` entry of the DK-Signature header is not 64 lowercase hex characters.");
      }
      if (signatures.length === MAX_SIGNATURES_PER_HEADER) {
        throw invalidHeader(`The DK-Signature header has more than ${MAX_SIGNATURES_PER_HEADER} \`v1\` entries.`);
      }
      signatures.push(Buffer.from(value, "hex"));
    }
  }
  if (timestamp === undefined) throw invalidHeader("The DK-Signature header has no `t` entry.");
  if (signatures.length === 0) throw invalidHeader("The DK-Signature header has no `v1` entry.");
  return { timestamp, signatures };
}

function invalidHeader(message: string): PaymentError {
  return new PaymentError("invalid_signature", message, { field: "dk-signature" });
}

function normaliseSecrets(secrets: readonly NotificationSecret[], field: string): Buffer[] {
  if (secrets.length === 0) {
    throw new PaymentError("configuration_error", `At least one notification secret is required (${field}).`, {
      field,
    });
  }
  return secrets.map((secret, index) => {
    const bytes = typeof secret === "string" ? Buffer.from(secret, "utf8") : Buffer.from(secret);
    // The message names the position and the rule, never the secret itself.
    if (bytes.length < MIN_SECRET_BYTES) {
      throw new PaymentError(
        "configuration_error",
        `Notification secret ${field}[${index}] is shorter than ${MIN_SECRET_BYTES} bytes.`,
        { field: `${field}[${index}]` },
      );
    }
    return bytes;
  });
}

function toBytes(rawBody: RawBody): Uint8Array {
  return typeof rawBody === "string" ? Buffer.from(rawBody, "utf8") : rawBody;
}

function hmacBytes(secret: Buffer, timestamp: number, body: Uint8Array): Buffer {
  return createHmac("sha256", secret).update(`${timestamp}.`, "utf8").update(body).digest();
}

function hmacHex(secret: Buffer, timestamp: number, body: Uint8Array): string {
  return hmacBytes(secret, timestamp, body).toString("hex");
}
