import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { type CookieInfoText, cookieInfoMessages } from "./messages.js";

/** One cookie the portal sets, as a row of the table. */
export interface CookieInfoEntry {
  /** The cookie's name, exactly as the browser shows it, e.g. `__Host-dk-session`. */
  name: string;
  /** What it is for, in plain words. */
  purpose: ReactNode;
  /** How long it is kept, e.g. „bis Sie den Browser schließen“ or „1 Jahr“. */
  duration: ReactNode;
}

/** The name of the reference portal's session cookie, the default row of CookieInfo. */
export const SESSION_COOKIE_NAME = "__Host-dk-session";

export interface CookieInfoProps extends Omit<HTMLAttributes<HTMLDivElement>, "title">, LocalizedProps<CookieInfoText> {
  /**
   * The cookies the portal sets (default: the reference portal's session cookie `__Host-dk-session`, with the
   * purpose and duration from `messages.sessionPurpose` and `messages.sessionDuration`). List only cookies that are
   * strictly necessary: the built-in text says that they need no consent.
   */
  cookies?: readonly CookieInfoEntry[] | undefined;
  /** The heading (default „Cookies“, `messages.title`). */
  title?: ReactNode | undefined;
  /** Level of the heading (default 2). */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /**
   * The note after the table (default „Wir verwenden keine Cookies, um Ihr Verhalten zu analysieren oder Sie zu
   * verfolgen (Tracking).“, `messages.noTracking`); `false` leaves it out.
   */
  trackingNote?: ReactNode | false | undefined;
  /** Further content at the end, e.g. a link to the privacy statement (Datenschutzerklärung). */
  children?: ReactNode | undefined;
}

/**
 * A block for the portal's cookie page (not a banner): a heading, a short explanation that the portal sets only
 * strictly necessary cookies and therefore asks for no consent (§ 25 Abs. 2 Nr. 2 TDDDG), a table of the cookies
 * (name, purpose, duration) and a note that nothing tracks the user. Static content, not focusable.
 */
export const CookieInfo = /* @__PURE__ */ forwardRef<HTMLDivElement, CookieInfoProps>(function CookieInfo(
  { cookies, title, headingLevel = 2, trackingNote, locale, messages, className, children, ...rest },
  ref,
) {
  const text = uiMessages(cookieInfoMessages, { locale, messages });
  const rows = cookies ?? [{ name: SESSION_COOKIE_NAME, purpose: text.sessionPurpose, duration: text.sessionDuration }];
  const note = trackingNote ?? text.noTracking;
  const Heading = `h${headingLevel}` as const;
  return (
    <div ref={ref} className={classNames("dk-cookie-info", className)} {...rest}>
      <Heading className="dk-cookie-info__title">{title ?? text.title}</Heading>
      <p>{rows.length === 1 ? text.introOne : text.introOther}</p>
      <table className="dk-cookie-info__table">
        <caption className="dk-cookie-info__caption">{text.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.name}</th>
            <th scope="col">{text.purpose}</th>
            <th scope="col">{text.duration}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((cookie) => (
            <tr key={cookie.name}>
              <th scope="row">
                <code className="dk-cookie-info__name">{cookie.name}</code>
              </th>
              <td>{cookie.purpose}</td>
              <td>{cookie.duration}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {note !== false && note !== null && <p className="dk-cookie-info__note">{note}</p>}
      {children}
    </div>
  );
});
