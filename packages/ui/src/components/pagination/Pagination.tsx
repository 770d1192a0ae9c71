import { forwardRef, type HTMLAttributes } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { Link } from "../link/Link.js";
import { type PaginationText, paginationMessages } from "./messages.js";
import { pageRange } from "./page-range.js";

export interface PaginationProps extends HTMLAttributes<HTMLElement>, LocalizedProps<PaginationText> {
  /** The current page, counted from 1; kept within 1 and `total`. */
  current: number;
  /** The number of pages. With fewer than 2 pages nothing is rendered. */
  total: number;
  /**
   * The link to a page, e.g. `(page) => \`/suche?q=kita&seite=${page}\``. Every page is a real link, so paging works
   * without JavaScript and each page has its own address.
   */
  hrefFor: (page: number) => string;
  /** How many pages to show on either side of the current one (default 1): „1 … 4 5 6 … 20“. */
  siblings?: number | undefined;
}

/** The arrow of the previous and next links: decoration only, hidden from assistive technology. */
function Arrow({ direction }: { direction: "previous" | "next" }) {
  return (
    <svg className="dk-pagination__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path
        fill="currentColor"
        d={direction === "previous" ? "M10 2 4 8l6 6 1.4-1.4L6.8 8l4.6-4.6z" : "M6 2l6 6-6 6-1.4-1.4L9.2 8 4.6 3.4z"}
      />
    </svg>
  );
}

/**
 * Links to the pages of a long list, e.g. search results (GOV.UK pagination): „Vorherige Seite“, the page numbers
 * with gaps („1 … 4 5 6 … 20“) and „Nächste Seite“, in a `<nav>` named „Seitennummerierung“. Each number is read
 * „Seite 5“ (visually hidden „Seite“); the current page stays a link, marked `aria-current="page"`. There is no
 * previous link on the first page and no next link on the last. Keyboard: Tab moves through the links in order,
 * Enter follows one.
 */
export const Pagination = /* @__PURE__ */ forwardRef<HTMLElement, PaginationProps>(function Pagination(
  { current, total, hrefFor, siblings = 1, locale, messages, className, ...rest },
  ref,
) {
  const items = pageRange(current, total, siblings);
  const last = items.at(-1);
  if (typeof last !== "number" || last < 2) return null;
  const page = Math.min(Math.max(Number.isFinite(current) ? Math.trunc(current) : 1, 1), last);
  const text = uiMessages(paginationMessages, { locale, messages });
  return (
    <nav ref={ref} className={classNames("dk-pagination", className)} aria-label={text.label} {...rest}>
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev" noVisitedState className="dk-pagination__prev">
          <Arrow direction="previous" />
          {text.previous}
        </Link>
      )}
      <ul className="dk-pagination__list">
        {items.map((item, index) =>
          item === "ellipsis" ? (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: a gap is known only by its position
              key={`ellipsis-${index}`}
              className="dk-pagination__item dk-pagination__item--ellipsis"
            >
              …
            </li>
          ) : (
            <li
              key={item}
              className={classNames("dk-pagination__item", item === page && "dk-pagination__item--current")}
            >
              <Link
                href={hrefFor(item)}
                noVisitedState
                className="dk-pagination__link"
                aria-current={item === page ? "page" : undefined}
              >
                <span className="dk-visually-hidden">{text.page}</span> {item}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < last && (
        <Link href={hrefFor(page + 1)} rel="next" noVisitedState className="dk-pagination__next">
          {text.next}
          <Arrow direction="next" />
        </Link>
      )}
    </nav>
  );
});
