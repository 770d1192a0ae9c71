import type { UiMessages } from "../../internal/i18n.js";

export type SelectText = "emptyOption";

export const selectMessages: UiMessages<SelectText> = {
  de: { emptyOption: "Bitte auswählen" },
  en: { emptyOption: "Please select" },
};
