export { assertCents, centsToDecimalString, type FormatMoneyOptions, formatMoney } from "./money/format.js";
