import type { UiMessages } from "../../internal/i18n.js";

/** Built-in texts of SearchField: the default label and the name of the submit button. */
export type SearchFieldText = "label" | "button";

export const searchFieldMessages: UiMessages<SearchFieldText> = {
  de: { label: "Suche", button: "Suchen" },
  en: { label: "Search", button: "Search" },
};
