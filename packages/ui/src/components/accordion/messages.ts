import type { UiMessages } from "../../internal/i18n.js";

/** Built-in texts of Accordion: the label of the button that opens or closes every section. */
export type AccordionText = "showAll" | "hideAll";

export const accordionMessages: UiMessages<AccordionText> = {
  de: { showAll: "Alle Abschnitte öffnen", hideAll: "Alle Abschnitte schließen" },
  en: { showAll: "Show all sections", hideAll: "Hide all sections" },
};
