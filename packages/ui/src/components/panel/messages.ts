import type { UiMessages } from "../../internal/i18n.js";

export type PanelText = "reference";

/** The label before the reference number; the number follows in bold. */
export const panelMessages: UiMessages<PanelText> = {
  de: { reference: "Ihr Aktenzeichen:" },
  en: { reference: "Your reference number:" },
};
