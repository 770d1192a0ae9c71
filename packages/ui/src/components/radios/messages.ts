import type { UiMessages } from "../../internal/i18n.js";

/** Built-in texts of Radios (the error prefix comes from ErrorMessage). */
export type RadiosText = "divider";

export const radiosMessages: UiMessages<RadiosText> = {
  de: { divider: "oder" },
  en: { divider: "or" },
};
