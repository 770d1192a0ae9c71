import type { UiMessages } from "../../internal/i18n.js";

/** Built-in texts of Link. */
export type LinkText = "newTab";

export const linkMessages: UiMessages<LinkText> = {
  de: { newTab: "(öffnet in neuem Tab)" },
  en: { newTab: "(opens in new tab)" },
};
