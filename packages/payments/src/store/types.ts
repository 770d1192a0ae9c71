/**
 * The durable payment store. One implementation over SQL serves embedded PGlite (default) and PostgreSQL
 * (`DATABASE_URL`) with the same schema and migrations. Every state change is a compare-and-set on the
 * payment's `version` together with its audit entry, in one transaction: of 100 concurrent identical
 * confirmations exactly one changes the payment, the others see `concurrent_update` or the new state.
 */
import type {
  AuditActor,
  AuditEntry,
  LineItem,
  LocalizedText,
  PayerData,
  Payment,
  PaymentFlag,
  PaymentState,
  Refund,
  RefundState,
} from "../core/types.js";

export interface NewPayment {
  id: string;
  cityId: string;
  serviceId: string;
  providerId: string;
  amount: number;
  lineItems: LineItem[];
  explanation: LocalizedText;
  feeTableVersion: string;
  reference: string;
  kassenzeichen: string | null;
  payer: PayerData | null;
  /** SHA-256 (hex) of the opaque return token; the token itself is never stored. */
  returnTokenHash: string;
  expiresAt: Date;
  createdAt: Date;
}

export interface IdempotencyClaim {
  /** The client's key, 1–255 characters. */
  key: string;
  /** Hash of the normalised create parameters: the same key with other parameters is a conflict. */
  fingerprint: string;
}

export interface AuditInput {
  actor: AuditActor;
  action: string;
  cause: string;
  details?: Record<string, unknown>;
}

/** A change to apply if, and only if, the payment still has `expectedVersion`. */
export interface PaymentChange {
  state?: PaymentState;
  providerPaymentId?: string;
  kassenzeichen?: string;
  confirmedAmount?: number;
  refundedAmount?: number;
  addFlags?: PaymentFlag[];
}

export interface PaymentStore {
  /**
   * Inserts a payment with its `created` audit entry. With an idempotency claim: the first call inserts,
   * a later call with the same key and fingerprint returns the stored payment (`created: false`), the
   * same key with another fingerprint throws `idempotency_conflict`. Safe under concurrent calls.
   */
  insertPayment(
    payment: NewPayment,
    audit: AuditInput,
    idempotency?: IdempotencyClaim,
  ): Promise<{ payment: Payment; created: boolean }>;
  getPayment(id: string): Promise<Payment | undefined>;
  findByReturnTokenHash(hash: string): Promise<Payment | undefined>;
  findByProviderPaymentId(providerId: string, providerPaymentId: string): Promise<Payment | undefined>;
  /** Payments with this Kassenzeichen (normally one; several are a finding for the treasury). */
  findByKassenzeichen(kassenzeichen: string): Promise<Payment[]>;
  /**
   * Compare-and-set: applies `change` and appends `audit` in one transaction if the payment's version is
   * still `expectedVersion`; returns the updated payment, or `undefined` if it changed meanwhile.
   * State changes must already be checked against the transition table by the caller.
   */
  updatePayment(
    id: string,
    expectedVersion: number,
    change: PaymentChange,
    audit: AuditInput & { fromState?: PaymentState; toState?: PaymentState },
  ): Promise<Payment | undefined>;
  /** Appends an audit entry without changing the payment (notifications, failed provider calls). */
  appendAudit(paymentId: string, audit: AuditInput): Promise<void>;
  listAudit(paymentId: string): Promise<AuditEntry[]>;
  /** Payments in `states` ordered by creation, for reconciliation; `limit` bounds one batch. */
  listByState(states: readonly PaymentState[], limit: number): Promise<Payment[]>;
  /**
   * Expired payments whose `expiresAt` is at or after `since`, latest expiry first: reconciliation keeps asking
   * about these for late successes, however many older expired payments the store holds.
   */
  listExpiredSince(since: Date, limit: number): Promise<Payment[]>;
  /** Payments with any of `flags`, for the treasury's work list. */
  listFlagged(flags: readonly PaymentFlag[], limit: number): Promise<Payment[]>;
  /**
   * Records a notification message id; returns false if it was seen before (a replay). Entries older
   * than the notification tolerance may be pruned by `pruneNotifications`.
   */
  rememberNotification(providerId: string, messageId: string, receivedAt: Date): Promise<boolean>;
  pruneNotifications(olderThan: Date): Promise<number>;
  insertRefund(refund: Refund, audit: AuditInput): Promise<Refund>;
  updateRefund(id: string, state: RefundState, providerRefundId: string | null): Promise<Refund | undefined>;
  listRefunds(paymentId: string): Promise<Refund[]>;
  /**
   * Retention: removes the payer's personal data from payments created before `before` (and personal
   * fields nowhere else exist); the booking record stays. Returns how many payments were cleared.
   */
  erasePersonalData(before: Date): Promise<number>;
  close(): Promise<void>;
}
