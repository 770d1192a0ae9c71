import type { MessageCatalog } from "../core/types.js";

export type AgsIssueCode = "empty" | "invalid_characters" | "too_short" | "too_long" | "unknown_code";

export const agsMessages: MessageCatalog<AgsIssueCode> = {
  de: {
    empty: "Bitte geben Sie den Amtlichen Gemeindeschlüssel ein.",
    invalid_characters: "Der Amtliche Gemeindeschlüssel darf nur Ziffern enthalten.",
    too_short: "Der Amtliche Gemeindeschlüssel ist zu kurz: Er besteht aus genau 8 Ziffern.",
    too_long: "Der Amtliche Gemeindeschlüssel ist zu lang: Er besteht aus genau 8 Ziffern.",
    unknown_code:
      "Diesen Amtlichen Gemeindeschlüssel gibt es nicht: Er beginnt mit der Kennzahl eines Landes von 01 bis 16.",
  },
  en: {
    empty: "Enter the official municipality key (AGS).",
    invalid_characters: "The official municipality key (AGS) must contain digits only.",
    too_short: "The official municipality key (AGS) is too short: it has exactly 8 digits.",
    too_long: "The official municipality key (AGS) is too long: it has exactly 8 digits.",
    unknown_code:
      "This official municipality key (AGS) does not exist: it starts with the code of a German state from 01 to 16.",
  },
};
