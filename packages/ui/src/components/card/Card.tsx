import { Children, forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import type { HeadingLevel } from "../heading/Heading.js";
import { Link } from "../link/Link.js";

export interface CardProps extends Omit<HTMLAttributes<HTMLDivElement>, "title"> {
  /** The card's title, rendered as a heading; with `href` it is the link text, so it must name the target. */
  heading: ReactNode;
  /** The level of the heading, from the page outline (default 2; 3 for cards under an `<h2>`). */
  headingLevel?: Exclude<HeadingLevel, 1> | undefined;
  /**
   * Where the card leads. The heading becomes a link whose `::after` covers the whole card, so the whole card is the
   * target while only the link is focusable and named by the heading alone.
   */
  href?: string | undefined;
  /** A short text under the heading (a `<p>`), e.g. the service's description in one or two sentences. */
  teaser?: ReactNode | undefined;
  /** Further content of the card body, after the teaser. */
  children?: ReactNode | undefined;
  /** The end of the card: meta data such as tags, fees, office or category. */
  footer?: ReactNode | undefined;
}

/**
 * A block with a heading, an optional teaser, body and footer. With `href` the heading is a link and the whole card
 * is clickable through the link's `::after` (as TaskList's rows); only the link takes focus, and Tab reaches it once
 * per card. Other links or buttons in the card stay above the overlay and keep working.
 */
export const Card = /* @__PURE__ */ forwardRef<HTMLDivElement, CardProps>(function Card(
  { heading, headingLevel = 2, href, teaser, footer, className, children, ...rest },
  ref,
) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div ref={ref} className={classNames("dk-card", href !== undefined && "dk-card--with-link", className)} {...rest}>
      <Heading className="dk-card__heading">
        {href === undefined ? (
          heading
        ) : (
          <Link href={href} noVisitedState className="dk-card__link">
            {heading}
          </Link>
        )}
      </Heading>
      {teaser !== undefined && teaser !== null && <p className="dk-card__teaser">{teaser}</p>}
      {children !== undefined && children !== null && <div className="dk-card__body">{children}</div>}
      {footer !== undefined && footer !== null && <div className="dk-card__footer">{footer}</div>}
    </div>
  );
});

export interface CardListProps extends HTMLAttributes<HTMLUListElement> {
  /** The cards; each becomes one list item. `null`, `false` and `undefined` children are skipped. */
  children?: ReactNode | undefined;
}

/**
 * A list of cards (`<ul>`): each child in its own `<li>`, so screen readers say how many cards there are. The cards
 * flow in as many columns as fit (at least 18rem wide each), one column at 320 px.
 */
export const CardList = /* @__PURE__ */ forwardRef<HTMLUListElement, CardListProps>(function CardList(
  { className, children, ...rest },
  ref,
) {
  return (
    <ul ref={ref} className={classNames("dk-card-list", className)} {...rest}>
      {Children.map(children, (child) =>
        child === null || child === undefined || typeof child === "boolean" ? null : (
          <li className="dk-card-list__item">{child}</li>
        ),
      )}
    </ul>
  );
});
