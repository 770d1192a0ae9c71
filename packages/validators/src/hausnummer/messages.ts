import type { MessageCatalog } from "../core/types.js";

export type HausnummerIssueCode = "empty" | "invalid_characters" | "too_long" | "invalid_format";

export const hausnummerMessages: MessageCatalog<HausnummerIssueCode> = {
  de: {
    empty: "Bitte geben Sie die Hausnummer ein.",
    invalid_characters: "Die Hausnummer darf nur Ziffern, Buchstaben a bis z, Bindestrich und Schrägstrich enthalten.",
    too_long: "Die Hausnummer ist zu lang: Sie hat höchstens 15 Zeichen.",
    invalid_format: "Bitte geben Sie die Hausnummer wie 12, 12a, 12-14 oder 12/1 ein.",
  },
  en: {
    empty: "Enter the house number.",
    invalid_characters: "The house number may contain digits, letters a to z, hyphens and slashes only.",
    too_long: "The house number is too long: it has at most 15 characters.",
    invalid_format: "Enter the house number like 12, 12a, 12-14 or 12/1.",
  },
};
