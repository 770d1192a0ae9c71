import { type AnchorHTMLAttributes, forwardRef } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { type SkipLinkText, skipLinkMessages } from "./messages.js";

export interface SkipLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement>, LocalizedProps<SkipLinkText> {
  /**
   * The main content: `#` and the id of the page's `<main>` (default `#inhalt`). Give that element `tabindex="-1"`,
   * so following the link moves keyboard focus there and the next Tab continues from it.
   */
  href?: string | undefined;
}

/**
 * The first link of every page (GOV.UK skip link, WCAG 2.4.1 Bypass Blocks): „Zum Inhalt springen“ jumps past header
 * and navigation to the main content. Visually hidden until it has keyboard focus, then shown in the focus colours at
 * the top of the page. A plain link: works without JavaScript. Keyboard: the first Tab on the page focuses it, Enter
 * follows it.
 */
export const SkipLink = /* @__PURE__ */ forwardRef<HTMLAnchorElement, SkipLinkProps>(function SkipLink(
  { href = "#inhalt", locale, messages, className, children, ...rest },
  ref,
) {
  return (
    <a ref={ref} href={href} className={classNames("dk-skip-link", className)} {...rest}>
      {children ?? uiMessages(skipLinkMessages, { locale, messages }).text}
    </a>
  );
});
