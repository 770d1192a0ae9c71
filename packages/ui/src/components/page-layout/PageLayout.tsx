import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { Main } from "./Main.js";

/** How wide the main content is on wide screens. */
export type PageLayoutMainWidth = "full" | "two-thirds";

export interface PageLayoutProps extends HTMLAttributes<HTMLDivElement> {
  /** The skip link, first in the page, pointing to `#<mainId>` (e.g. „Zum Inhalt springen“). */
  skipLink?: ReactNode | undefined;
  /** The page header (`<header>`, e.g. Header), full width. */
  header?: ReactNode | undefined;
  /** A phase or service banner („Beta“), in the width container above everything else. */
  phaseBanner?: ReactNode | undefined;
  /** Breadcrumbs or a back link: in the width container, before `<main>`. */
  beforeContent?: ReactNode | undefined;
  /** The main content, inside the page's one `<main>`. */
  children?: ReactNode | undefined;
  /** Related content beside the main content (an `<aside>`, complementary landmark). */
  aside?: ReactNode | undefined;
  /** The page footer (`<footer>`, e.g. Footer), full width. */
  footer?: ReactNode | undefined;
  /** The id of `<main>`, the skip link's target (default `inhalt`). */
  mainId?: string | undefined;
  /**
   * On wide screens (from 40em): `"two-thirds"` puts the main content in two thirds of the width and the aside in the
   * last third; `"full"` uses the whole width, with the aside below. Default: `"two-thirds"` with an aside, else
   * `"full"`. Below 40em everything stacks in source order.
   */
  mainWidth?: PageLayoutMainWidth | undefined;
  /** Further attributes of `<main>`, e.g. `lang` or a class. */
  mainProps?: Omit<HTMLAttributes<HTMLElement>, "id" | "children"> | undefined;
  /**
   * Further attributes of `<aside>`. Name it (`aria-label` or `aria-labelledby` its heading) when the page has more
   * than one complementary landmark.
   */
  asideProps?: Omit<HTMLAttributes<HTMLElement>, "children"> | undefined;
}

/**
 * The skeleton of a page with its landmarks, in this order: skip link, header (banner), the width container with
 * phase banner, breadcrumbs or back link and a grid of `<main id="inhalt" tabindex="-1">` (exactly one) and an optional
 * `<aside>` (complementary), then the footer (contentinfo). No client code: the layout is CSS only, and the skip link
 * works as a plain fragment link.
 */
export const PageLayout = /* @__PURE__ */ forwardRef<HTMLDivElement, PageLayoutProps>(function PageLayout(
  {
    skipLink,
    header,
    phaseBanner,
    beforeContent,
    aside,
    footer,
    mainId = "inhalt",
    mainWidth,
    mainProps,
    asideProps,
    className,
    children,
    ...rest
  },
  ref,
) {
  const hasAside = aside !== undefined && aside !== null && aside !== false;
  const width = mainWidth ?? (hasAside ? "two-thirds" : "full");
  return (
    <div ref={ref} className={classNames("dk-page-layout", className)} {...rest}>
      {skipLink}
      {header}
      <div className="dk-width-container dk-page-layout__body">
        {phaseBanner}
        {beforeContent}
        <div
          className={classNames("dk-page-layout__grid", width === "two-thirds" && "dk-page-layout__grid--two-thirds")}
        >
          <Main {...mainProps} id={mainId} className={classNames("dk-page-layout__main", mainProps?.className)}>
            {children}
          </Main>
          {hasAside && (
            <aside {...asideProps} className={classNames("dk-page-layout__aside", asideProps?.className)}>
              {aside}
            </aside>
          )}
        </div>
      </div>
      {footer}
    </div>
  );
});
