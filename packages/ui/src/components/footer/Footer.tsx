import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { fillPlaceholders, type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import type { CityBrand, CityLinks } from "../header/city-brand.js";
import { Link } from "../link/Link.js";
import { type FooterText, footerMessages } from "./messages.js";

/** A further link in the footer's navigation, e.g. „Barriere melden“ or „Cookie-Einstellungen“. */
export interface FooterLink {
  /** The link text. */
  text: ReactNode;
  /** The page's address. */
  href: string;
  /** Language of `text` when it differs from the page's, e.g. `"de"` for German text on an English page. */
  lang?: string | undefined;
  /** Language of the linked page when it differs from the page's (`hrefLang`). */
  hrefLang?: string | undefined;
}

export interface FooterProps extends HTMLAttributes<HTMLElement>, LocalizedProps<FooterText> {
  /** The city: its `links` fill the footer's navigation and its `name` the copyright line. */
  brand?: CityBrand | undefined;
  /**
   * The addresses of the legally required and service pages, when there is no `brand` or to replace its `links`.
   * Links without an address are left out; Impressum, Datenschutz and Erklärung zur Barrierefreiheit are required.
   */
  links?: CityLinks | undefined;
  /** Further links after the built-in ones, e.g. „Barriere melden“ (the feedback mechanism of BITV 2.0 § 7). */
  moreLinks?: FooterLink[] | undefined;
  /**
   * Language of the Impressum, Datenschutz, Barrierefreiheit and Kontakt pages when it differs from the page's, e.g.
   * `"de"` on an English page whose legal pages exist only in German (sets their `hrefLang`). The Leichte Sprache and
   * Gebärdensprache pages are always marked `hrefLang="de"`.
   */
  legalPagesLang?: string | undefined;
  /** Who the copyright line names (default: `brand.name`), e.g. „Universitätsstadt Gießen“. */
  owner?: string | undefined;
  /**
   * The year of the copyright line „© 2026 Universitätsstadt Gießen“. There is no default from the clock: server and
   * browser could disagree at New Year and break hydration. Without a year (or an owner) the line is left out.
   */
  year?: number | undefined;
  /** Free content above the links: address, opening hours, social-media links. */
  children?: ReactNode | undefined;
}

type BuiltInLink = Exclude<FooterText, "label" | "copyright">;

/** The built-in links in their order, with the fixed language of the linked page where there is one. */
const BUILT_IN: Array<[BuiltInLink, "de" | undefined]> = [
  ["impressum", undefined],
  ["datenschutz", undefined],
  ["barrierefreiheit", undefined],
  ["leichteSprache", "de"],
  ["gebaerdensprache", "de"],
  ["kontakt", undefined],
];

/**
 * The page's `<footer>` (contentinfo landmark): free content, the links every German authority's site must have on
 * every page (Impressum, Datenschutz, Erklärung zur Barrierefreiheit, Leichte Sprache, Gebärdensprache) and Kontakt
 * in a `<nav>` named „Rechtliches und Service“, and a copyright line. Its content sits in the page's width container
 * (`.dk-width-container` from page-layout.css). Keyboard: Tab moves through the links, Enter follows one.
 */
export const Footer = /* @__PURE__ */ forwardRef<HTMLElement, FooterProps>(function Footer(
  {
    brand,
    links: linksProp,
    moreLinks = [],
    legalPagesLang,
    owner: ownerProp,
    year,
    locale,
    messages,
    className,
    children,
    ...rest
  },
  ref,
) {
  const text = uiMessages(footerMessages, { locale, messages });
  const links = linksProp ?? brand?.links;
  const owner = ownerProp ?? brand?.name;
  const items: FooterLink[] = [
    ...BUILT_IN.flatMap(([key, pageLang]): FooterLink[] => {
      const href = links?.[key];
      return href ? [{ text: text[key], href, hrefLang: pageLang ?? legalPagesLang }] : [];
    }),
    ...moreLinks,
  ];
  const hasContent = children !== undefined && children !== null && children !== false;
  return (
    <footer ref={ref} className={classNames("dk-footer", className)} {...rest}>
      <div className="dk-width-container dk-footer__container">
        {hasContent && <div className="dk-footer__content">{children}</div>}
        <div className="dk-footer__meta">
          {items.length > 0 && (
            <nav className="dk-footer__nav" aria-label={text.label}>
              <ul className="dk-footer__links">
                {items.map((item, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a link is its position in the list
                  <li key={index} className="dk-footer__item">
                    <Link
                      href={item.href}
                      lang={item.lang}
                      hrefLang={item.hrefLang}
                      noVisitedState
                      className="dk-footer__link"
                    >
                      {item.text}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {year !== undefined && owner && (
            <p className="dk-footer__copyright">{fillPlaceholders(text.copyright, { year, owner })}</p>
          )}
        </div>
      </div>
    </footer>
  );
});
