/** The payment service: the orchestration of store and providers a portal talks to. */
export type { BankStatementEntryOutcome, BankStatementReport, MatchedBankStatementEntry } from "./bank-statement.js";
export type { ConfirmPaymentResult } from "./confirm-payment.js";
export type { CreatePaymentInput } from "./create-input.js";
export type { CreatePaymentResult } from "./create-payment.js";
export type { DecisionOutcome } from "./decisions.js";
export type { ImportBankStatementOptions, ImportBankStatementReport } from "./import-bank-statement.js";
export type { LogFields, LogValue, PaymentLogger } from "./logger.js";
export type { PaymentServiceOptions } from "./options.js";
export { createPaymentService, type PaymentService } from "./payment-service.js";
export type { LookupOptions, PublicPaymentView } from "./public-view.js";
export type { ReconcileOptions, ReconcileReport } from "./reconcile.js";
export type { ConfirmRefundOptions, RefundRequest, RefundResult } from "./refunds.js";
export type { EraseOptions } from "./retention.js";
export type { StartPaymentOptions, StartPaymentResult } from "./start-payment.js";
export type { MarkPaidInput, MarkPaidResult } from "./treasury.js";
