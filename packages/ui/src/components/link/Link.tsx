import { type AnchorHTMLAttributes, forwardRef } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { type LinkText, linkMessages } from "./messages.js";

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement>, LocalizedProps<LinkText> {
  /** Where the link goes. Required: an `<a>` without `href` is not a link for keyboards or screen readers. */
  href: string;
  /** For links on the brand colour (header, brand bar): every state uses the text colour of the brand. */
  inverse?: boolean | undefined;
  /** Shows visited links in the normal link colour, for links the user follows again and again (navigation, "Ändern"). */
  noVisitedState?: boolean | undefined;
  /**
   * The link leaves the portal (adds `rel="external"`). It still opens in the same tab: set `newTab` only where
   * leaving the form would lose the user's input.
   */
  external?: boolean | undefined;
  /**
   * Opens the link in a new tab (`target="_blank"`, `rel="noreferrer noopener"`) and says so to screen readers with
   * the visually hidden text „(öffnet in neuem Tab)“ (WCAG 3.2.5, G201).
   */
  newTab?: boolean | undefined;
}

/** Joins `rel` values without duplicates; undefined when there are none. */
function relValue(...parts: Array<string | false | undefined>): string | undefined {
  const values = new Set(parts.flatMap((part) => (part ? part.split(/\s+/) : [])).filter(Boolean));
  return values.size === 0 ? undefined : [...values].join(" ");
}

/**
 * A native `<a>` with the theme's link colours, an underline (links are not told apart by colour alone, WCAG 1.4.1)
 * and the yellow focus highlight (2.4.7, 2.4.11). Keyboard: Tab focuses it, Enter follows it.
 */
export const Link = /* @__PURE__ */ forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  {
    inverse = false,
    noVisitedState = false,
    external = false,
    newTab = false,
    locale,
    messages,
    className,
    rel,
    target,
    children,
    ...rest
  },
  ref,
) {
  const text = uiMessages(linkMessages, { locale, messages });
  return (
    <a
      ref={ref}
      className={classNames(
        "dk-link",
        inverse && "dk-link--inverse",
        noVisitedState && "dk-link--no-visited-state",
        className,
      )}
      rel={relValue(rel, external && "external", newTab && "noreferrer noopener")}
      target={newTab ? "_blank" : target}
      {...rest}
    >
      {children}
      {newTab && <span className="dk-visually-hidden">{` ${text.newTab}`}</span>}
    </a>
  );
});
