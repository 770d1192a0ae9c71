import type { UiMessages } from "../../internal/i18n.js";

/**
 * Built-in texts of Footer: `label` names the navigation landmark, one text per link of `CityLinks`, and `copyright`
 * (fills `{year}` and `{owner}`).
 */
export type FooterText =
  | "label"
  | "impressum"
  | "datenschutz"
  | "barrierefreiheit"
  | "leichteSprache"
  | "gebaerdensprache"
  | "kontakt"
  | "copyright";

export const footerMessages: UiMessages<FooterText> = {
  de: {
    label: "Rechtliches und Service",
    impressum: "Impressum",
    datenschutz: "Datenschutz",
    barrierefreiheit: "Erklärung zur Barrierefreiheit",
    leichteSprache: "Leichte Sprache",
    gebaerdensprache: "Gebärdensprache",
    kontakt: "Kontakt",
    copyright: "© {year} {owner}",
  },
  en: {
    label: "Legal information and service",
    impressum: "Legal notice",
    datenschutz: "Privacy",
    barrierefreiheit: "Accessibility statement",
    leichteSprache: "Easy Read (German)",
    gebaerdensprache: "German Sign Language",
    kontakt: "Contact",
    copyright: "© {year} {owner}",
  },
};
