import type { MessageCatalog } from "../core/types.js";

export type KfzKennzeichenIssueCode =
  | "empty"
  | "invalid_characters"
  | "too_long"
  | "invalid_format"
  | "unknown_code"
  | "special_plate";

export const kfzKennzeichenMessages: MessageCatalog<KfzKennzeichenIssueCode> = {
  de: {
    empty: "Bitte geben Sie das Kfz-Kennzeichen ein.",
    invalid_characters:
      "Das Kfz-Kennzeichen darf nur Buchstaben (auch Ä, Ö und Ü), Ziffern, Bindestriche und Leerzeichen enthalten.",
    too_long:
      "Das Kfz-Kennzeichen ist zu lang: Es hat höchstens 8 Buchstaben und Ziffern, ein E oder H am Ende nicht mitgezählt.",
    invalid_format:
      "Das Kfz-Kennzeichen hat nicht die erwartete Form: Unterscheidungszeichen aus 1 bis 3 Buchstaben, dann 1 oder 2 Buchstaben und eine Zahl von 1 bis 9999 ohne führende Null, z. B. „F-AB 123“.",
    unknown_code:
      "Das Unterscheidungszeichen des Kfz-Kennzeichens ist nicht vergeben: Es steht für einen Zulassungsbezirk, z. B. „F“ für Frankfurt am Main.",
    special_plate:
      "Sonderkennzeichen (BD, BP, BW, THW, X, Y) werden hier nicht angenommen: Bitte geben Sie ein allgemeines Kfz-Kennzeichen ein, z. B. „F-AB 123“.",
  },
  en: {
    empty: "Enter the vehicle registration number.",
    invalid_characters:
      "The vehicle registration number must contain letters (including Ä, Ö and Ü), digits, hyphens and spaces only.",
    too_long:
      "The vehicle registration number is too long: it has at most 8 letters and digits, not counting a final E or H.",
    invalid_format:
      "The vehicle registration number does not have the expected form: a district code of 1 to 3 letters, then 1 or 2 letters and a number from 1 to 9999 without leading zero, e.g. “F-AB 123”.",
    unknown_code:
      "The district code of the vehicle registration number is not assigned: it stands for a registration district, e.g. “F” for Frankfurt am Main.",
    special_plate:
      "Special plates (BD, BP, BW, THW, X, Y) are not accepted here: enter a general vehicle registration number, e.g. “F-AB 123”.",
  },
};
