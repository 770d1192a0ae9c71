import type { MessageCatalog } from "../core/types.js";

export type TelefonnummerIssueCode =
  | "empty"
  | "invalid_characters"
  | "invalid_format"
  | "unknown_country"
  | "too_short"
  | "too_long"
  | "unknown_code"
  | "not_mobile"
  | "not_fixed_line";

export const telefonnummerMessages: MessageCatalog<TelefonnummerIssueCode> = {
  de: {
    empty: "Bitte geben Sie die Telefonnummer ein.",
    invalid_characters:
      "Die Telefonnummer darf nur Ziffern, ein + am Anfang und die Trennzeichen Leerzeichen, - / ( ) enthalten.",
    invalid_format:
      "Die Telefonnummer hat nicht das erwartete Format: Geben Sie sie mit Vorwahl ein, z. B. 0641 30600 oder +49 641 30600 (nach +49 ohne die 0 der Vorwahl).",
    unknown_country: "Bitte geben Sie eine deutsche Telefonnummer ein: Sie beginnt mit 0, +49 oder 0049.",
    too_short:
      "Die Telefonnummer ist zu kurz: Eine deutsche Rufnummer hat mit Vorwahl, aber ohne die 0 am Anfang, mindestens 6 Ziffern, eine Mobilfunknummer mindestens 10.",
    too_long:
      "Die Telefonnummer ist zu lang: Eine deutsche Rufnummer hat mit Vorwahl, aber ohne die 0 am Anfang, höchstens 11 Ziffern.",
    unknown_code:
      "Diese Telefonnummer gibt es nicht: Vorwahl und Länge passen nicht zum deutschen Nummernplan. Bitte prüfen Sie die Nummer.",
    not_mobile: "Bitte geben Sie eine Mobilfunknummer ein, z. B. 0170 12345678.",
    not_fixed_line: "Bitte geben Sie eine Festnetznummer mit Ortsvorwahl ein, z. B. 0641 30600.",
  },
  en: {
    empty: "Enter the phone number.",
    invalid_characters: "The phone number must contain only digits, a leading + and the separators space, - / ( ).",
    invalid_format:
      "The phone number is not in the expected format: enter it with the area code, e.g. 0641 30600 or +49 641 30600 (after +49 without the 0 of the area code).",
    unknown_country: "Enter a German phone number: it starts with 0, +49 or 0049.",
    too_short:
      "The phone number is too short: a German number has at least 6 digits with the area code but without the leading 0, a mobile number at least 10.",
    too_long:
      "The phone number is too long: a German number has at most 11 digits with the area code but without the leading 0.",
    unknown_code:
      "This phone number does not exist: its area code and length do not match the German numbering plan. Check the number.",
    not_mobile: "Enter a mobile phone number, e.g. 0170 12345678.",
    not_fixed_line: "Enter a landline number with its area code, e.g. 0641 30600.",
  },
};
