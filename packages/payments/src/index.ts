// @digitale-kommune/payments — server side (Node): fees, lifecycle, store, service, providers, notifications.
// React pieces: `@digitale-kommune/payments/react`; sandbox platform: `/sandbox`; test doubles: `/testing`.

// Bank transfer: Kassenzeichen, GiroCode (EPC QR), CAMT.053 import and matching
export * from "./bank-transfer/index.js";
// Errors and the shared vocabulary
export { isPaymentError, PAYMENT_ERROR_CODES, PaymentError, type PaymentErrorCode } from "./core/errors.js";
export {
  type AuditActor,
  type AuditEntry,
  type BookingData,
  type LineItem,
  type LocalizedText,
  PAYMENT_FLAGS,
  PAYMENT_STATES,
  type PayerData,
  type Payment,
  type PaymentFlag,
  type PaymentMethodKind,
  type PaymentState,
  REFUND_STATES,
  type Refund,
  type RefundState,
} from "./core/types.js";
// Fee engine
export * from "./fees/index.js";
// Payment lifecycle
export {
  applyEvent,
  canApply,
  FINAL_STATES,
  OPEN_STATES,
  PAYMENT_EVENT_TYPES,
  type PaymentEvent,
  type PaymentEventType,
  TRANSITIONS,
  type TransitionResult,
} from "./lifecycle/transitions.js";
// Money in integer cents
export { type CentsOperationOptions, multiplyCents, percentOfCents, sumCents } from "./money/arithmetic.js";
export { assertCents, centsToDecimalString, type FormatMoneyOptions, formatMoney } from "./money/format.js";
// Signed notifications (DK-Signature)
export * from "./notifications/index.js";
// Providers
export type {
  IncomingNotification,
  PaymentProvider,
  ProviderCapabilities,
  ProviderCreateRequest,
  ProviderCreateResult,
  ProviderPaymentStatus,
  ProviderRefundResult,
  ProviderStatusResult,
  VerifiedNotification,
} from "./providers/types.js";
export {
  createXBezahldiensteProvider,
  DEFAULT_BOOKING_DATA_KEYS,
  PURPOSE_MAX_LENGTH,
  sanitisePurpose,
  XBEZAHLDIENSTE_FUNCTIONAL_CODES,
  XBEZAHLDIENSTE_STATUSES,
  type XBezahldiensteBasicAuth,
  type XBezahldiensteBookingDataKeys,
  type XBezahldiensteConfig,
  type XBezahldiensteFunctionalCode,
  type XBezahldiensteOAuth2Auth,
  type XBezahldiensteProvider,
  type XBezahldiensteProviderOptions,
  type XBezahldiensteStatus,
} from "./providers/xbezahldienste/index.js";
// The payment service: what a portal talks to
export {
  type BankStatementEntryOutcome,
  type BankStatementReport,
  type ConfirmPaymentResult,
  type ConfirmRefundOptions,
  type CreatePaymentInput,
  type CreatePaymentResult,
  createPaymentService,
  type DecisionOutcome,
  type EraseOptions,
  type ImportBankStatementOptions,
  type ImportBankStatementReport,
  type LogFields,
  type LogValue,
  type LookupOptions,
  type MarkPaidInput,
  type MarkPaidResult,
  type MatchedBankStatementEntry,
  type PaymentLogger,
  type PaymentService,
  type PaymentServiceOptions,
  type PublicPaymentView,
  type ReconcileOptions,
  type ReconcileReport,
  type RefundRequest,
  type RefundResult,
  type StartPaymentOptions,
  type StartPaymentResult,
} from "./service/index.js";
export { MIGRATIONS, type Migration, type MigrationResult, migratePaymentStore } from "./store/migrations.js";
export { type OpenPaymentStoreOptions, openPaymentStore } from "./store/open-store.js";
export { openPgClient } from "./store/pg-client.js";
export { openPgliteClient } from "./store/pglite-client.js";
// Durable store: embedded PGlite by default, PostgreSQL through DATABASE_URL
export { DEFAULT_SCHEMA } from "./store/schema-name.js";
export { type SqlClient, SqlError, type SqlQueryable, type SqlResult } from "./store/sql-client.js";
export { createSqlPaymentStore, type SqlPaymentStoreOptions } from "./store/sql-store.js";
export type { AuditInput, IdempotencyClaim, NewPayment, PaymentChange, PaymentStore } from "./store/types.js";
export { MAX_CENTS } from "./store/validate-input.js";
