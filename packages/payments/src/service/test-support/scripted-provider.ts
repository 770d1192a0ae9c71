/**
 * A test double of a payment provider, for the service's tests: transactions in memory, a scriptable
 * status per transaction, and fault injection per operation (timeout, HTTP 500, malformed body, a bug,
 * and a timeout *after* the provider did the work). Notifications are signed with a test HMAC.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { PaymentError } from "../../core/errors.js";
import type { PaymentMethodKind } from "../../core/types.js";
import type {
  IncomingNotification,
  PaymentProvider,
  ProviderCapabilities,
  ProviderCreateRequest,
  ProviderCreateResult,
  ProviderPaymentStatus,
  ProviderRefundResult,
  ProviderStatusResult,
  VerifiedNotification,
} from "../../providers/types.js";

export type Fault =
  /** The adapter's own timeout fired; the provider did nothing. */
  | "timeout"
  /** The provider did the work, but the answer never arrived. */
  | "timeout_after_effect"
  /** HTTP 500, mapped by the adapter. */
  | "http_500"
  /** A 200 answer whose body is nonsense (passed through unchecked, so the service's checks must catch it). */
  | "malformed"
  /** The adapter crashes with a non-PaymentError. */
  | "bug"
  /** The provider refuses (e.g. XBezahldienste PAYMENT_EXISTS). */
  | "rejected";

type Operation = "create" | "status" | "cancel" | "refund";

export interface Transaction {
  providerPaymentId: string;
  paymentId: string;
  amount: number;
  status: ProviderPaymentStatus;
  /** What `status` reports as paid; default: the amount when succeeded. */
  paidAmount?: number;
  kassenzeichen?: string;
}

export interface ScriptedProviderOptions {
  id?: string;
  method?: PaymentMethodKind;
  cancel?: boolean;
  refund?: boolean | "pending" | "failed";
  notifications?: boolean;
  /** Whether a second create with the same payment id returns the same transaction (default true). */
  idempotentCreate?: boolean;
  /** Whether status answers report the paid amount (default true). */
  reportsAmount?: boolean;
  kassenzeichen?: (paymentId: string) => string;
}

export const NOTIFICATION_SECRET = "scripted-provider-notification-secret";

export class ScriptedProvider implements PaymentProvider {
  readonly id: string;
  readonly capabilities: ProviderCapabilities;
  readonly transactions = new Map<string, Transaction>();
  readonly calls: Record<Operation, number> = { create: 0, status: 0, cancel: 0, refund: 0 };
  private readonly faults: Record<Operation, Fault[]> = { create: [], status: [], cancel: [], refund: [] };
  private readonly options: ScriptedProviderOptions;
  private sequence = 0;

  constructor(options: ScriptedProviderOptions = {}) {
    this.options = options;
    this.id = options.id ?? "scripted";
    this.capabilities = {
      cancel: options.cancel ?? true,
      refund: options.refund !== undefined && options.refund !== false,
      notifications: options.notifications ?? true,
      method: options.method ?? "online",
    };
    if (!this.capabilities.cancel) (this as { cancel?: unknown }).cancel = undefined;
    if (!this.capabilities.refund) (this as { refund?: unknown }).refund = undefined;
    if (!this.capabilities.notifications) (this as { verifyNotification?: unknown }).verifyNotification = undefined;
  }

  /** The next calls of `operation` fail with these faults, in order. */
  failNext(operation: Operation, ...faults: Fault[]): this {
    this.faults[operation].push(...faults);
    return this;
  }

  transactionOf(paymentId: string): Transaction {
    for (const transaction of this.transactions.values()) if (transaction.paymentId === paymentId) return transaction;
    throw new Error(`No transaction for payment ${paymentId}`);
  }

  /** The citizen pays on the provider's page (optionally a wrong amount). */
  pay(paymentId: string, paidAmount?: number): void {
    const transaction = this.transactionOf(paymentId);
    transaction.status = "succeeded";
    transaction.paidAmount = paidAmount ?? transaction.amount;
  }

  setStatus(paymentId: string, status: ProviderPaymentStatus): void {
    this.transactionOf(paymentId).status = status;
  }

  /** A correctly signed notification about the payment's transaction. */
  notification(paymentId: string, messageId: string): IncomingNotification {
    const body = JSON.stringify({ transaction: this.transactionOf(paymentId).providerPaymentId, messageId });
    const signature = createHmac("sha256", NOTIFICATION_SECRET).update(body).digest("hex");
    return { headers: { "x-test-signature": signature }, rawBody: new TextEncoder().encode(body) };
  }

  private async fault(operation: Operation, effect: () => void): Promise<"malformed" | undefined> {
    this.calls[operation]++;
    const fault = this.faults[operation].shift();
    // Yield once, so concurrent callers interleave as they would over a network.
    await Promise.resolve();
    switch (fault) {
      case undefined:
        return undefined;
      case "timeout":
        throw new PaymentError("provider_timeout", `${this.id}: ${operation} timed out.`);
      case "timeout_after_effect":
        effect();
        throw new PaymentError("provider_timeout", `${this.id}: ${operation} timed out.`);
      case "http_500":
        throw new PaymentError("provider_unavailable", `${this.id}: ${operation} answered HTTP 500.`);
      case "bug":
        throw new TypeError("Cannot read properties of undefined (reading 'status')");
      case "rejected":
        throw new PaymentError("provider_rejected", `${this.id}: ${operation} rejected.`);
      case "malformed":
        return "malformed";
    }
  }

  async create(request: ProviderCreateRequest): Promise<ProviderCreateResult> {
    const existing = [...this.transactions.values()].find((t) => t.paymentId === request.paymentId);
    const make = () => {
      if (existing) return existing;
      this.sequence++;
      const transaction: Transaction = {
        providerPaymentId: `tx-${this.sequence}-${request.paymentId.slice(0, 8)}`,
        paymentId: request.paymentId,
        amount: request.amount,
        status: "open",
        ...(this.options.kassenzeichen ? { kassenzeichen: this.options.kassenzeichen(request.paymentId) } : {}),
      };
      this.transactions.set(transaction.providerPaymentId, transaction);
      return transaction;
    };
    if ((await this.fault("create", make)) === "malformed") return { providerPaymentId: 42 } as never;
    if (existing && this.options.idempotentCreate === false) {
      throw new PaymentError("provider_rejected", `${this.id}: PAYMENT_EXISTS`);
    }
    const transaction = make();
    return {
      providerPaymentId: transaction.providerPaymentId,
      ...(this.capabilities.method === "online"
        ? { redirectUrl: `https://pay.example.test/${transaction.providerPaymentId}` }
        : {}),
      ...(transaction.kassenzeichen ? { kassenzeichen: transaction.kassenzeichen } : {}),
    };
  }

  private answer(transaction: Transaction): ProviderStatusResult {
    const reportsAmount = this.options.reportsAmount ?? true;
    return {
      status: transaction.status,
      providerStatus: transaction.status.toUpperCase(),
      ...(reportsAmount && transaction.status === "succeeded"
        ? { paidAmount: transaction.paidAmount ?? transaction.amount }
        : {}),
    };
  }

  private find(providerPaymentId: string): Transaction {
    const transaction = this.transactions.get(providerPaymentId);
    if (!transaction) throw new PaymentError("provider_rejected", `${this.id}: unknown transaction.`);
    return transaction;
  }

  async status(providerPaymentId: string): Promise<ProviderStatusResult> {
    if ((await this.fault("status", () => {})) === "malformed") return { status: "PAYED" } as never;
    return this.answer(this.find(providerPaymentId));
  }

  async cancel(providerPaymentId: string): Promise<ProviderStatusResult> {
    const transaction = this.find(providerPaymentId);
    const effect = () => {
      if (transaction.status === "open") transaction.status = "cancelled";
    };
    if ((await this.fault("cancel", effect)) === "malformed") return { status: 7 } as never;
    effect();
    return this.answer(transaction);
  }

  async refund(providerPaymentId: string, _amount: number, refundId: string): Promise<ProviderRefundResult> {
    this.find(providerPaymentId);
    if ((await this.fault("refund", () => {})) === "malformed") return { status: "ok" } as never;
    const mode = this.options.refund;
    const status = mode === "pending" ? "pending" : mode === "failed" ? "failed" : "succeeded";
    return { providerRefundId: `rf-${refundId.slice(0, 8)}`, status };
  }

  verifyNotification(notification: IncomingNotification): VerifiedNotification {
    const signature = notification.headers["x-test-signature"] ?? "";
    const expected = createHmac("sha256", NOTIFICATION_SECRET).update(notification.rawBody).digest();
    const given = Buffer.from(signature, "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new PaymentError("invalid_signature", "The notification's signature does not match.");
    }
    const body = JSON.parse(new TextDecoder().decode(notification.rawBody)) as {
      transaction: string;
      messageId: string;
    };
    return { providerPaymentId: body.transaction, messageId: body.messageId };
  }
}
