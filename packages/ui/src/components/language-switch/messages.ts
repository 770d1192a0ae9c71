import type { UiMessages } from "../../internal/i18n.js";

/**
 * Built-in texts of LanguageSwitch. `de` and `en` name each language in itself (the same in both catalogues);
 * `leichteSprache` names the German Easy Read version in the page's language.
 */
export type LanguageSwitchText = "label" | "de" | "en" | "leichteSprache";

export const languageSwitchMessages: UiMessages<LanguageSwitchText> = {
  de: { label: "Sprache wählen", de: "Deutsch", en: "English", leichteSprache: "Leichte Sprache" },
  en: { label: "Choose language", de: "Deutsch", en: "English", leichteSprache: "Easy Read (German)" },
};
