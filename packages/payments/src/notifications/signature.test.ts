// @vitest-environment node
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isPaymentError, type PaymentErrorCode } from "../core/errors.js";
import {
  MAX_SIGNATURE_HEADER_LENGTH,
  parseSignatureHeader,
  signNotification,
  verifyNotificationSignature,
} from "./signature.js";

const SECRET = "dk_test_secret_0123456789abcdef";
const OLD_SECRET = "dk_old_secret_fedcba9876543210";
const T = 1767225600; // 2026-01-01T00:00:00Z
const AT_T = new Date(T * 1000);
const BODY = '{"messageId":"msg_1","transactionId":"sbx_1"}';
// Computed once with `openssl dgst -sha256 -hmac <SECRET>` over "1767225600." + body; committed so a change in
// the scheme (separator, encoding, digest) is caught even if the in-test computation changed with it.
const BODY_V1 = "c64c2470c0827b0ddd54eba4e4eb0b437b6f600b192a2f94822e265a8c0874f5";
const BINARY_BODY = Uint8Array.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x7b]); // not valid UTF-8
const BINARY_V1 = "f8b09cb249ae977d6445dd59b8d44b6d3a24692f43a909e9d8715021283818b1";

/** Independent reference: the scheme written out with createHmac, not the module's code. */
function referenceHex(secret: string, timestamp: number, body: Uint8Array | string): string {
  const hmac = createHmac("sha256", secret);
  hmac.update(`${timestamp}.`);
  hmac.update(typeof body === "string" ? Buffer.from(body, "utf8") : body);
  return hmac.digest("hex");
}

function expectPaymentError(run: () => unknown, code: PaymentErrorCode): string {
  try {
    run();
  } catch (error) {
    expect(isPaymentError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
    return (error as Error).message;
  }
  throw new Error(`expected a PaymentError ${code}, nothing was thrown`);
}

describe("signNotification", () => {
  it("produces the committed test vector", () => {
    expect(referenceHex(SECRET, T, BODY)).toBe(BODY_V1);
    expect(signNotification(BODY, { secret: SECRET, timestamp: T })).toBe(`t=${T},v1=${BODY_V1}`);
    expect(signNotification(Buffer.from(BODY), { secret: SECRET, timestamp: T })).toBe(`t=${T},v1=${BODY_V1}`);
  });

  it("signs raw bytes that are not UTF-8 exactly as given", () => {
    expect(referenceHex(SECRET, T, BINARY_BODY)).toBe(BINARY_V1);
    expect(signNotification(BINARY_BODY, { secret: SECRET, timestamp: T })).toBe(`t=${T},v1=${BINARY_V1}`);
  });

  it("emits one v1 per secret during a rotation", () => {
    const header = signNotification(BODY, { secret: [SECRET, OLD_SECRET], timestamp: T });
    expect(header).toBe(`t=${T},v1=${BODY_V1},v1=${referenceHex(OLD_SECRET, T, BODY)}`);
  });

  it("refuses short secrets and bad timestamps without echoing the secret", () => {
    const message = expectPaymentError(() => signNotification(BODY, { secret: "short-secret" }), "configuration_error");
    expect(message).not.toContain("short-secret");
    expectPaymentError(() => signNotification(BODY, { secret: [] }), "configuration_error");
    expectPaymentError(() => signNotification(BODY, { secret: SECRET, timestamp: 1.5 }), "invalid_input");
    expectPaymentError(() => signNotification(BODY, { secret: SECRET, timestamp: -1 }), "invalid_input");
  });
});

describe("verifyNotificationSignature", () => {
  const header = `t=${T},v1=${BODY_V1}`;

  it("accepts a valid signature and reports the timestamp and matching secret", () => {
    expect(verifyNotificationSignature(header, BODY, { secrets: [SECRET], now: AT_T })).toEqual({
      timestamp: T,
      secretIndex: 0,
    });
    expect(verifyNotificationSignature(header, Buffer.from(BODY), { secrets: [SECRET], now: AT_T }).timestamp).toBe(T);
  });

  it("accepts non-UTF-8 bodies byte for byte", () => {
    const binaryHeader = `t=${T},v1=${BINARY_V1}`;
    expect(verifyNotificationSignature(binaryHeader, BINARY_BODY, { secrets: [SECRET], now: AT_T }).timestamp).toBe(T);
    // Decoding and re-encoding as text replaces the invalid bytes and must break the signature.
    const reencoded = new TextEncoder().encode(new TextDecoder().decode(BINARY_BODY));
    expectPaymentError(
      () => verifyNotificationSignature(binaryHeader, reencoded, { secrets: [SECRET], now: AT_T }),
      "invalid_signature",
    );
  });

  it("rejects a tampered body", () => {
    const tampered = BODY.replace("sbx_1", "sbx_2");
    expectPaymentError(
      () => verifyNotificationSignature(header, tampered, { secrets: [SECRET], now: AT_T }),
      "invalid_signature",
    );
    const flipped = Buffer.from(BODY);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 2) ^ 1, flipped.length - 2);
    expectPaymentError(
      () => verifyNotificationSignature(header, flipped, { secrets: [SECRET], now: AT_T }),
      "invalid_signature",
    );
  });

  it("rejects a tampered timestamp even inside the window", () => {
    expectPaymentError(
      () => verifyNotificationSignature(`t=${T + 1},v1=${BODY_V1}`, BODY, { secrets: [SECRET], now: AT_T }),
      "invalid_signature",
    );
  });

  it("rejects a wrong secret", () => {
    expectPaymentError(
      () => verifyNotificationSignature(header, BODY, { secrets: [OLD_SECRET], now: AT_T }),
      "invalid_signature",
    );
  });

  it("accepts timestamps up to the tolerance in both directions and rejects beyond", () => {
    const secrets = [SECRET];
    expect(verifyNotificationSignature(header, BODY, { secrets, now: new Date((T + 300) * 1000) }).timestamp).toBe(T);
    expect(verifyNotificationSignature(header, BODY, { secrets, now: new Date((T - 300) * 1000) }).timestamp).toBe(T);
    const past = expectPaymentError(
      () => verifyNotificationSignature(header, BODY, { secrets, now: new Date((T + 301) * 1000) }),
      "stale_notification",
    );
    expect(past).toContain("301 s ago");
    const future = expectPaymentError(
      () => verifyNotificationSignature(header, BODY, { secrets, now: new Date((T - 301) * 1000) }),
      "stale_notification",
    );
    expect(future).toContain("in the future");
    // A custom window applies.
    expectPaymentError(
      () =>
        verifyNotificationSignature(header, BODY, { secrets, now: new Date((T + 61) * 1000), toleranceSeconds: 60 }),
      "stale_notification",
    );
  });

  it("checks the signature before the time: a forged stale header is invalid, not stale", () => {
    expectPaymentError(
      () =>
        verifyNotificationSignature(`t=${T},v1=${"0".repeat(64)}`, BODY, {
          secrets: [SECRET],
          now: new Date((T + 10_000) * 1000),
        }),
      "invalid_signature",
    );
  });

  it("supports rotation: old and new accepted while both are configured, old rejected after removal", () => {
    const oldHeader = signNotification(BODY, { secret: OLD_SECRET, timestamp: T });
    const newHeader = signNotification(BODY, { secret: SECRET, timestamp: T });
    const during = { secrets: [SECRET, OLD_SECRET], now: AT_T };
    expect(verifyNotificationSignature(oldHeader, BODY, during).secretIndex).toBe(1);
    expect(verifyNotificationSignature(newHeader, BODY, during).secretIndex).toBe(0);
    const after = { secrets: [SECRET], now: AT_T };
    expect(verifyNotificationSignature(newHeader, BODY, after).secretIndex).toBe(0);
    expectPaymentError(() => verifyNotificationSignature(oldHeader, BODY, after), "invalid_signature");
  });

  it("accepts a header with several v1 entries when any one matches", () => {
    const other = referenceHex(OLD_SECRET, T, BODY);
    const garbage = "ab".repeat(32);
    for (const entries of [
      [garbage, BODY_V1],
      [BODY_V1, garbage],
      [other, garbage, BODY_V1],
    ]) {
      const multi = `t=${T},${entries.map((entry) => `v1=${entry}`).join(",")}`;
      expect(verifyNotificationSignature(multi, BODY, { secrets: [SECRET], now: AT_T }).secretIndex).toBe(0);
    }
    expectPaymentError(
      () => verifyNotificationSignature(`t=${T},v1=${garbage},v1=${other}`, BODY, { secrets: [SECRET], now: AT_T }),
      "invalid_signature",
    );
  });

  it("ignores unknown schemes but still requires a v1", () => {
    expect(
      verifyNotificationSignature(`t=${T},v0=abc,v1=${BODY_V1},v2=xyz`, BODY, { secrets: [SECRET], now: AT_T })
        .timestamp,
    ).toBe(T);
    expectPaymentError(() => parseSignatureHeader(`t=${T},v0=${BODY_V1}`), "invalid_signature");
  });

  it.each([
    ["missing", undefined],
    ["null", null],
    ["empty", ""],
    ["no t", `v1=${BODY_V1}`],
    ["no v1", `t=${T}`],
    ["non-numeric t", `t=abc,v1=${BODY_V1}`],
    ["negative t", `t=-5,v1=${BODY_V1}`],
    ["decimal t", `t=1.5,v1=${BODY_V1}`],
    ["empty t", `t=,v1=${BODY_V1}`],
    ["overlong t", `t=1234567890123,v1=${BODY_V1}`],
    ["two t", `t=${T},t=${T},v1=${BODY_V1}`],
    ["short v1", `t=${T},v1=${BODY_V1.slice(2)}`],
    ["uppercase v1", `t=${T},v1=${BODY_V1.toUpperCase()}`],
    ["non-hex v1", `t=${T},v1=${"g".repeat(64)}`],
    ["entry without =", `t=${T},v1`],
    ["empty key", `t=${T},=${BODY_V1}`],
    ["stray comma", `t=${T},,v1=${BODY_V1}`],
    ["nine v1", `t=${T},${Array.from({ length: 9 }, () => `v1=${BODY_V1}`).join(",")}`],
    ["huge", `t=${T},v1=${BODY_V1},${"x".repeat(MAX_SIGNATURE_HEADER_LENGTH)}`],
    ["huge of commas", ",".repeat(1_000_000)],
  ])("rejects a malformed header (%s) as invalid_signature", (_name, malformed) => {
    expectPaymentError(
      () => verifyNotificationSignature(malformed, BODY, { secrets: [SECRET], now: AT_T }),
      "invalid_signature",
    );
  });

  it("tolerates spaces around entries", () => {
    expect(parseSignatureHeader(` t=${T} , v1=${BODY_V1} `).timestamp).toBe(T);
  });

  it("never echoes the secrets in messages", () => {
    const message = expectPaymentError(
      () => verifyNotificationSignature(header, "other", { secrets: [SECRET, OLD_SECRET], now: AT_T }),
      "invalid_signature",
    );
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain(OLD_SECRET);
  });

  it("refuses an empty secret list and a negative tolerance as configuration errors", () => {
    expectPaymentError(() => verifyNotificationSignature(header, BODY, { secrets: [] }), "configuration_error");
    expectPaymentError(
      () => verifyNotificationSignature(header, BODY, { secrets: [SECRET], toleranceSeconds: -1 }),
      "configuration_error",
    );
  });
});
