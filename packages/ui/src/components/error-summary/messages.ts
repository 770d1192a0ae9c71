import type { UiMessages } from "../../internal/i18n.js";

export type ErrorSummaryText = "title";

export const errorSummaryMessages: UiMessages<ErrorSummaryText> = {
  de: { title: "Es gibt ein Problem" },
  en: { title: "There is a problem" },
};
