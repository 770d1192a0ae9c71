import { forwardRef, type HTMLAttributes, type MouseEvent, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { useTitledRegion } from "../../internal/titled-region.js";
import { focusTarget } from "./focus-target.js";
import { type ErrorSummaryText, errorSummaryMessages } from "./messages.js";

/** One error in the summary, as `errorSummaryItems` of `@digitale-kommune/ui/forms` produces it. */
export interface ErrorSummaryError {
  /** The message, worded as on the field. */
  text: string;
  /**
   * Link to the field, `#<field id>` (or the id of a group such as a date or radios, whose first input gets focus).
   * Without it, or with `"#"` (an error on the whole form), the message is listed as text without a link.
   */
  href?: string | undefined;
}

export interface ErrorSummaryProps
  extends Omit<HTMLAttributes<HTMLElement>, "title">,
    LocalizedProps<ErrorSummaryText> {
  /** The errors of the page in the order of the fields. The summary renders nothing when the list is empty. */
  errors: readonly ErrorSummaryError[];
  /** The title; default „Es gibt ein Problem“ / "There is a problem" (or `messages.title`). */
  title?: ReactNode | undefined;
  /** Optional text between title and list, e.g. what the user can do. */
  description?: ReactNode | undefined;
  /** Level of the title heading (default 2; the page's h1 stays the question or page title). */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /**
   * Do not move focus to the summary when it appears (default false). Only for pages that manage focus
   * themselves: without focus, screen-reader and keyboard users may not notice the errors (WCAG 3.3.1).
   */
  disableAutoFocus?: boolean | undefined;
  /** Extra content after the list. */
  children?: ReactNode | undefined;
  /** Id of the summary; the title's id is `<id>-title`. Generated when not given. */
  id?: string | undefined;
}

/**
 * The list of a page's errors at the top of the page, each linked to its field (GOV.UK error summary pattern).
 * Server-rendered completely; its links are plain fragment links without JavaScript. With JavaScript it takes focus
 * when it appears, and following a link focuses the input and scrolls its label or legend into view.
 */
export const ErrorSummary = /* @__PURE__ */ forwardRef<HTMLElement, ErrorSummaryProps>(function ErrorSummary(
  {
    errors,
    title,
    description,
    headingLevel = 2,
    disableAutoFocus = false,
    id,
    locale,
    messages,
    className,
    children,
    ...rest
  },
  ref,
) {
  const text = uiMessages(errorSummaryMessages, { locale, messages });
  const hasErrors = errors.length > 0;
  const [regionId, titleId, regionRef] = useTitledRegion(id, ref, hasErrors && !disableAutoFocus);

  if (!hasErrors) return null;

  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Ctrl/Cmd/Shift/Alt-click keep their browser meaning (new tab, new window, download).
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.currentTarget;
    if (focusTarget(link.getAttribute("href") ?? "", link.ownerDocument)) event.preventDefault();
  };

  const Heading = `h${headingLevel}` as const;
  return (
    <section
      ref={regionRef}
      id={regionId}
      className={classNames("dk-error-summary", className)}
      tabIndex={-1}
      aria-labelledby={titleId}
      {...rest}
    >
      <Heading id={titleId} className="dk-error-summary__title">
        {title ?? text.title}
      </Heading>
      <div className="dk-error-summary__body">
        {typeof description === "string" ? (
          <p className="dk-error-summary__description">{description}</p>
        ) : (
          description !== undefined && <div className="dk-error-summary__description">{description}</div>
        )}
        <ul className="dk-error-summary__list">
          {errors.map((error) => (
            // One item per field (errorSummaryItems removes repeats), so link and text identify it.
            <li key={`${error.href ?? ""} ${error.text}`} className="dk-error-summary__item">
              {error.href && error.href !== "#" ? (
                <a className="dk-error-summary__link" href={error.href} onClick={onLinkClick}>
                  {error.text}
                </a>
              ) : (
                error.text
              )}
            </li>
          ))}
        </ul>
        {children}
      </div>
    </section>
  );
});
