import type { MessageCatalog } from "../core/types.js";

export type BicIssueCode =
  | "empty"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "invalid_format"
  | "unknown_country";

export const bicMessages: MessageCatalog<BicIssueCode> = {
  de: {
    empty: "Bitte geben Sie den BIC ein.",
    invalid_characters: "Der BIC darf nur Buchstaben und Ziffern enthalten, zum Beispiel COBADEFFXXX.",
    too_short: "Der BIC ist zu kurz: Er hat 8 oder 11 Zeichen, zum Beispiel COBADEFF oder COBADEFFXXX.",
    too_long: "Der BIC ist zu lang: Er hat 8 oder 11 Zeichen, zum Beispiel COBADEFF oder COBADEFFXXX.",
    invalid_format:
      "Der BIC hat nicht das richtige Format: 4 Buchstaben für die Bank, 2 Buchstaben für das Land, 2 Zeichen für den Ort und wahlweise 3 Zeichen für die Filiale (8 oder 11 Zeichen).",
    unknown_country: "Der BIC ist ungültig: Die Zeichen 5 und 6 sind kein Ländercode (zum Beispiel DE).",
  },
  en: {
    empty: "Enter the BIC.",
    invalid_characters: "The BIC may contain only letters and digits, for example COBADEFFXXX.",
    too_short: "The BIC is too short: it has 8 or 11 characters, for example COBADEFF or COBADEFFXXX.",
    too_long: "The BIC is too long: it has 8 or 11 characters, for example COBADEFF or COBADEFFXXX.",
    invalid_format:
      "The BIC is not in the right format: 4 letters for the bank, 2 letters for the country, 2 characters for the location and optionally 3 characters for the branch (8 or 11 characters).",
    unknown_country: "The BIC is not valid: characters 5 and 6 are not a country code (for example DE).",
  },
};
