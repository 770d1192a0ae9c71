import type { UiMessages } from "../../internal/i18n.js";

/** Built-in texts of SummaryList and SummaryCard. */
export type SummaryListText = "change";

export const summaryListMessages: UiMessages<SummaryListText> = {
  de: { change: "Ändern" },
  en: { change: "Change" },
};
