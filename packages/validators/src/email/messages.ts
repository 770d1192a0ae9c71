import type { MessageCatalog } from "../core/types.js";

export type EmailIssueCode =
  | "empty"
  | "invalid_characters"
  | "too_long"
  | "missing_at"
  | "invalid_format"
  | "invalid_domain";

export const emailMessages: MessageCatalog<EmailIssueCode> = {
  de: {
    empty: "Bitte geben Sie die E-Mail-Adresse ein.",
    invalid_characters:
      "Die E-Mail-Adresse enthält ein Zeichen, das nicht erlaubt ist, z. B. ein Leerzeichen, ein Anführungszeichen oder vor dem @ einen Umlaut.",
    too_long: "Die E-Mail-Adresse ist zu lang: Sie hat höchstens 254 Zeichen, davon höchstens 64 vor dem @.",
    missing_at: "Die E-Mail-Adresse muss ein @ enthalten, z. B. name@beispiel.de.",
    invalid_format:
      "Die E-Mail-Adresse hat nicht das erwartete Format: Sie enthält genau ein @ mit einem Namen davor, z. B. name@beispiel.de.",
    invalid_domain:
      "Der Teil der E-Mail-Adresse nach dem @ ist keine gültige Domain: Sie besteht aus Teilen mit Buchstaben, Ziffern und Bindestrichen, getrennt durch Punkte, z. B. beispiel.de.",
  },
  en: {
    empty: "Enter the email address.",
    invalid_characters:
      "The email address contains a character that is not allowed, e.g. a space, a quotation mark or an accented letter before the @.",
    too_long: "The email address is too long: it has at most 254 characters, at most 64 of them before the @.",
    missing_at: "The email address must contain an @, e.g. name@example.com.",
    invalid_format:
      "The email address is not in the expected format: it contains exactly one @ with a name before it, e.g. name@example.com.",
    invalid_domain:
      "The part of the email address after the @ is not a valid domain: it consists of parts of letters, digits and hyphens, separated by dots, e.g. example.com.",
  },
};
