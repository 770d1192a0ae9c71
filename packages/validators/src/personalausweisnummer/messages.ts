import type { MessageCatalog } from "../core/types.js";

export type PersonalausweisnummerIssueCode =
  | "empty"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "invalid_format"
  | "invalid_checksum";

export const personalausweisnummerMessages: MessageCatalog<PersonalausweisnummerIssueCode> = {
  de: {
    empty: "Bitte geben Sie die Personalausweisnummer ein.",
    invalid_characters:
      "Die Personalausweisnummer darf nur Ziffern und die Buchstaben C, F, G, H, J, K, L, M, N, P, R, T, V, W, X, Y und Z enthalten. Die Buchstaben O und I kommen nicht vor: Meist ist eine 0 oder eine 1 gemeint.",
    too_short: "Die Personalausweisnummer ist zu kurz: Sie hat 9 Zeichen, mit Prüfziffer 10 Zeichen.",
    too_long: "Die Personalausweisnummer ist zu lang: Sie hat 9 Zeichen, mit Prüfziffer 10 Zeichen.",
    invalid_format:
      "Die Personalausweisnummer hat nicht das richtige Format: Sie beginnt mit einem der Buchstaben L, M, N, P, R, T, V, W, X oder Y. Sie steht oben rechts auf der Vorderseite des Ausweises.",
    invalid_checksum:
      "Die Personalausweisnummer ist ungültig: Die Prüfziffer (das 10. Zeichen) passt nicht zu den ersten 9 Zeichen. Bitte prüfen Sie die Nummer auf Tippfehler.",
  },
  en: {
    empty: "Enter the ID card number.",
    invalid_characters:
      "The ID card number may contain only digits and the letters C, F, G, H, J, K, L, M, N, P, R, T, V, W, X, Y and Z. The letters O and I do not occur: usually a 0 or a 1 is meant.",
    too_short: "The ID card number is too short: it has 9 characters, 10 with the check digit.",
    too_long: "The ID card number is too long: it has 9 characters, 10 with the check digit.",
    invalid_format:
      "The ID card number is not in the right format: it starts with one of the letters L, M, N, P, R, T, V, W, X or Y. It is printed at the top right of the front of the card.",
    invalid_checksum:
      "The ID card number is not valid: the check digit (the 10th character) does not match the first 9 characters. Please check the number for typos.",
  },
};

/**
 * The `too_short` message when the app requires the check digit (option `requireCheckDigit`). An app's own
 * `too_short` message still takes precedence.
 */
export const personalausweisnummerCheckDigitRequiredMessages: MessageCatalog<"too_short"> = {
  de: {
    too_short:
      "Die Personalausweisnummer ist zu kurz: Bitte geben Sie die 9 Zeichen der Nummer und die Prüfziffer ein, zusammen 10 Zeichen. Die Prüfziffer steht auf der Rückseite in der ersten Zeile der maschinenlesbaren Zone direkt hinter der Nummer.",
  },
  en: {
    too_short:
      "The ID card number is too short: enter the 9 characters of the number and the check digit, 10 characters in all. The check digit follows the number in the first line of the machine-readable zone on the back.",
  },
};
