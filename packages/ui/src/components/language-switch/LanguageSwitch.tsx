import { forwardRef, type HTMLAttributes } from "react";
import { classNames } from "../../internal/class-names.js";
import { type Locale, type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { Link } from "../link/Link.js";
import { type LanguageSwitchText, languageSwitchMessages } from "./messages.js";

/** The versions of a page: German, English and German in Leichte Sprache (Easy Read). */
export type LanguageVersion = Locale | "leichteSprache";

/** The addresses of the same page in each version; a version without an address is left out. */
export interface LanguageSwitchLinks {
  de?: string | undefined;
  en?: string | undefined;
  leichteSprache?: string | undefined;
}

export interface LanguageSwitchProps extends HTMLAttributes<HTMLElement>, LocalizedProps<LanguageSwitchText> {
  /** The version the page is in: shown in its place as text, not as a link, marked `aria-current="true"`. */
  current: LanguageVersion;
  /** Where the page is in the other versions. */
  links: LanguageSwitchLinks;
}

const VERSIONS: LanguageVersion[] = ["de", "en", "leichteSprache"];

/**
 * Links to the same page in Deutsch, English and Leichte Sprache, in a `<nav>` named „Sprache wählen“ / "Choose
 * language". Each language is named in itself and marked with `lang` (so screen readers pronounce „Deutsch“ in
 * German on an English page) and `hrefLang`; Leichte Sprache is German (`hrefLang="de"`), labelled in the page's
 * language. The current version is text with `aria-current="true"`, not a link. Keyboard: Tab moves through the
 * links, Enter follows one.
 */
export const LanguageSwitch = /* @__PURE__ */ forwardRef<HTMLElement, LanguageSwitchProps>(function LanguageSwitch(
  { current, links, locale, messages, className, ...rest },
  ref,
) {
  const text = uiMessages(languageSwitchMessages, { locale, messages });
  return (
    <nav ref={ref} className={classNames("dk-language-switch", className)} aria-label={text.label} {...rest}>
      <ul className="dk-language-switch__list">
        {VERSIONS.map((version) => {
          const href = links[version];
          if (version !== current && href === undefined) return null;
          // Deutsch and English are named in themselves; the Easy Read label is in the page's language.
          const lang = version === "leichteSprache" ? (locale ?? "de") : version;
          return (
            <li key={version} className="dk-language-switch__item">
              {version === current ? (
                <span className="dk-language-switch__current" lang={lang} aria-current="true">
                  {text[version]}
                </span>
              ) : (
                <Link
                  href={href as string}
                  className="dk-language-switch__link"
                  noVisitedState
                  lang={lang}
                  hrefLang={version === "en" ? "en" : "de"}
                >
                  {text[version]}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
});
