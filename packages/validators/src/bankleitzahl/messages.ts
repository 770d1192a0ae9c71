import type { MessageCatalog } from "../core/types.js";

export type BankleitzahlIssueCode = "empty" | "invalid_characters" | "too_short" | "too_long" | "unknown_code";

export const bankleitzahlMessages: MessageCatalog<BankleitzahlIssueCode> = {
  de: {
    empty: "Bitte geben Sie die Bankleitzahl ein.",
    invalid_characters: "Die Bankleitzahl darf nur Ziffern und Leerzeichen enthalten, zum Beispiel 370 400 44.",
    too_short: "Die Bankleitzahl ist zu kurz: Sie besteht aus genau 8 Ziffern.",
    too_long: "Die Bankleitzahl ist zu lang: Sie besteht aus genau 8 Ziffern.",
    unknown_code: "Diese Bankleitzahl gibt es nicht: Eine Bankleitzahl beginnt mit einer Ziffer von 1 bis 8.",
  },
  en: {
    empty: "Enter the bank code (Bankleitzahl).",
    invalid_characters: "The bank code may contain only digits and spaces, for example 370 400 44.",
    too_short: "The bank code is too short: it has exactly 8 digits.",
    too_long: "The bank code is too long: it has exactly 8 digits.",
    unknown_code: "This bank code does not exist: a German bank code starts with a digit from 1 to 8.",
  },
};
