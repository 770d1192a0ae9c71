/**
 * @digitale-kommune/payments/react: the citizen-facing pieces of a payment, built on @digitale-kommune/ui. Server-
 * rendered and complete without JavaScript; styles in `@digitale-kommune/payments/styles/<component>.css`.
 */
export {
  BankTransferDetails,
  type BankTransferDetailsProps,
  groupsOfFour,
} from "./BankTransferDetails.js";
export { type BankTransferDetailsText, bankTransferDetailsMessages } from "./BankTransferDetails.messages.js";
export { darkModulesPath, GiroCode, type GiroCodeMatrix, type GiroCodeProps } from "./GiroCode.js";
export type { Locale, LocalizedProps, PaymentMessages, TextInput } from "./i18n.js";
export {
  PaymentMethodChoice,
  type PaymentMethodChoiceProps,
  type PaymentMethodOption,
} from "./PaymentMethodChoice.js";
export { type PaymentMethodChoiceText, paymentMethodChoiceMessages } from "./PaymentMethodChoice.messages.js";
export { PaymentStatus, type PaymentStatusProps } from "./PaymentStatus.js";
export { type PaymentStatusText, paymentStatusMessages } from "./PaymentStatus.messages.js";
export { PaymentSummary, type PaymentSummaryProps } from "./PaymentSummary.js";
export { type PaymentSummaryText, paymentSummaryMessages } from "./PaymentSummary.messages.js";
export {
  type PaymentStatusContent,
  type PaymentStatusTone,
  type PaymentStatusView,
  paymentStatusContent,
} from "./status-view.js";
