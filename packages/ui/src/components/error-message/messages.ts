import type { UiMessages } from "../../internal/i18n.js";

export type ErrorMessageText = "prefix";

export const errorMessageMessages: UiMessages<ErrorMessageText> = {
  de: { prefix: "Fehler:" },
  en: { prefix: "Error:" },
};
