import type { UiMessages } from "../../internal/i18n.js";

export type WarningTextText = "prefix";

/** The visually hidden prefix that names the warning in text, since the icon is hidden from screen readers. */
export const warningTextMessages: UiMessages<WarningTextText> = {
  de: { prefix: "Warnung:" },
  en: { prefix: "Warning:" },
};
