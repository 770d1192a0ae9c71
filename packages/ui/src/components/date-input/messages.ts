import type { UiMessages } from "../../internal/i18n.js";

/** Built-in texts of DateInput: the labels of its three fields. */
export type DateInputText = "day" | "month" | "year";

export const dateInputMessages: UiMessages<DateInputText> = {
  de: { day: "Tag", month: "Monat", year: "Jahr" },
  en: { day: "Day", month: "Month", year: "Year" },
};
