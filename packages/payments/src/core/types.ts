/**
 * The shared vocabulary of the payments package: a payment, its line items, refunds and audit entries.
 * Every module of the package (fee engine, lifecycle, store, providers, service, React pieces) speaks
 * these types, so they live in one place. Amounts are integer euro cents everywhere.
 */

/** The only states a payment can be in (the issue names exactly these; see `lifecycle/transitions.ts`). */
export const PAYMENT_STATES = [
  "created",
  "pending",
  "succeeded",
  "failed",
  "cancelled",
  "expired",
  "partially_refunded",
  "refunded",
] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

/** Text shown to citizens, German first. */
export interface LocalizedText {
  de: string;
  en: string;
}

/** Booking data the city treasury (Stadtkasse) needs for each line (HKR: Haushaltsstelle, Objektnummer). */
export interface BookingData {
  haushaltsstelle?: string;
  objektnummer?: string;
  /** Short booking text for the treasury; never personal data. */
  buchungstext?: string;
}

/** One computed line of a fee: what is charged, how often, and where it is booked. */
export interface LineItem {
  /** Stable within the fee table, e.g. `regulaer`, `express`, `ermaessigung-ehrenamt`. */
  id: string;
  label: LocalizedText;
  quantity: number;
  /** Cents per unit; negative for a reduction line. */
  unitAmount: number;
  /** `quantity × unitAmount`, in cents. */
  amount: number;
  booking: BookingData;
}

/** Why a payment needs a person at the treasury to look at it. Flags never change the state. */
export const PAYMENT_FLAGS = ["late_success_after_expiry", "amount_mismatch", "duplicate_payment"] as const;
export type PaymentFlag = (typeof PAYMENT_FLAGS)[number];

/** How the citizen pays: a redirect to a payment platform, or a bank transfer with a Kassenzeichen. */
export type PaymentMethodKind = "online" | "bank_transfer";

/**
 * Personal data of the payer. Optional, kept only as long as `retention` allows, never in references,
 * Kassenzeichen, logs or audit entries.
 */
export interface PayerData {
  name?: string;
  email?: string;
  iban?: string;
}

export interface Payment {
  /** Our id, opaque (UUID). */
  id: string;
  cityId: string;
  serviceId: string;
  /** Id of the provider configuration that handles it, e.g. `sandbox`, `xbezahldienste`, `bank-transfer`. */
  providerId: string;
  /** The provider's id of the transaction, once created there. */
  providerPaymentId: string | null;
  state: PaymentState;
  /** Expected total in cents (sum of the line items). */
  amount: number;
  currency: "EUR";
  lineItems: LineItem[];
  /** Plain-language explanation of the fee for the citizen. */
  explanation: LocalizedText;
  /** Which fee table (and version) computed the amount, e.g. `giessen/bewohnerparkausweis@2025-01-01`. */
  feeTableVersion: string;
  /** Reference shown to payer and provider (Verwendungszweck); never personal data. */
  reference: string;
  /** Set for bank transfers (and by providers that return one). */
  kassenzeichen: string | null;
  /** Cents received as confirmed by the provider or the bank (null until confirmed). */
  confirmedAmount: number | null;
  /** Sum of refunds that succeeded, in cents. */
  refundedAmount: number;
  flags: PaymentFlag[];
  payer: PayerData | null;
  createdAt: Date;
  updatedAt: Date;
  /** After this instant an unpaid payment is expired by reconciliation. */
  expiresAt: Date;
  /** Optimistic-concurrency counter, incremented by every change. */
  version: number;
}

/** Who or what caused a change: recorded in the audit log. Never personal data. */
export type AuditActor =
  | { kind: "citizen" }
  | { kind: "provider"; providerId: string }
  | { kind: "reconciliation" }
  | { kind: "treasury"; userId: string }
  | { kind: "bank_statement"; statementId: string }
  | { kind: "system" };

/** One append-only audit record. */
export interface AuditEntry {
  id: number;
  paymentId: string;
  at: Date;
  actor: AuditActor;
  /** What happened, e.g. `created`, `transition`, `flagged`, `notification_received`, `refund_requested`. */
  action: string;
  fromState: PaymentState | null;
  toState: PaymentState | null;
  /** Why, in plain words for the treasury, e.g. "status confirmed by provider". */
  cause: string;
  /** Extra non-personal facts (provider status, amounts, message ids). */
  details: Record<string, unknown>;
}

export const REFUND_STATES = ["requested", "succeeded", "failed"] as const;
export type RefundState = (typeof REFUND_STATES)[number];

/** A refund is its own record with its own amount; the payment's state follows the refunded sum. */
export interface Refund {
  id: string;
  paymentId: string;
  amount: number;
  state: RefundState;
  reason: string;
  providerRefundId: string | null;
  createdAt: Date;
  updatedAt: Date;
}
