/**
 * The one interface every payment provider implements. A provider never changes a payment itself: the
 * payment service asks it (create, status, cancel, refund) and moves the payment through the lifecycle
 * with what the provider confirms. Notifications are only triggers: `verifyNotification` says which
 * payment a push is about; the service then confirms the status with `status` before any transition.
 */
import type { LineItem, LocalizedText, PaymentMethodKind } from "../core/types.js";

export interface ProviderCapabilities {
  /** Can the provider cancel an unpaid transaction? */
  cancel: boolean;
  /** Can the provider refund (fully or partly)? Where not, refunds are instructions for the treasury. */
  refund: boolean;
  /** Does the provider push notifications? (XBezahldienste: no, status polling only.) */
  notifications: boolean;
  method: PaymentMethodKind;
}

export interface ProviderCreateRequest {
  /** Our payment id; providers use it as their request id (idempotent at the provider where supported). */
  paymentId: string;
  cityId: string;
  serviceId: string;
  amount: number;
  currency: "EUR";
  lineItems: LineItem[];
  /** Verwendungszweck: no personal data, at most 27 characters for XBezahldienste (`purpose`). */
  reference: string;
  /** Shown on the provider's page. */
  description: LocalizedText;
  /** Where the provider sends the citizen back; carries only the opaque return token. */
  returnUrl: string;
  locale: "de" | "en";
}

export interface ProviderCreateResult {
  providerPaymentId: string;
  /** Where to send the citizen (hosted payment page); absent for bank transfer. */
  redirectUrl?: string;
  /** A Kassenzeichen the provider assigned, if it assigns one. */
  kassenzeichen?: string;
}

/** What the provider says about a transaction, mapped to our words. */
export type ProviderPaymentStatus = "open" | "succeeded" | "failed" | "cancelled";

export interface ProviderStatusResult {
  status: ProviderPaymentStatus;
  /** Cents the provider says were paid (for the amount check); absent when the provider does not say. */
  paidAmount?: number;
  /** The provider's own status word, kept in the audit log. */
  providerStatus: string;
  kassenzeichen?: string;
}

export interface ProviderRefundResult {
  providerRefundId: string;
  status: "succeeded" | "failed" | "pending";
}

/** A request as the HTTP layer received it: headers lower-cased, the body as raw bytes (never re-serialised). */
export interface IncomingNotification {
  headers: Readonly<Record<string, string | undefined>>;
  rawBody: Uint8Array;
}

export interface VerifiedNotification {
  /** Which transaction it is about. */
  providerPaymentId: string;
  /** The provider's id of this message, for replay protection. */
  messageId: string;
}

export interface PaymentProvider {
  /** Id of this provider configuration, stored with each payment, e.g. `sandbox` or `xbezahldienste-giessen`. */
  readonly id: string;
  readonly capabilities: ProviderCapabilities;
  /** Creates the transaction at the provider. Throws `PaymentError` with a `provider_*` code on faults. */
  create(request: ProviderCreateRequest): Promise<ProviderCreateResult>;
  /** Asks the provider for the current status (the authority for every transition). */
  status(providerPaymentId: string): Promise<ProviderStatusResult>;
  cancel?(providerPaymentId: string): Promise<ProviderStatusResult>;
  refund?(providerPaymentId: string, amount: number, refundId: string): Promise<ProviderRefundResult>;
  /**
   * Checks a pushed notification (signature, timestamp) and says what it is about. Throws `PaymentError`
   * `invalid_signature` or `stale_notification`. Replays are caught by the service through the store.
   */
  verifyNotification?(notification: IncomingNotification): VerifiedNotification;
}
