import type { MessageCatalog } from "../core/types.js";

export type GlaeubigerIdIssueCode =
  | "empty"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "invalid_format"
  | "unknown_country"
  | "invalid_checksum";

export const glaeubigerIdMessages: MessageCatalog<GlaeubigerIdIssueCode> = {
  de: {
    empty: "Bitte geben Sie die Gläubiger-Identifikationsnummer ein.",
    invalid_characters:
      "Die Gläubiger-Identifikationsnummer darf nur Buchstaben, Ziffern und Leerzeichen enthalten, zum Beispiel DE98ZZZ09999999999.",
    too_short:
      "Die Gläubiger-Identifikationsnummer ist zu kurz: Sie hat genau 18 Zeichen, zum Beispiel DE98ZZZ09999999999.",
    too_long:
      "Die Gläubiger-Identifikationsnummer ist zu lang: Sie hat genau 18 Zeichen, zum Beispiel DE98ZZZ09999999999.",
    invalid_format:
      "Die Gläubiger-Identifikationsnummer hat nicht das richtige Format: „DE“, 2 Prüfziffern, 3 Zeichen Geschäftsbereich (meist ZZZ) und 11 Ziffern.",
    unknown_country: "Hier ist nur eine deutsche Gläubiger-Identifikationsnummer möglich: Sie beginnt mit „DE“.",
    invalid_checksum:
      "Die Gläubiger-Identifikationsnummer ist ungültig: Die Prüfziffern stimmen nicht. Bitte prüfen Sie die Nummer auf Tippfehler.",
  },
  en: {
    empty: "Enter the SEPA creditor identifier (Gläubiger-ID).",
    invalid_characters:
      "The creditor identifier may contain only letters, digits and spaces, for example DE98ZZZ09999999999.",
    too_short: "The creditor identifier is too short: it has exactly 18 characters, for example DE98ZZZ09999999999.",
    too_long: "The creditor identifier is too long: it has exactly 18 characters, for example DE98ZZZ09999999999.",
    invalid_format:
      "The creditor identifier is not in the right format: “DE”, 2 check digits, 3 characters for the business code (usually ZZZ) and 11 digits.",
    unknown_country: "Only a German creditor identifier is possible here: it starts with “DE”.",
    invalid_checksum: "The creditor identifier is not valid: the check digits do not match. Please check for typos.",
  },
};
