import { type AnchorHTMLAttributes, forwardRef, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { type BackLinkText, backLinkMessages } from "./messages.js";

export interface BackLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement>, LocalizedProps<BackLinkText> {
  /**
   * The previous page's address, passed in by the app (e.g. the previous question of a form). Required: the link
   * works without JavaScript and never relies on the browser history.
   */
  href: string;
  /** The link text when „Zurück“ / "Back" is not enough, e.g. „Zurück zur Übersicht“. */
  children?: ReactNode | undefined;
}

/**
 * A plain `<a>` back to the previous page, with a chevron drawn in CSS (not read by screen readers) and a target of at
 * least 24 px. Put it above the main content, before the `<main>` (PageLayout's `beforeContent`). It never calls
 * `history.back()`: the app passes the previous page's URL, so it works without JavaScript and after a reload.
 * Keyboard: Tab focuses it, Enter follows it.
 */
export const BackLink = /* @__PURE__ */ forwardRef<HTMLAnchorElement, BackLinkProps>(function BackLink(
  { locale, messages, className, children, ...rest },
  ref,
) {
  return (
    <a ref={ref} className={classNames("dk-back-link", className)} {...rest}>
      {children ?? uiMessages(backLinkMessages, { locale, messages }).back}
    </a>
  );
});
