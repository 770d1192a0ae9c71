import type { MessageCatalog } from "../core/types.js";

export type IbanIssueCode =
  | "empty"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "invalid_format"
  | "unknown_country"
  | "invalid_checksum";

export const ibanMessages: MessageCatalog<IbanIssueCode> = {
  de: {
    empty: "Bitte geben Sie die IBAN ein.",
    invalid_characters:
      "Die IBAN darf nur Buchstaben, Ziffern und Leerzeichen enthalten, zum Beispiel DE89 3704 0044 0532 0130 00.",
    too_short:
      "Die IBAN ist zu kurz: Die Länge hängt vom Land ab, eine deutsche IBAN hat 22 Zeichen. Bitte prüfen Sie, ob Zeichen fehlen.",
    too_long:
      "Die IBAN ist zu lang: Die Länge hängt vom Land ab, eine deutsche IBAN hat 22 Zeichen. Bitte prüfen Sie, ob Zeichen doppelt sind.",
    invalid_format:
      "Die IBAN hat nicht das richtige Format: Sie beginnt mit dem Ländercode (zum Beispiel DE) und zwei Prüfziffern, danach folgen Bank und Konto im Aufbau des Landes.",
    unknown_country:
      "Diese IBAN ist hier nicht möglich: Angenommen werden IBANs aus den Ländern des SEPA-Zahlungsraums.",
    invalid_checksum: "Die IBAN ist ungültig: Die Prüfziffern stimmen nicht. Bitte prüfen Sie die IBAN auf Tippfehler.",
  },
  en: {
    empty: "Enter the IBAN.",
    invalid_characters:
      "The IBAN may contain only letters, digits and spaces, for example DE89 3704 0044 0532 0130 00.",
    too_short:
      "The IBAN is too short: its length depends on the country, a German IBAN has 22 characters. Please check for missing characters.",
    too_long:
      "The IBAN is too long: its length depends on the country, a German IBAN has 22 characters. Please check for repeated characters.",
    invalid_format:
      "The IBAN is not in the right format: it starts with the country code (for example DE) and two check digits, followed by bank and account in the country's layout.",
    unknown_country: "This IBAN is not possible here: IBANs from the countries of the SEPA payment area are accepted.",
    invalid_checksum: "The IBAN is not valid: the check digits do not match. Please check the IBAN for typos.",
  },
};
