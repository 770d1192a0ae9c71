import type { MessageCatalog } from "@digitale-kommune/validators";

export type LeistungsschluesselIssueCode = "empty" | "invalid_characters" | "too_short" | "too_long";

export const leistungsschluesselMessages: MessageCatalog<LeistungsschluesselIssueCode> = {
  de: {
    empty: "Bitte geben Sie den Leistungsschlüssel ein.",
    invalid_characters: "Der Leistungsschlüssel darf nur Ziffern enthalten.",
    too_short: "Der Leistungsschlüssel ist zu kurz: Er besteht aus genau 14 Ziffern.",
    too_long: "Der Leistungsschlüssel ist zu lang: Er besteht aus genau 14 Ziffern.",
  },
  en: {
    empty: "Enter the service key (Leistungsschlüssel).",
    invalid_characters: "The service key (Leistungsschlüssel) must contain digits only.",
    too_short: "The service key (Leistungsschlüssel) is too short: it has exactly 14 digits.",
    too_long: "The service key (Leistungsschlüssel) is too long: it has exactly 14 digits.",
  },
};
