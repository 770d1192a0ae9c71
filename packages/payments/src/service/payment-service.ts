/**
 * `createPaymentService`: the one object a portal talks to. It orchestrates the store and the providers
 * through their interfaces; every state change goes through the transition table and the store's
 * compare-and-set, every change and every failed provider call lands in the audit log.
 */

import { PaymentError } from "../core/errors.js";
import type { AuditActor, AuditEntry, Payment, PaymentFlag, Refund } from "../core/types.js";
import { PAYMENT_FLAGS } from "../core/types.js";
import type { IncomingNotification } from "../providers/types.js";
import {
  applyBankStatementMatches,
  type BankStatementReport,
  type MatchedBankStatementEntry,
} from "./bank-statement.js";
import { cancelPayment } from "./cancel-payment.js";
import { getPaymentOrThrow } from "./compare-and-set.js";
import { type ConfirmPaymentResult, confirmPayment } from "./confirm-payment.js";
import type { CreatePaymentInput } from "./create-input.js";
import { type CreatePaymentResult, createPayment } from "./create-payment.js";
import { isPaymentId } from "./ids.js";
import {
  type ImportBankStatementOptions,
  type ImportBankStatementReport,
  importBankStatement,
} from "./import-bank-statement.js";
import { handleNotification } from "./notifications.js";
import { type PaymentServiceOptions, resolveOptions } from "./options.js";
import { type LookupOptions, lookupByReturnToken, type PublicPaymentView } from "./public-view.js";
import { type ReconcileOptions, type ReconcileReport, reconcile } from "./reconcile.js";
import {
  type ConfirmRefundOptions,
  confirmRefund,
  type RefundRequest,
  type RefundResult,
  requestRefund,
} from "./refunds.js";
import { type EraseOptions, erasePersonalData } from "./retention.js";
import { type StartPaymentOptions, type StartPaymentResult, startPaymentById } from "./start-payment.js";
import { type MarkPaidInput, type MarkPaidResult, markPaidByTreasury } from "./treasury.js";
import { invalid, requireActor } from "./validate-input.js";

export interface PaymentService {
  /** Stores a new payment in `created`; the amount is the sum of the line items. Idempotent with a key. */
  createPayment(input: CreatePaymentInput): Promise<CreatePaymentResult>;
  /** Creates the transaction at the provider and moves the payment to `pending`; call again after a fault. */
  startPayment(paymentId: string, options?: StartPaymentOptions): Promise<StartPaymentResult>;
  /** Asks the provider and books what it confirms (amount check, late success after expiry). */
  confirmPayment(paymentId: string, actor: AuditActor): Promise<ConfirmPaymentResult>;
  /** Verifies a pushed notification, rejects replays, then confirms the status with the provider. */
  handleNotification(providerId: string, incoming: IncomingNotification): Promise<ConfirmPaymentResult>;
  /** Confirms open payments, expires abandoned ones, catches late successes; run it every few minutes. */
  reconcile(options?: ReconcileOptions): Promise<ReconcileReport>;
  /** Cancels an unpaid payment (at the provider first); returns it as it is afterwards. */
  cancelPayment(paymentId: string, actor: AuditActor): Promise<Payment>;
  /** Refunds part or all of a succeeded payment (provider refund where supported, else a treasury instruction). */
  refund(paymentId: string, request: RefundRequest): Promise<RefundResult>;
  /** Completes a refund that stayed `requested`, once the treasury has paid it back (or seen it fail). */
  confirmRefund(
    paymentId: string,
    refundId: string,
    options: ConfirmRefundOptions,
  ): Promise<{ refund: Refund; payment: Payment }>;
  refunds(paymentId: string): Promise<Refund[]>;
  /** A treasury user records a bank transfer as received (audited; amount check applies). */
  markPaidByTreasury(paymentId: string, input: MarkPaidInput): Promise<MarkPaidResult>;
  /** Books credits of a bank statement already matched by Kassenzeichen. */
  applyBankStatementMatches(
    matches: readonly MatchedBankStatementEntry[],
    context: { statementId: string },
  ): Promise<BankStatementReport>;
  /**
   * Imports a CAMT.053 statement: parses it, finds the Kassenzeichen with the bank-transfer provider's layout,
   * matches credits to payments and books them like `applyBankStatementMatches`; the rest comes back for the treasury.
   */
  importBankStatement(
    camt053: string | Uint8Array,
    options?: ImportBankStatementOptions,
  ): Promise<ImportBankStatementReport>;
  /** The citizen's view by return token, without personal data; `not_found` for any wrong token. */
  lookupByReturnToken(token: string, options?: LookupOptions): Promise<PublicPaymentView>;
  /** Deletes payer data of payments older than the given days; the booking record stays. */
  erasePersonalData(options: EraseOptions): Promise<{ erased: number }>;
  getPayment(paymentId: string): Promise<Payment>;
  auditLog(paymentId: string): Promise<AuditEntry[]>;
  /** The treasury's work list: payments with any of the flags (default: all flags). */
  flaggedPayments(options?: { flags?: readonly PaymentFlag[]; limit?: number }): Promise<Payment[]>;
}

function notFound(paymentId: unknown): PaymentError {
  return new PaymentError("not_found", `Payment ${String(paymentId).slice(0, 64)} does not exist.`, {
    field: "paymentId",
  });
}

/** Malformed ids cannot exist; answering `not_found` before a query keeps junk away from the database. */
function checkedId(paymentId: unknown): string {
  if (!isPaymentId(paymentId)) throw notFound(paymentId);
  return paymentId;
}

export function createPaymentService(serviceOptions: PaymentServiceOptions): PaymentService {
  const options = resolveOptions(serviceOptions);
  return {
    createPayment: (input) => createPayment(options, input),
    startPayment: async (paymentId, startOptions) => startPaymentById(options, checkedId(paymentId), startOptions),
    confirmPayment: async (paymentId, actor) => confirmPayment(options, checkedId(paymentId), requireActor(actor)),
    handleNotification: (providerId, incoming) => handleNotification(options, providerId, incoming),
    reconcile: (reconcileOptions) => reconcile(options, reconcileOptions),
    cancelPayment: async (paymentId, actor) => cancelPayment(options, checkedId(paymentId), requireActor(actor)),
    refund: async (paymentId, request) => requestRefund(options, checkedId(paymentId), request),
    confirmRefund: async (paymentId, refundId, confirmOptions) =>
      confirmRefund(options, checkedId(paymentId), refundId, confirmOptions),
    refunds: async (paymentId) =>
      options.store.listRefunds((await getPaymentOrThrow(options.store, checkedId(paymentId))).id),
    markPaidByTreasury: async (paymentId, input) => markPaidByTreasury(options, checkedId(paymentId), input),
    applyBankStatementMatches: (matches, context) => applyBankStatementMatches(options, matches, context),
    importBankStatement: (camt053, importOptions) => importBankStatement(options, camt053, importOptions),
    lookupByReturnToken: (token, lookupOptions) => lookupByReturnToken(options, token, lookupOptions),
    erasePersonalData: (eraseOptions) => erasePersonalData(options, eraseOptions),
    getPayment: async (paymentId) => getPaymentOrThrow(options.store, checkedId(paymentId)),
    auditLog: async (paymentId) => {
      const payment = await getPaymentOrThrow(options.store, checkedId(paymentId));
      return options.store.listAudit(payment.id);
    },
    flaggedPayments: async ({ flags = PAYMENT_FLAGS, limit = 100 } = {}) => {
      if (!Number.isSafeInteger(limit) || limit < 1 || limit > 1000) {
        throw invalid("limit", "limit must be a whole number from 1 to 1000.");
      }
      if (!Array.isArray(flags) || flags.some((flag) => !PAYMENT_FLAGS.includes(flag))) {
        throw invalid("flags", `flags may contain only ${PAYMENT_FLAGS.join(", ")}.`);
      }
      return options.store.listFlagged(flags, limit);
    },
  };
}
