/**
 * The sandbox's own bookkeeping: transactions and refunds in memory, as a hosted-payment platform keeps them.
 * Bounded, because a long-running dev server must not grow without end: when full, the oldest finished
 * transaction is forgotten; open ones are never dropped (that would lose a payment), so a ledger full of
 * open transactions refuses new ones instead.
 */
import { randomBytes } from "node:crypto";
import type { LocalizedText } from "../../core/types.js";

/** The sandbox's own status words, deliberately not ours: the provider adapter maps them. */
export type SandboxStatus = "open" | "paid" | "failed" | "cancelled";
/** What the payer can do on the hosted page. */
export type SandboxOutcome = "paid" | "failed" | "cancelled";

export interface SandboxRefund {
  id: string;
  /** The caller's refund id (our refund record id): makes the refund call idempotent. */
  refundId: string;
  amount: number;
  createdAt: Date;
}

export interface SandboxTransaction {
  id: string;
  /** The caller's payment id: makes creation idempotent. */
  paymentId: string;
  status: SandboxStatus;
  amount: number;
  currency: "EUR";
  reference: string;
  description: LocalizedText;
  returnUrl: string;
  locale: "de" | "en";
  /** Cents paid, set when the payer pays (normally `amount`; tests may simulate a different sum). */
  paidAmount: number | null;
  refundedAmount: number;
  refunds: SandboxRefund[];
  createdAt: Date;
  updatedAt: Date;
}

export interface CreateTransactionInput {
  paymentId: string;
  amount: number;
  currency: "EUR";
  reference: string;
  description: LocalizedText;
  returnUrl: string;
  locale: "de" | "en";
}

export type SandboxErrorCode =
  | "not_found"
  | "idempotency_conflict"
  | "not_cancellable"
  | "not_refundable"
  | "refund_exceeds_payment"
  | "sandbox_full";

/** A refusal of the sandbox, with the HTTP status its API answers. */
export class SandboxError extends Error {
  override readonly name = "SandboxError";
  constructor(
    readonly code: SandboxErrorCode,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface SandboxLedgerOptions {
  /** Default 10,000. */
  maxTransactions?: number;
  now?: () => Date;
}

export const DEFAULT_MAX_TRANSACTIONS = 10_000;

export class SandboxLedger {
  // A Map iterates in insertion order, so the first finished entry found is the oldest.
  readonly #transactions = new Map<string, SandboxTransaction>();
  readonly #byPaymentId = new Map<string, string>();
  readonly #maxTransactions: number;
  readonly #now: () => Date;

  constructor(options: SandboxLedgerOptions = {}) {
    this.#maxTransactions = options.maxTransactions ?? DEFAULT_MAX_TRANSACTIONS;
    if (!Number.isSafeInteger(this.#maxTransactions) || this.#maxTransactions < 1) {
      throw new RangeError("maxTransactions must be a positive integer.");
    }
    this.#now = options.now ?? (() => new Date());
  }

  get size(): number {
    return this.#transactions.size;
  }

  get(id: string): SandboxTransaction | undefined {
    return this.#transactions.get(id);
  }

  /** Creates a transaction, or returns the existing one for the same payment id and the same parameters. */
  create(input: CreateTransactionInput): { transaction: SandboxTransaction; created: boolean } {
    const existingId = this.#byPaymentId.get(input.paymentId);
    const existing = existingId === undefined ? undefined : this.#transactions.get(existingId);
    if (existing) {
      if (!sameParameters(existing, input)) {
        throw new SandboxError(
          "idempotency_conflict",
          409,
          "A transaction for this paymentId exists with different parameters.",
        );
      }
      return { transaction: existing, created: false };
    }
    if (this.#transactions.size >= this.#maxTransactions) this.#evictOldestFinished();
    const now = this.#now();
    const transaction: SandboxTransaction = {
      id: `sbx_${randomBytes(16).toString("base64url")}`,
      paymentId: input.paymentId,
      status: "open",
      amount: input.amount,
      currency: input.currency,
      reference: input.reference,
      description: { de: input.description.de, en: input.description.en },
      returnUrl: input.returnUrl,
      locale: input.locale,
      paidAmount: null,
      refundedAmount: 0,
      refunds: [],
      createdAt: now,
      updatedAt: now,
    };
    this.#transactions.set(transaction.id, transaction);
    this.#byPaymentId.set(transaction.paymentId, transaction.id);
    return { transaction, created: true };
  }

  /**
   * Applies the payer's choice. Only an open transaction changes; on a finished one nothing happens and
   * `changed` is false, so a double submit or a late click cannot flip a result.
   */
  complete(
    id: string,
    outcome: SandboxOutcome,
    options: { paidAmount?: number } = {},
  ): { transaction: SandboxTransaction; changed: boolean } {
    const transaction = this.#require(id);
    if (transaction.status !== "open") return { transaction, changed: false };
    transaction.status = outcome;
    if (outcome === "paid") transaction.paidAmount = options.paidAmount ?? transaction.amount;
    transaction.updatedAt = this.#now();
    return { transaction, changed: true };
  }

  /** Cancel through the API: allowed while open, a no-op when already cancelled, refused once decided. */
  cancel(id: string): { transaction: SandboxTransaction; changed: boolean } {
    const transaction = this.#require(id);
    if (transaction.status === "paid" || transaction.status === "failed") {
      throw new SandboxError("not_cancellable", 409, `The transaction is already ${transaction.status}.`);
    }
    return this.complete(id, "cancelled");
  }

  /** A partial or full refund of a paid transaction, bounded by what was paid and not yet refunded. */
  refund(id: string, refundId: string, amount: number): { refund: SandboxRefund; created: boolean } {
    const transaction = this.#require(id);
    const existing = transaction.refunds.find((refund) => refund.refundId === refundId);
    if (existing) {
      if (existing.amount !== amount) {
        throw new SandboxError("idempotency_conflict", 409, "A refund with this refundId exists with another amount.");
      }
      return { refund: existing, created: false };
    }
    if (transaction.status !== "paid" || transaction.paidAmount === null) {
      throw new SandboxError(
        "not_refundable",
        409,
        `Only a paid transaction can be refunded; it is ${transaction.status}.`,
      );
    }
    const available = transaction.paidAmount - transaction.refundedAmount;
    if (amount > available) {
      throw new SandboxError(
        "refund_exceeds_payment",
        422,
        `The refund of ${amount} cents exceeds the ${available} cents still refundable.`,
      );
    }
    const now = this.#now();
    const refund: SandboxRefund = {
      id: `rfd_${randomBytes(12).toString("base64url")}`,
      refundId,
      amount,
      createdAt: now,
    };
    transaction.refunds.push(refund);
    transaction.refundedAmount += amount;
    transaction.updatedAt = now;
    return { refund, created: true };
  }

  #require(id: string): SandboxTransaction {
    const transaction = this.#transactions.get(id);
    if (!transaction) throw new SandboxError("not_found", 404, "No transaction with this id.");
    return transaction;
  }

  #evictOldestFinished(): void {
    for (const [id, transaction] of this.#transactions) {
      if (transaction.status !== "open") {
        this.#transactions.delete(id);
        this.#byPaymentId.delete(transaction.paymentId);
        return;
      }
    }
    throw new SandboxError(
      "sandbox_full",
      503,
      `The sandbox holds ${this.#maxTransactions} open transactions; finish some or restart it.`,
    );
  }
}

function sameParameters(existing: SandboxTransaction, input: CreateTransactionInput): boolean {
  return (
    existing.amount === input.amount &&
    existing.currency === input.currency &&
    existing.reference === input.reference &&
    existing.returnUrl === input.returnUrl &&
    existing.description.de === input.description.de &&
    existing.description.en === input.description.en
  );
}
