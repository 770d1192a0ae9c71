import type { MessageCatalog } from "../core/types.js";

export type UstIdNrIssueCode =
  | "empty"
  | "invalid_characters"
  | "missing_prefix"
  | "invalid_format"
  | "unknown_country"
  | "too_short"
  | "too_long"
  | "invalid_checksum";

export const ustIdNrMessages: MessageCatalog<UstIdNrIssueCode> = {
  de: {
    empty: "Bitte geben Sie die Umsatzsteuer-Identifikationsnummer ein.",
    invalid_characters:
      "Die Umsatzsteuer-Identifikationsnummer darf nur „DE“, Ziffern und Leerzeichen enthalten, zum Beispiel DE136695976.",
    missing_prefix:
      "Bei der Umsatzsteuer-Identifikationsnummer fehlt die Länderkennung: Sie beginnt mit „DE“, zum Beispiel DE136695976.",
    invalid_format:
      "Die Umsatzsteuer-Identifikationsnummer hat nicht das richtige Format: „DE“ und 9 Ziffern, die erste Ziffer ist nicht 0.",
    unknown_country: "Hier ist nur eine deutsche Umsatzsteuer-Identifikationsnummer möglich: Sie beginnt mit „DE“.",
    too_short: "Die Umsatzsteuer-Identifikationsnummer ist zu kurz: Nach „DE“ folgen genau 9 Ziffern.",
    too_long: "Die Umsatzsteuer-Identifikationsnummer ist zu lang: Nach „DE“ folgen genau 9 Ziffern.",
    invalid_checksum:
      "Die Umsatzsteuer-Identifikationsnummer ist ungültig: Die Prüfziffer stimmt nicht. Bitte prüfen Sie die Ziffern auf Tippfehler.",
  },
  en: {
    empty: "Enter the VAT identification number.",
    invalid_characters:
      "The VAT identification number may contain only “DE”, digits and spaces, for example DE136695976.",
    missing_prefix:
      "The VAT identification number lacks its country code: it starts with “DE”, for example DE136695976.",
    invalid_format:
      "The VAT identification number is not in the right format: “DE” and 9 digits, the first digit not 0.",
    unknown_country: "Only a German VAT identification number is possible here: it starts with “DE”.",
    too_short: "The VAT identification number is too short: “DE” is followed by exactly 9 digits.",
    too_long: "The VAT identification number is too long: “DE” is followed by exactly 9 digits.",
    invalid_checksum:
      "The VAT identification number is not valid: the check digit does not match. Please check for typos.",
  },
};
