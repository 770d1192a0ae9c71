// @vitest-environment node
import { describe, expect, it } from "vitest";
import { isPaymentError, type PaymentErrorCode } from "../core/errors.js";
import { encodeNotificationPayload, MAX_NOTIFICATION_BODY_BYTES, verifySignedNotification } from "./payload.js";
import { signNotification } from "./signature.js";

const SECRET = "dk_test_secret_0123456789abcdef";
const T = 1767225600;
const NOW = new Date(T * 1000);

const payload = {
  messageId: "msg_abc",
  type: "transaction.paid",
  transactionId: "sbx_123",
  paymentId: "7c1f3e4a-0000-4000-8000-000000000001",
  status: "paid",
  createdAt: "2026-01-01T00:00:00.000Z",
};

function signed(body: Uint8Array) {
  return { headers: { "dk-signature": signNotification(body, { secret: SECRET, timestamp: T }) }, rawBody: body };
}

function expectCode(run: () => unknown, code: PaymentErrorCode): PaymentErrorCodeResult {
  try {
    run();
  } catch (error) {
    expect(isPaymentError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
    return { field: (error as { field?: string }).field };
  }
  throw new Error(`expected ${code}`);
}
type PaymentErrorCodeResult = { field: string | undefined };

describe("verifySignedNotification", () => {
  it("returns the transaction, message id and signature facts of a signed body", () => {
    const result = verifySignedNotification(signed(encodeNotificationPayload(payload)), {
      secrets: [SECRET],
      now: NOW,
    });
    expect(result).toEqual({
      providerPaymentId: "sbx_123",
      messageId: "msg_abc",
      timestamp: T,
      secretIndex: 0,
      payload,
    });
  });

  it("checks the signature before reading the body", () => {
    const notification = signed(encodeNotificationPayload(payload));
    expectCode(
      () => verifySignedNotification({ ...notification, headers: {} }, { secrets: [SECRET], now: NOW }),
      "invalid_signature",
    );
    expectCode(
      () =>
        verifySignedNotification(
          { ...notification, rawBody: new TextEncoder().encode("not json") },
          { secrets: [SECRET], now: NOW },
        ),
      "invalid_signature",
    );
  });

  it("names the field of a signed but invalid body", () => {
    const body = new TextEncoder().encode(JSON.stringify({ ...payload, transactionId: "../etc" }));
    expect(
      expectCode(() => verifySignedNotification(signed(body), { secrets: [SECRET], now: NOW }), "invalid_input").field,
    ).toBe("body.transactionId");
    const notJson = signed(Uint8Array.from([0xff, 0x00]));
    expect(
      expectCode(() => verifySignedNotification(notJson, { secrets: [SECRET], now: NOW }), "invalid_input").field,
    ).toBe("body");
  });

  it("refuses oversized bodies unread", () => {
    const body = new Uint8Array(MAX_NOTIFICATION_BODY_BYTES + 1);
    expectCode(() => verifySignedNotification(signed(body), { secrets: [SECRET], now: NOW }), "invalid_input");
  });
});
