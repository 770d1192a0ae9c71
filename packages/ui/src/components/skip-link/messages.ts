import type { UiMessages } from "../../internal/i18n.js";

/** Built-in texts of SkipLink. */
export type SkipLinkText = "text";

export const skipLinkMessages: UiMessages<SkipLinkText> = {
  de: { text: "Zum Inhalt springen" },
  en: { text: "Skip to main content" },
};
