export {
  LanguageSwitch,
  type LanguageSwitchLinks,
  type LanguageSwitchProps,
  type LanguageVersion,
} from "./LanguageSwitch.js";
export type { LanguageSwitchText } from "./messages.js";
