import type { MessageCatalog } from "../core/types.js";

/** Codes of the three DIN 91379 kinds; `no_letter` is the policy that a name holds at least one letter. */
export type Din91379IssueCode = "empty" | "invalid_characters" | "too_long" | "no_letter";

// Placeholders, filled in built-in and overriding messages alike: `invalid_characters` fills `{character}` (the first
// character that is not allowed, with the combining marks that follow it; invisible ones as "U+00A0") and
// `{codePoint}` ("U+1F600"); `too_long` fills `{maxLength}`.

/** Messages for data type A, names of natural persons. */
export const din91379AMessages: MessageCatalog<Din91379IssueCode> = {
  de: {
    empty: "Bitte geben Sie den Namen ein.",
    invalid_characters: "Das Zeichen „{character}“ ist in Namen nicht erlaubt.",
    too_long: "Der Name ist zu lang: Er darf höchstens {maxLength} Zeichen haben.",
    no_letter: "Der Name muss mindestens einen Buchstaben enthalten.",
  },
  en: {
    empty: "Enter the name.",
    invalid_characters: "The character “{character}” is not allowed in names.",
    too_long: "The name is too long: it may have at most {maxLength} characters.",
    no_letter: "The name must contain at least one letter.",
  },
};

/** Messages for data type B, street and place names. */
export const din91379BMessages: MessageCatalog<Din91379IssueCode> = {
  de: {
    empty: "Bitte geben Sie den Straßen- oder Ortsnamen ein.",
    invalid_characters: "Das Zeichen „{character}“ ist in Straßen- und Ortsnamen nicht erlaubt.",
    too_long: "Der Straßen- oder Ortsname ist zu lang: Er darf höchstens {maxLength} Zeichen haben.",
    no_letter: "Der Straßen- oder Ortsname muss mindestens einen Buchstaben enthalten.",
  },
  en: {
    empty: "Enter the street or place name.",
    invalid_characters: "The character “{character}” is not allowed in street and place names.",
    too_long: "The street or place name is too long: it may have at most {maxLength} characters.",
    no_letter: "The street or place name must contain at least one letter.",
  },
};

/** Messages for data type C, any text of the normative DIN 91379 characters. */
export const din91379CMessages: MessageCatalog<Din91379IssueCode> = {
  de: {
    empty: "Bitte füllen Sie dieses Feld aus.",
    invalid_characters: "Das Zeichen „{character}“ ist in diesem Feld nicht erlaubt.",
    too_long: "Die Eingabe ist zu lang: Sie darf höchstens {maxLength} Zeichen haben.",
    no_letter: "Die Eingabe muss mindestens einen Buchstaben enthalten.",
  },
  en: {
    empty: "Fill in this field.",
    invalid_characters: "The character “{character}” is not allowed in this field.",
    too_long: "The entry is too long: it may have at most {maxLength} characters.",
    no_letter: "The entry must contain at least one letter.",
  },
};
