import type { MessageCatalog } from "../core/types.js";

export type RentenversicherungsnummerIssueCode =
  | "empty"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "invalid_format"
  | "unknown_code"
  | "invalid_checksum";

export const rentenversicherungsnummerMessages: MessageCatalog<RentenversicherungsnummerIssueCode> = {
  de: {
    empty: "Bitte geben Sie die Rentenversicherungsnummer ein.",
    invalid_characters:
      "Die Rentenversicherungsnummer darf nur Ziffern, einen Buchstaben von A bis Z und Leerzeichen enthalten. Statt eines Umlauts steht der Grundbuchstabe, zum Beispiel A für Ä.",
    too_short: "Die Rentenversicherungsnummer ist zu kurz: Sie hat 12 Zeichen, 11 Ziffern und einen Buchstaben.",
    too_long: "Die Rentenversicherungsnummer ist zu lang: Sie hat 12 Zeichen, 11 Ziffern und einen Buchstaben.",
    invalid_format:
      "Die Rentenversicherungsnummer hat nicht das richtige Format: Auf 8 Ziffern folgen der Anfangsbuchstabe des Geburtsnamens und 3 Ziffern.",
    unknown_code:
      "Die Rentenversicherungsnummer ist ungültig: Die ersten beiden Ziffern (die Bereichsnummer) gehören zu keinem Rentenversicherungsträger.",
    invalid_checksum:
      "Die Rentenversicherungsnummer ist ungültig: Die Prüfziffer (die letzte Ziffer) stimmt nicht. Bitte prüfen Sie die Nummer auf Tippfehler.",
  },
  en: {
    empty: "Enter the pension insurance number.",
    invalid_characters:
      "The pension insurance number may contain only digits, one letter from A to Z and spaces. An umlaut is written as its base letter, for example A for Ä.",
    too_short: "The pension insurance number is too short: it has 12 characters, 11 digits and one letter.",
    too_long: "The pension insurance number is too long: it has 12 characters, 11 digits and one letter.",
    invalid_format:
      "The pension insurance number is not in the right format: 8 digits are followed by the first letter of the birth name and 3 digits.",
    unknown_code:
      "The pension insurance number is not valid: its first two digits (the area number) belong to no pension insurance institution.",
    invalid_checksum:
      "The pension insurance number is not valid: the check digit (the last digit) does not match. Please check the number for typos.",
  },
};
