export { ErrorMessage, type ErrorMessageProps } from "./ErrorMessage.js";
export type { ErrorMessageText } from "./messages.js";
