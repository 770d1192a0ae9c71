/**
 * The body of a signed notification and the one-call check a provider's `verifyNotification` needs:
 * signature and time window first (on the raw bytes), then the body, read strictly and bounded.
 *
 * A notification is only a trigger. It names the transaction and carries a message id; the payment service
 * remembers message ids (replay protection) and confirms the status with the provider before any transition.
 */
import { z } from "zod";
import { PaymentError } from "../core/errors.js";
import type { IncomingNotification, VerifiedNotification } from "../providers/types.js";
import { type NotificationSecret, SIGNATURE_HEADER, verifyNotificationSignature } from "./signature.js";

/** Notification bodies are a few hundred bytes; anything above this is refused unread. */
export const MAX_NOTIFICATION_BODY_BYTES = 16 * 1024;

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const idSchema = z.string().min(1).max(100).regex(ID_PATTERN);

export const notificationPayloadSchema = z.object({
  /** Unique per message; the same across delivery retries of that message, so the service can drop repeats. */
  messageId: idSchema,
  /** What happened, e.g. `transaction.paid`; informative only, the status query decides. */
  type: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z_.]+$/),
  /** The provider's transaction id. */
  transactionId: idSchema,
  /** Our payment id, as given at creation (a convenience; the transaction id is authoritative). */
  paymentId: z.string().min(1).max(100).optional(),
  /** The provider's status word at sending time (informative). */
  status: z.string().min(1).max(64).optional(),
  /** ISO instant the message was created. */
  createdAt: z.iso.datetime({ offset: true }),
});
export type NotificationPayload = z.infer<typeof notificationPayloadSchema>;

export interface VerifyNotificationOptions {
  secrets: readonly NotificationSecret[];
  now?: Date;
  toleranceSeconds?: number;
}

export interface VerifiedNotificationDetails extends VerifiedNotification {
  /** The signed timestamp, unix seconds. */
  timestamp: number;
  /** Which configured secret matched (index), for watching a rotation. */
  secretIndex: number;
  payload: NotificationPayload;
}

/**
 * Verifies a received notification (headers lower-cased, raw body bytes) and returns what it is about.
 * Throws `invalid_signature`, `stale_notification`, or `invalid_input` for a correctly signed but unreadable
 * body.
 */
export function verifySignedNotification(
  notification: IncomingNotification,
  options: VerifyNotificationOptions,
): VerifiedNotificationDetails {
  const { rawBody } = notification;
  if (rawBody.byteLength > MAX_NOTIFICATION_BODY_BYTES) {
    throw new PaymentError("invalid_input", `The notification body exceeds ${MAX_NOTIFICATION_BODY_BYTES} bytes.`, {
      field: "body",
    });
  }
  const header = notification.headers[SIGNATURE_HEADER.toLowerCase()];
  const signature = verifyNotificationSignature(header, rawBody, options);
  const payload = parseNotificationPayload(rawBody);
  return {
    providerPaymentId: payload.transactionId,
    messageId: payload.messageId,
    timestamp: signature.timestamp,
    secretIndex: signature.secretIndex,
    payload,
  };
}

/** Reads a notification body (UTF-8 JSON) strictly; `invalid_input` naming the field otherwise. */
export function parseNotificationPayload(rawBody: Uint8Array): NotificationPayload {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(rawBody));
  } catch (cause) {
    throw new PaymentError("invalid_input", "The notification body is not UTF-8 JSON.", { field: "body", cause });
  }
  const result = notificationPayloadSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue && issue.path.length > 0 ? `body.${issue.path.join(".")}` : "body";
    throw new PaymentError("invalid_input", `The notification body field ${field} is invalid.`, { field });
  }
  return result.data;
}

/** Serialises a payload to the exact bytes that are then signed and sent. */
export function encodeNotificationPayload(payload: NotificationPayload): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(notificationPayloadSchema.parse(payload)));
}
