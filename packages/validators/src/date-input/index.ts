import {
  type DateInputOptions,
  type DateInputParts,
  format,
  type IsoDate,
  isValid,
  schema,
  validate,
} from "./date-input.js";
import { type DateInputIssueCode, dateInputMessages } from "./messages.js";

export type { DateInputIssueCode, DateInputOptions, DateInputParts, IsoDate };

/**
 * German date input (Tag / Monat / Jahr, or `TT.MM.JJJJ`) to ISO `YYYY-MM-DD`:
 * `dateInput.validate({ day: "24", month: "11", year: "2026" }, { notInFuture: true, today })`.
 */
export const dateInput = { validate, isValid, format, schema, messages: dateInputMessages };

/** Ready-made zod schema for a date input with German messages and no plausibility rules. */
export const dateInputSchema = /* @__PURE__ */ schema();
