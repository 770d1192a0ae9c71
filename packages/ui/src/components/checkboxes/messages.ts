import type { UiMessages } from "../../internal/i18n.js";

/** Built-in texts of Checkboxes (the error prefix comes from ErrorMessage). */
export type CheckboxesText = "divider";

export const checkboxesMessages: UiMessages<CheckboxesText> = {
  de: { divider: "oder" },
  en: { divider: "or" },
};
