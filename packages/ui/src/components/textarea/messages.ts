import type { UiMessages } from "../../internal/i18n.js";

/** What a CharacterCount counts: characters (`maxLength`) or words (`maxWords`). */
export type CharacterCountUnit = "characters" | "words";

/**
 * Built-in texts of CharacterCount. `…Limit` is the static hint in the server HTML (`{max}`); the others are the
 * live count (`{count}`), with a singular (`One`, for exactly 1) and a plural (`Other`) form.
 */
export type CharacterCountText =
  | `${CharacterCountUnit}Limit`
  | `${CharacterCountUnit}${"UnderLimit" | "OverLimit"}${"One" | "Other"}`;

export const characterCountMessages: UiMessages<CharacterCountText> = {
  de: {
    charactersLimit: "Sie können bis zu {max} Zeichen eingeben",
    charactersUnderLimitOne: "Sie haben noch {count} Zeichen übrig",
    charactersUnderLimitOther: "Sie haben noch {count} Zeichen übrig",
    charactersOverLimitOne: "Sie haben {count} Zeichen zu viel",
    charactersOverLimitOther: "Sie haben {count} Zeichen zu viel",
    wordsLimit: "Sie können bis zu {max} Wörter eingeben",
    wordsUnderLimitOne: "Sie haben noch {count} Wort übrig",
    wordsUnderLimitOther: "Sie haben noch {count} Wörter übrig",
    wordsOverLimitOne: "Sie haben {count} Wort zu viel",
    wordsOverLimitOther: "Sie haben {count} Wörter zu viel",
  },
  en: {
    charactersLimit: "You can enter up to {max} characters",
    charactersUnderLimitOne: "You have {count} character remaining",
    charactersUnderLimitOther: "You have {count} characters remaining",
    charactersOverLimitOne: "You have {count} character too many",
    charactersOverLimitOther: "You have {count} characters too many",
    wordsLimit: "You can enter up to {max} words",
    wordsUnderLimitOne: "You have {count} word remaining",
    wordsUnderLimitOther: "You have {count} words remaining",
    wordsOverLimitOne: "You have {count} word too many",
    wordsOverLimitOther: "You have {count} words too many",
  },
};
