import type { MessageCatalog } from "../core/types.js";

export type SteuernummerIssueCode =
  | "empty"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "invalid_format"
  | "unknown_code"
  | "land_mismatch";

/** `land_mismatch` fills `{land}` (the Land's name), `{length}` (digits of its regional form) and `{example}`. */
export const steuernummerMessages: MessageCatalog<SteuernummerIssueCode> = {
  de: {
    empty: "Bitte geben Sie die Steuernummer ein.",
    invalid_characters: "Die Steuernummer darf nur Ziffern, Leerzeichen und Schrägstriche enthalten.",
    too_short:
      "Die Steuernummer ist zu kurz: Sie hat je nach Bundesland 10 oder 11 Ziffern, im bundeseinheitlichen Format 13 Ziffern.",
    too_long: "Die Steuernummer ist zu lang: Sie hat höchstens 13 Ziffern (bundeseinheitliches Format).",
    invalid_format:
      "Die Steuernummer hat nicht das richtige Format: Sie hat je nach Bundesland 10 oder 11 Ziffern oder im bundeseinheitlichen Format 13 Ziffern mit einer 0 an fünfter Stelle.",
    unknown_code:
      "Die Steuernummer ist ungültig: Eine 13-stellige Steuernummer beginnt mit der Kennzahl eines Bundeslandes, diese Kennzahl gibt es nicht.",
    land_mismatch:
      "Die Steuernummer passt nicht zum Bundesland {land}: Dort hat sie {length} Ziffern, zum Beispiel {example}, oder im bundeseinheitlichen Format 13 Ziffern.",
  },
  en: {
    empty: "Enter the tax number (Steuernummer).",
    invalid_characters: "The tax number may contain only digits, spaces and slashes.",
    too_short:
      "The tax number is too short: it has 10 or 11 digits depending on the federal state, or 13 digits in the nationwide format.",
    too_long: "The tax number is too long: it has at most 13 digits (nationwide format).",
    invalid_format:
      "The tax number is not in the right format: it has 10 or 11 digits depending on the federal state, or 13 digits with a 0 in fifth position in the nationwide format.",
    unknown_code:
      "The tax number is not valid: a 13-digit tax number starts with the code of a federal state, and this code does not exist.",
    land_mismatch:
      "The tax number does not match the federal state {land}: there it has {length} digits, for example {example}, or 13 digits in the nationwide format.",
  },
};
