import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { useTitledRegion } from "../../internal/titled-region.js";
import { type NotificationBannerText, notificationBannerMessages } from "./messages.js";

/** `info`: something the user needs to know before going on. `success`: the outcome of what the user just did. */
export type NotificationBannerType = "info" | "success";

export interface NotificationBannerProps
  extends Omit<HTMLAttributes<HTMLElement>, "title">,
    LocalizedProps<NotificationBannerText> {
  /** Kind of message (default `"info"`); also chooses the default title. */
  type?: NotificationBannerType | undefined;
  /**
   * The banner's title, which names it. Default „Wichtiger Hinweis“ / "Important" (info) and „Erfolg“ / "Success"
   * (success), or `messages.infoTitle` / `messages.successTitle`.
   */
  title?: ReactNode | undefined;
  /** Level of the title heading (default 2). */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /** The message in one line, shown large and bold above `children`, e.g. „Ihr Antrag wurde gespeichert“. */
  heading?: ReactNode | undefined;
  /** Further content: paragraphs, links. */
  children?: ReactNode | undefined;
  /**
   * Use `role="alert"` instead of a named region, so screen readers announce the banner at once. Only for a banner
   * rendered on the client after the user's action (e.g. a save without page load). Leave it off on server-rendered
   * pages: an alert present on page load is not announced, and the region with its heading is found by headings and
   * landmarks navigation.
   */
  announce?: boolean | undefined;
  /**
   * Move focus to the banner when it appears (default false), e.g. a success banner on the page a form redirected
   * to, so screen-reader users hear it first. Adds `tabindex="-1"`.
   */
  focusOnMount?: boolean | undefined;
  /** Id of the banner; the title's id is `<id>-title`. Generated when not given. */
  id?: string | undefined;
}

/**
 * A page-level message above the main content (GOV.UK notification banner): a titled region, server-rendered
 * completely. Use one per page, and only for something the user must know; for messages next to content use Alert.
 */
export const NotificationBanner = /* @__PURE__ */ forwardRef<HTMLElement, NotificationBannerProps>(
  function NotificationBanner(
    {
      type = "info",
      title,
      headingLevel = 2,
      heading,
      announce = false,
      focusOnMount = false,
      id,
      locale,
      messages,
      className,
      children,
      ...rest
    },
    ref,
  ) {
    const text = uiMessages(notificationBannerMessages, { locale, messages });
    const [regionId, titleId, regionRef] = useTitledRegion(id, ref, focusOnMount);

    const Heading = `h${headingLevel}` as const;
    return (
      <section
        ref={regionRef}
        id={regionId}
        className={classNames("dk-notification-banner", `dk-notification-banner--${type}`, className)}
        role={announce ? "alert" : undefined}
        aria-labelledby={titleId}
        tabIndex={focusOnMount ? -1 : undefined}
        {...rest}
      >
        <div className="dk-notification-banner__header">
          <Heading id={titleId} className="dk-notification-banner__title">
            {title ?? (type === "success" ? text.successTitle : text.infoTitle)}
          </Heading>
        </div>
        <div className="dk-notification-banner__content">
          {heading !== undefined && <p className="dk-notification-banner__heading">{heading}</p>}
          {children}
        </div>
      </section>
    );
  },
);
