/**
 * `handleNotification`: a push from a provider is only a trigger. It must carry a valid signature (checked
 * by the provider), must not have been seen before (checked through the store), is recorded in the audit
 * log, and then the status is confirmed with the provider before anything changes.
 */
import { PaymentError } from "../core/errors.js";
import type { AuditActor } from "../core/types.js";
import type { IncomingNotification } from "../providers/types.js";
import { type ConfirmPaymentResult, confirmPayment } from "./confirm-payment.js";
import type { ResolvedOptions } from "./options.js";
import { callProvider, providerFor } from "./provider-calls.js";
import { invalid } from "./validate-input.js";

/** Notifications are small JSON or form bodies; anything larger is not one of ours. */
export const MAX_NOTIFICATION_BYTES = 64 * 1024;

export async function handleNotification(
  options: ResolvedOptions,
  providerId: string,
  incoming: IncomingNotification,
): Promise<ConfirmPaymentResult> {
  const provider = providerFor(options, providerId);
  if (!provider.verifyNotification) {
    throw new PaymentError("not_supported", `Provider "${provider.id}" does not send notifications.`, {
      field: "providerId",
    });
  }
  if (!incoming || !(incoming.rawBody instanceof Uint8Array) || typeof incoming.headers !== "object") {
    throw invalid("incoming", "A notification needs its headers and its raw body bytes.");
  }
  if (incoming.rawBody.byteLength > MAX_NOTIFICATION_BYTES) {
    throw invalid("incoming.rawBody", `A notification body may have at most ${MAX_NOTIFICATION_BYTES} bytes.`);
  }
  const verify = provider.verifyNotification.bind(provider);
  // verifyNotification throws invalid_signature / stale_notification; those propagate unchanged.
  const verified = await callProvider(provider, "verify_notification", async () => verify(incoming));
  if (
    typeof verified?.providerPaymentId !== "string" ||
    typeof verified.messageId !== "string" ||
    verified.messageId.length === 0 ||
    verified.messageId.length > 200
  ) {
    throw new PaymentError(
      "provider_malformed_response",
      `Provider "${provider.id}" verified a notification without ids.`,
    );
  }
  // Look the payment up before remembering the message: a push that overtakes our own bookkeeping (the
  // provider notifies before startPayment stored its id) fails here and may be delivered again later.
  const payment = await options.store.findByProviderPaymentId(provider.id, verified.providerPaymentId);
  if (!payment) {
    options.logger.warn("payment.notification_unknown_payment", { providerId: provider.id });
    throw new PaymentError("not_found", `No payment of provider "${provider.id}" matches this notification.`, {
      field: "providerPaymentId",
    });
  }
  const fresh = await options.store.rememberNotification(provider.id, verified.messageId, options.now());
  if (!fresh) {
    options.logger.warn("payment.notification_replayed", { paymentId: payment.id, providerId: provider.id });
    throw new PaymentError("replayed_notification", `Notification ${verified.messageId} was already received.`, {
      field: "messageId",
      details: { providerId: provider.id, messageId: verified.messageId },
    });
  }
  const actor: AuditActor = { kind: "provider", providerId: provider.id };
  await options.store.appendAudit(payment.id, {
    actor,
    action: "notification_received",
    cause: "Signed notification received; the status is confirmed with the provider before any change.",
    details: { messageId: verified.messageId },
  });
  return confirmPayment(options, payment.id, actor);
}
