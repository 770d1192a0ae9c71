/**
 * `cancelPayment`: an unpaid payment is cancelled at the provider first (where supported), and the
 * provider's answer decides: if the citizen paid meanwhile, the payment is booked as succeeded instead.
 * At a provider without cancel (XBezahldienste v1) an open transaction cannot be withdrawn, so the
 * payment is left to expire; cancelling it locally would drop a later success.
 */
import { PaymentError } from "../core/errors.js";
import type { AuditActor, Payment } from "../core/types.js";
import { applyEvent } from "../lifecycle/transitions.js";
import { getPaymentOrThrow, transitionUpdate, updateWithRetry } from "./compare-and-set.js";
import { applyProviderStatus } from "./confirm-payment.js";
import type { ResolvedOptions } from "./options.js";
import { callProvider, checkStatusResult, providerFor, recordProviderError } from "./provider-calls.js";

function cancelLocally(options: ResolvedOptions, payment: Payment, actor: AuditActor, cause: string) {
  return updateWithRetry(
    options.store,
    payment.id,
    (current) => {
      if (current.state === "cancelled") return { decision: { kind: "none" } };
      const transition = applyEvent(current.state, { type: "cancel" }, current.id);
      return { decision: transitionUpdate(transition, { actor, cause }) };
    },
    payment,
  );
}

/** Returns the payment as it is afterwards: `cancelled`, or `succeeded` if the provider says it was paid. */
export async function cancelPayment(options: ResolvedOptions, paymentId: string, actor: AuditActor): Promise<Payment> {
  const payment = await getPaymentOrThrow(options.store, paymentId);
  if (payment.state === "cancelled") return payment;
  applyEvent(payment.state, { type: "cancel" }, payment.id);

  if (payment.providerPaymentId === null) {
    // Never reached the provider: nobody can pay it, so a local cancel is safe.
    return (await cancelLocally(options, payment, actor, "Cancelled before it reached the provider.")).payment;
  }
  const provider = providerFor(options, payment.providerId);
  if (!provider.capabilities.cancel || !provider.cancel) {
    throw new PaymentError(
      "not_supported",
      `Provider "${provider.id}" cannot cancel a started payment; it stays open until it expires.`,
      { field: "paymentId", details: { paymentId, providerId: provider.id } },
    );
  }
  const cancel = provider.cancel.bind(provider);
  const providerPaymentId = payment.providerPaymentId;
  let status: ReturnType<typeof checkStatusResult>;
  try {
    status = checkStatusResult(
      provider,
      "cancel",
      await callProvider(provider, "cancel", () => cancel(providerPaymentId)),
    );
  } catch (error) {
    await recordProviderError(options, payment, actor, "cancel", error);
    throw error;
  }
  if (status.status === "open") {
    await recordProviderError(
      options,
      payment,
      actor,
      "cancel",
      new PaymentError("provider_rejected", "The provider kept the transaction open."),
    );
    throw new PaymentError("provider_rejected", `Provider "${provider.id}" did not cancel payment ${paymentId}.`, {
      field: "paymentId",
      details: { paymentId, providerStatus: status.providerStatus },
    });
  }
  return (await applyProviderStatus(options, payment, status, actor)).payment;
}
