import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { Link } from "../link/Link.js";
import { type BreadcrumbsText, breadcrumbsMessages } from "./messages.js";

/** One page above the current one, e.g. `{ text: "Bürgerservice", href: "/buergerservice" }`. */
export interface BreadcrumbsItem {
  /** The page's title. */
  text: ReactNode;
  /** The page's address. */
  href: string;
  /** Language of `text` when it differs from the page's (`lang`). */
  lang?: string | undefined;
  /** Language of the linked page when it differs from the page's (`hrefLang`). */
  hrefLang?: string | undefined;
}

export interface BreadcrumbsProps extends HTMLAttributes<HTMLElement>, LocalizedProps<BreadcrumbsText> {
  /**
   * The pages above the current one, from the start page down to the parent. With none (and no `current`) nothing
   * renders.
   */
  items: BreadcrumbsItem[];
  /**
   * The current page's title, shown last as plain text with `aria-current="page"`. Leave it out (as GOV.UK does) when
   * the page's `<h1>` follows right after the breadcrumbs: the heading already says where the user is.
   */
  current?: ReactNode | undefined;
  /**
   * On small screens (below 40em) show only the parent page, the last item, with a chevron pointing back, instead of
   * the whole trail. The other items are not displayed there (for screen readers either), so the trail takes one
   * line.
   */
  collapseOnMobile?: boolean | undefined;
}

/**
 * Where the page sits in the site: a `<nav>` landmark named „Brotkrumennavigation“ / "Breadcrumb" (as GOV.UK names it;
 * no „Sie sind hier:“ heading) with an ordered list of links from the start page to the parent. Separators are CSS
 * borders that screen readers do not read; long trails wrap. Keyboard: Tab moves through the links, Enter follows one.
 */
export const Breadcrumbs = /* @__PURE__ */ forwardRef<HTMLElement, BreadcrumbsProps>(function Breadcrumbs(
  { items, current, collapseOnMobile = false, locale, messages, className, ...rest },
  ref,
) {
  const text = uiMessages(breadcrumbsMessages, { locale, messages });
  const hasCurrent = current !== undefined && current !== null && current !== false;
  // An empty navigation landmark would only be noise in the landmarks list.
  if (items.length === 0 && !hasCurrent) return null;
  return (
    <nav
      ref={ref}
      className={classNames("dk-breadcrumbs", collapseOnMobile && "dk-breadcrumbs--collapse-on-mobile", className)}
      aria-label={text.label}
      {...rest}
    >
      <ol className="dk-breadcrumbs__list">
        {items.map((item, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: an item is its position in the trail
            key={index}
            className={classNames("dk-breadcrumbs__item", index === items.length - 1 && "dk-breadcrumbs__item--parent")}
          >
            <Link
              href={item.href}
              lang={item.lang}
              hrefLang={item.hrefLang}
              noVisitedState
              className="dk-breadcrumbs__link"
            >
              {item.text}
            </Link>
          </li>
        ))}
        {hasCurrent && (
          <li className="dk-breadcrumbs__item dk-breadcrumbs__item--current">
            <span className="dk-breadcrumbs__current" aria-current="page">
              {current}
            </span>
          </li>
        )}
      </ol>
    </nav>
  );
});
