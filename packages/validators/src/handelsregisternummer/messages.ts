import type { MessageCatalog } from "../core/types.js";

export type HandelsregisternummerIssueCode =
  | "empty"
  | "invalid_characters"
  | "too_long"
  | "invalid_format"
  | "unknown_code";

export const handelsregisternummerMessages: MessageCatalog<HandelsregisternummerIssueCode> = {
  de: {
    empty: "Bitte geben Sie die Registernummer ein.",
    invalid_characters:
      "Die Registernummer darf nur Buchstaben von A bis Z, Ziffern und Leerzeichen enthalten, z. B. „HRB 12345“.",
    too_long: "Die Registernummer ist zu lang: Die Nummer hat höchstens 6 Ziffern.",
    invalid_format:
      "Die Registernummer hat nicht die erwartete Form: Registerart, Nummer von 1 bis 999999 ohne führende Null und gegebenenfalls ein Zusatz aus bis zu 3 Buchstaben, z. B. „HRB 12345“ oder „HRB 12345 B“. Das Registergericht gehört nicht in dieses Feld.",
    unknown_code: "Die Registerart der Registernummer ist unbekannt: Möglich sind HRA, HRB, GnR, GsR, PR und VR.",
  },
  en: {
    empty: "Enter the register number.",
    invalid_characters: "The register number must contain letters A to Z, digits and spaces only, e.g. “HRB 12345”.",
    too_long: "The register number is too long: the number has at most 6 digits.",
    invalid_format:
      "The register number does not have the expected form: register type, a number from 1 to 999999 without leading zero and, where used, a suffix of up to 3 letters, e.g. “HRB 12345” or “HRB 12345 B”. The register court does not belong in this field.",
    unknown_code: "The register type of the register number is unknown: it is one of HRA, HRB, GnR, GsR, PR and VR.",
  },
};

export type RegistergerichtIssueCode = "empty" | "invalid_characters" | "too_long" | "unknown_code";

export const registergerichtMessages: MessageCatalog<RegistergerichtIssueCode> = {
  de: {
    empty: "Bitte geben Sie das Registergericht ein.",
    invalid_characters:
      "Das Registergericht darf nur Buchstaben, Leerzeichen, Bindestriche, Punkte, Schrägstriche und Klammern enthalten.",
    too_long: "Der Name des Registergerichts ist zu lang: Er hat höchstens 60 Zeichen.",
    unknown_code:
      "Dieses Registergericht ist nicht bekannt: Bitte geben Sie das Amtsgericht an, das das Register führt, z. B. „Gießen“.",
  },
  en: {
    empty: "Enter the register court.",
    invalid_characters: "The register court must contain letters, spaces, hyphens, dots, slashes and brackets only.",
    too_long: "The name of the register court is too long: it has at most 60 characters.",
    unknown_code: "This register court is not known: enter the local court that keeps the register, e.g. “Gießen”.",
  },
};
