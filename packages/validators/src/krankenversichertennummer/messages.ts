import type { MessageCatalog } from "../core/types.js";

export type KrankenversichertennummerIssueCode =
  | "empty"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "invalid_format"
  | "invalid_checksum";

export const krankenversichertennummerMessages: MessageCatalog<KrankenversichertennummerIssueCode> = {
  de: {
    empty: "Bitte geben Sie die Krankenversichertennummer ein.",
    invalid_characters:
      "Die Krankenversichertennummer darf nur einen Buchstaben von A bis Z, Ziffern und Leerzeichen enthalten.",
    too_short:
      "Die Krankenversichertennummer ist zu kurz: Sie hat 10 Zeichen, einen Buchstaben und 9 Ziffern. Sie steht auf der Vorderseite der Gesundheitskarte.",
    too_long:
      "Die Krankenversichertennummer ist zu lang: Sie hat 10 Zeichen, einen Buchstaben und 9 Ziffern. Die Kennung der Krankenkasse gehört nicht dazu.",
    invalid_format:
      "Die Krankenversichertennummer hat nicht das richtige Format: Sie beginnt mit einem Buchstaben, danach folgen 9 Ziffern.",
    invalid_checksum:
      "Die Krankenversichertennummer ist ungültig: Die Prüfziffer (die letzte Ziffer) stimmt nicht. Bitte prüfen Sie die Nummer auf Tippfehler.",
  },
  en: {
    empty: "Enter the health insurance number.",
    invalid_characters: "The health insurance number may contain only one letter from A to Z, digits and spaces.",
    too_short:
      "The health insurance number is too short: it has 10 characters, one letter and 9 digits. It is printed on the front of the health card.",
    too_long:
      "The health insurance number is too long: it has 10 characters, one letter and 9 digits. The health insurer's code is not part of it.",
    invalid_format:
      "The health insurance number is not in the right format: it starts with a letter followed by 9 digits.",
    invalid_checksum:
      "The health insurance number is not valid: the check digit (the last digit) does not match. Please check the number for typos.",
  },
};
