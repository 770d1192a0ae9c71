export { ErrorSummary, type ErrorSummaryError, type ErrorSummaryProps } from "./ErrorSummary.js";
export type { ErrorSummaryText } from "./messages.js";
