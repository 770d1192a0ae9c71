import type { Din91379IssueCode } from "../din-91379/index.js";

type NameFieldMessages = Record<"de" | "en", Record<Din91379IssueCode, string>>;

/**
 * DIN 91379 messages for one named field, so that "Das Zeichen „@“ ist im Familiennamen nicht erlaubt."
 * names the field the citizen has to correct. `{character}` and `{maxLength}` are filled by the kind.
 */
function nameField(de: { the: string; in: string; enter: string }, en: string): NameFieldMessages {
  const capital = de.the.charAt(0).toUpperCase() + de.the.slice(1);
  return {
    de: {
      empty: `Bitte geben Sie ${de.enter} ein.`,
      invalid_characters: `Das Zeichen „{character}“ ist ${de.in} nicht erlaubt.`,
      too_long: `${capital} ist zu lang: höchstens {maxLength} Zeichen.`,
      no_letter: `${capital} muss mindestens einen Buchstaben enthalten.`,
    },
    en: {
      empty: `Enter the ${en}.`,
      invalid_characters: `The character “{character}” is not allowed in the ${en}.`,
      too_long: `The ${en} is too long: at most {maxLength} characters.`,
      no_letter: `The ${en} must contain at least one letter.`,
    },
  };
}

export const streetMessages = /* @__PURE__ */ nameField(
  { the: "die Straße", in: "im Straßennamen", enter: "die Straße" },
  "street",
);
export const placeMessages = /* @__PURE__ */ nameField(
  { the: "der Ort", in: "im Ortsnamen", enter: "den Ort" },
  "town or city",
);
export const givenNamesMessages = /* @__PURE__ */ nameField(
  { the: "der Vorname", in: "im Vornamen", enter: "Ihren Vornamen oder Ihre Vornamen" },
  "given names",
);
export const familyNameMessages = /* @__PURE__ */ nameField(
  { the: "der Familienname", in: "im Familiennamen", enter: "den Familiennamen" },
  "family name",
);
export const birthNameMessages = /* @__PURE__ */ nameField(
  { the: "der Geburtsname", in: "im Geburtsnamen", enter: "den Geburtsnamen" },
  "birth name",
);
export const accountHolderMessages = /* @__PURE__ */ nameField(
  { the: "der Name des Kontoinhabers", in: "im Namen des Kontoinhabers", enter: "den Namen des Kontoinhabers" },
  "account holder's name",
);
