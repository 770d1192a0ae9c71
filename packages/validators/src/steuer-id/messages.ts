import type { MessageCatalog } from "../core/types.js";

export type SteuerIdIssueCode =
  | "empty"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "invalid_format"
  | "invalid_digit_repetition"
  | "invalid_checksum";

export const steuerIdMessages: MessageCatalog<SteuerIdIssueCode> = {
  de: {
    empty: "Bitte geben Sie die Steuerliche Identifikationsnummer ein.",
    invalid_characters: "Die Steuerliche Identifikationsnummer darf nur Ziffern und Leerzeichen enthalten.",
    too_short: "Die Steuerliche Identifikationsnummer ist zu kurz: Sie besteht aus genau 11 Ziffern.",
    too_long: "Die Steuerliche Identifikationsnummer ist zu lang: Sie besteht aus genau 11 Ziffern.",
    invalid_format: "Die Steuerliche Identifikationsnummer ist ungültig: Sie beginnt nie mit einer 0.",
    invalid_digit_repetition:
      "Die Steuerliche Identifikationsnummer ist ungültig: Eine solche Ziffernfolge wird nicht vergeben. Bitte prüfen Sie die Ziffern auf Tippfehler.",
    invalid_checksum:
      "Die Steuerliche Identifikationsnummer ist ungültig: Die Prüfziffer stimmt nicht. Bitte prüfen Sie die Ziffern auf Tippfehler.",
  },
  en: {
    empty: "Enter the tax identification number (Steuer-ID).",
    invalid_characters: "The tax identification number must contain digits and spaces only.",
    too_short: "The tax identification number is too short: it has exactly 11 digits.",
    too_long: "The tax identification number is too long: it has exactly 11 digits.",
    invalid_format: "The tax identification number is not valid: it never starts with 0.",
    invalid_digit_repetition:
      "The tax identification number is not valid: no number is issued with this sequence of digits. Please check for typos.",
    invalid_checksum:
      "The tax identification number is not valid: the check digit does not match. Please check for typos.",
  },
};
