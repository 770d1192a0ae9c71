import type { MessageCatalog } from "../core/types.js";

export type PostleitzahlIssueCode = "empty" | "invalid_characters" | "too_short" | "too_long" | "unknown_code";

export const postleitzahlMessages: MessageCatalog<PostleitzahlIssueCode> = {
  de: {
    empty: "Bitte geben Sie die Postleitzahl ein.",
    invalid_characters: "Die Postleitzahl darf nur Ziffern enthalten.",
    too_short: "Die Postleitzahl ist zu kurz: Sie besteht aus genau 5 Ziffern.",
    too_long: "Die Postleitzahl ist zu lang: Sie besteht aus genau 5 Ziffern.",
    unknown_code: "Diese Postleitzahl gibt es nicht: Sie beginnt mit einer nicht vergebenen Leitregion.",
  },
  en: {
    empty: "Enter the postcode.",
    invalid_characters: "The postcode must contain digits only.",
    too_short: "The postcode is too short: it has exactly 5 digits.",
    too_long: "The postcode is too long: it has exactly 5 digits.",
    unknown_code: "This postcode does not exist: it starts with an unassigned postal region.",
  },
};
