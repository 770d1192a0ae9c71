import type { MessageCatalog } from "../core/types.js";

export type LeitwegIdIssueCode =
  | "empty"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "invalid_format"
  | "unknown_code"
  | "invalid_checksum";

export const leitwegIdMessages: MessageCatalog<LeitwegIdIssueCode> = {
  de: {
    empty: "Bitte geben Sie die Leitweg-ID ein.",
    invalid_characters: "Die Leitweg-ID darf nur Ziffern, Buchstaben von A bis Z und Bindestriche enthalten.",
    too_short: "Die Leitweg-ID ist zu kurz: Sie hat mit Bindestrichen mindestens 5 Zeichen.",
    too_long: "Die Leitweg-ID ist zu lang: Sie hat mit Bindestrichen höchstens 46 Zeichen.",
    invalid_format:
      "Die Leitweg-ID hat nicht die erwartete Form: 2 bis 12 Ziffern, optional ein Bindestrich und bis zu 30 Ziffern oder Buchstaben, dann ein Bindestrich und 2 Prüfziffern, z. B. „991-03730-19“.",
    unknown_code:
      "Die Leitweg-ID beginnt nicht mit einer gültigen Kennzahl: Die ersten beiden Ziffern sind 01 bis 16 für ein Land oder 99 für den Bund.",
    invalid_checksum: "Die Prüfziffern der Leitweg-ID stimmen nicht: Bitte prüfen Sie die Eingabe auf Tippfehler.",
  },
  en: {
    empty: "Enter the Leitweg-ID.",
    invalid_characters: "The Leitweg-ID must contain digits, letters A to Z and hyphens only.",
    too_short: "The Leitweg-ID is too short: it has at least 5 characters including hyphens.",
    too_long: "The Leitweg-ID is too long: it has at most 46 characters including hyphens.",
    invalid_format:
      "The Leitweg-ID does not have the expected form: 2 to 12 digits, optionally a hyphen and up to 30 digits or letters, then a hyphen and 2 check digits, e.g. “991-03730-19”.",
    unknown_code:
      "The Leitweg-ID does not start with a valid code: the first two digits are 01 to 16 for a German state or 99 for the federal government.",
    invalid_checksum: "The check digits of the Leitweg-ID do not match: check the input for typing errors.",
  },
};
