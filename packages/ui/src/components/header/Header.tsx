import { forwardRef, type HTMLAttributes, type ReactNode, useEffect, useId, useState } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import type { CityBrand, CityLogo } from "./city-brand.js";
import { type HeaderText, headerMessages } from "./messages.js";

/** One link of the primary navigation. */
export interface HeaderNavigationItem {
  /** Where the link goes. */
  href: string;
  /** The link's text. */
  text: ReactNode;
  /** The page the user is on: marked `aria-current="page"` and shown bold with a bar. */
  current?: boolean | undefined;
}

export interface HeaderProps extends HTMLAttributes<HTMLElement>, LocalizedProps<HeaderText> {
  /** The city: its name, home link and logo. The separate props below take precedence over it. */
  brand?: CityBrand | undefined;
  /** The city's name as it signs, e.g. „Universitätsstadt Gießen“ (default `brand.name`). */
  cityName?: ReactNode | undefined;
  /** The link of name and logo: the city's start page (default `brand.homeHref`, else `/`). */
  homeHref?: string | undefined;
  /** The logo before the name (default `brand.logo`); `null` shows none even when the brand has one. */
  logo?: CityLogo | null | undefined;
  /** The name of the service, e.g. „Bewohnerparkausweis beantragen“, below the city's name. */
  serviceName?: ReactNode | undefined;
  /** The service's start page; makes the service name a link. */
  serviceHref?: string | undefined;
  /** The primary navigation's links; none: no `<nav>`. */
  navigation?: HeaderNavigationItem[] | undefined;
  /** Id of the navigation's list, which the „Menü“ button controls (default: generated). */
  navigationId?: string | undefined;
  /** Further content next to the city's name, e.g. the LanguageSwitch or a login link. */
  actions?: ReactNode | undefined;
}

/**
 * The page header: a `<header>` with the city's logo and name linking to its start page, an actions slot (e.g. the
 * LanguageSwitch), the service name and the primary navigation (`<nav aria-label="Hauptnavigation">`, the current
 * page marked `aria-current="page"`), over a stripe in the city's brand colour. In a container narrower than 40em
 * the navigation collapses behind a „Menü“ button (`aria-expanded`, `aria-controls`). The button appears only when
 * JavaScript runs: without it the links are always shown. Keyboard: Tab moves through the links and the button;
 * Enter or Space opens and closes the menu.
 */
export const Header = /* @__PURE__ */ forwardRef<HTMLElement, HeaderProps>(function Header(
  {
    brand,
    cityName = brand?.name,
    homeHref = brand?.homeHref ?? "/",
    logo = brand?.logo,
    serviceName,
    serviceHref,
    navigation = [],
    navigationId,
    actions,
    locale,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const text = uiMessages(headerMessages, { locale, messages });
  const generatedId = useId();
  const listId = navigationId ?? `${generatedId}-navigation`;
  // undefined until hydration: the server HTML and a page without JavaScript have no toggle and show every link.
  const [expanded, setExpanded] = useState<boolean>();
  useEffect(() => {
    setExpanded(false);
  }, []);
  return (
    <header ref={ref} className={classNames("dk-header", className)} {...rest}>
      <div className="dk-header__bar">
        <div className="dk-header__container">
          {cityName !== undefined && (
            <a className="dk-header__home" href={homeHref}>
              {logo && (
                <img
                  className="dk-header__logo"
                  src={logo.src}
                  alt={logo.alt ?? ""}
                  width={logo.width}
                  height={logo.height}
                />
              )}
              <span className="dk-header__name">{cityName}</span>
              <span className="dk-visually-hidden">{` – ${text.home}`}</span>
            </a>
          )}
          {actions !== undefined && <div className="dk-header__actions">{actions}</div>}
        </div>
      </div>
      {(serviceName !== undefined || navigation.length > 0) && (
        <div className="dk-header__service">
          <div className="dk-header__container">
            {serviceName !== undefined &&
              (serviceHref === undefined ? (
                <span className="dk-header__service-name">{serviceName}</span>
              ) : (
                <a className="dk-header__service-name" href={serviceHref}>
                  {serviceName}
                </a>
              ))}
            {navigation.length > 0 && (
              <nav className="dk-header__nav" aria-label={text.navigation}>
                {expanded !== undefined && (
                  <button
                    type="button"
                    className="dk-header__toggle"
                    aria-controls={listId}
                    aria-expanded={expanded}
                    onClick={() => setExpanded(!expanded)}
                  >
                    {text.menu}
                  </button>
                )}
                <ul id={listId} className="dk-header__list">
                  {navigation.map((item, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a link is its position in the navigation
                    <li key={index} className="dk-header__item">
                      <a className="dk-header__link" href={item.href} aria-current={item.current ? "page" : undefined}>
                        {item.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
        </div>
      )}
    </header>
  );
});
