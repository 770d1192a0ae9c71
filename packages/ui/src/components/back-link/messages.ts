import type { UiMessages } from "../../internal/i18n.js";

/** Built-in texts of BackLink. */
export type BackLinkText = "back";

export const backLinkMessages: UiMessages<BackLinkText> = {
  de: { back: "Zurück" },
  en: { back: "Back" },
};
