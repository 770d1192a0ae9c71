import type { MessageCatalog } from "../core/types.js";

export type ArsIssueCode = "empty" | "invalid_characters" | "too_short" | "too_long" | "unknown_code";

export const arsMessages: MessageCatalog<ArsIssueCode> = {
  de: {
    empty: "Bitte geben Sie den Amtlichen Regionalschlüssel ein.",
    invalid_characters: "Der Amtliche Regionalschlüssel darf nur Ziffern enthalten.",
    too_short: "Der Amtliche Regionalschlüssel ist zu kurz: Er besteht aus genau 12 Ziffern.",
    too_long: "Der Amtliche Regionalschlüssel ist zu lang: Er besteht aus genau 12 Ziffern.",
    unknown_code:
      "Diesen Amtlichen Regionalschlüssel gibt es nicht: Er beginnt mit der Kennzahl eines Landes von 01 bis 16.",
  },
  en: {
    empty: "Enter the official regional key (ARS).",
    invalid_characters: "The official regional key (ARS) must contain digits only.",
    too_short: "The official regional key (ARS) is too short: it has exactly 12 digits.",
    too_long: "The official regional key (ARS) is too long: it has exactly 12 digits.",
    unknown_code:
      "This official regional key (ARS) does not exist: it starts with the code of a German state from 01 to 16.",
  },
};
