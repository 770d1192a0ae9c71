import type { UiMessages } from "../../internal/i18n.js";

/**
 * Built-in texts of Header: `navigation` names the `<nav>`, `menu` is the toggle button on narrow screens, `home`
 * follows the city's name in the home link, visually hidden („Stadt Fulda – Startseite“).
 */
export type HeaderText = "navigation" | "menu" | "home";

export const headerMessages: UiMessages<HeaderText> = {
  de: { navigation: "Hauptnavigation", menu: "Menü", home: "Startseite" },
  en: { navigation: "Main navigation", menu: "Menu", home: "home page" },
};
