export type { WarningTextText } from "./messages.js";
export { WarningText, type WarningTextProps } from "./WarningText.js";
