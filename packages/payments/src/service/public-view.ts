/**
 * The citizen's view of a payment, found by the opaque return token: what the portal shows after the
 * provider sends the citizen back (or after a lost redirect). Never contains personal data or internal
 * ids; a wrong token is `not_found`, whatever its shape.
 */
import { isPaymentError, PaymentError } from "../core/errors.js";
import type { LineItem, LocalizedText, Payment, PaymentFlag, PaymentState } from "../core/types.js";
import { OPEN_STATES } from "../lifecycle/transitions.js";
import { confirmPayment } from "./confirm-payment.js";
import type { ResolvedOptions } from "./options.js";
import { hashReturnToken, isWellFormedReturnToken } from "./return-token.js";

export interface PublicPaymentView {
  state: PaymentState;
  /** Why the Stadtkasse looks at it (no personal data); the citizen sees a neutral "being checked" text. */
  flags: PaymentFlag[];
  /** Cents refunded so far. */
  refundedAmount: number;
  amount: number;
  currency: "EUR";
  /** Verwendungszweck. */
  reference: string;
  kassenzeichen: string | null;
  lineItems: LineItem[];
  explanation: LocalizedText;
  cityId: string;
  serviceId: string;
  providerId: string;
  expiresAt: Date;
}

export interface LookupOptions {
  /**
   * Ask the provider first when the payment is still open (the citizen just came back from the payment
   * page). A provider fault is logged and the stored state is shown; reconciliation catches up later.
   */
  refresh?: boolean;
}

export function toPublicView(payment: Payment): PublicPaymentView {
  return {
    state: payment.state,
    flags: [...payment.flags],
    refundedAmount: payment.refundedAmount,
    amount: payment.amount,
    currency: payment.currency,
    reference: payment.reference,
    kassenzeichen: payment.kassenzeichen,
    lineItems: payment.lineItems,
    explanation: payment.explanation,
    cityId: payment.cityId,
    serviceId: payment.serviceId,
    providerId: payment.providerId,
    expiresAt: payment.expiresAt,
  };
}

function notFound(): PaymentError {
  return new PaymentError("not_found", "No payment belongs to this return token.", { field: "token" });
}

export async function lookupByReturnToken(
  options: ResolvedOptions,
  token: string,
  lookupOptions: LookupOptions = {},
): Promise<PublicPaymentView> {
  if (!isWellFormedReturnToken(token)) throw notFound();
  let payment = await options.store.findByReturnTokenHash(hashReturnToken(token));
  if (!payment) throw notFound();
  if (lookupOptions.refresh && OPEN_STATES.includes(payment.state) && payment.providerPaymentId !== null) {
    try {
      payment = (await confirmPayment(options, payment.id, { kind: "citizen" })).payment;
    } catch (error) {
      options.logger.warn("payment.refresh_failed", {
        paymentId: payment.id,
        code: isPaymentError(error) ? error.code : "unknown",
      });
    }
  }
  return toPublicView(payment);
}
