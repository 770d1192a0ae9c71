import { type DetailsHTMLAttributes, forwardRef, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";

export interface DetailsProps extends DetailsHTMLAttributes<HTMLDetailsElement> {
  /** The always visible text that opens and closes the details, e.g. „Hilfe zu diesem Feld“. Phrasing content only. */
  summary: ReactNode;
  /** The help text shown when open. */
  children?: ReactNode | undefined;
  /**
   * Open on the first render, then left to the user (uncontrolled). Rendered as the `open` attribute, so it also holds
   * without JavaScript.
   */
  defaultOpen?: boolean | undefined;
  /**
   * Controlled open state: the `open` attribute. The user still toggles the element natively; keep your state in step
   * with `onToggle` (`event.currentTarget.open`).
   */
  open?: boolean | undefined;
}

/**
 * A native `<details>` with its `<summary>` (GOV.UK details): a short link-like text that reveals help the user may
 * need, e.g. „Wo finde ich die Steuer-ID?“. Works without JavaScript; the browser exposes the summary as a button with
 * its expanded state, toggled with Enter or Space, and opens it for find-in-page.
 */
export const Details = /* @__PURE__ */ forwardRef<HTMLDetailsElement, DetailsProps>(function Details(
  { summary, defaultOpen, open, className, children, ...rest },
  ref,
) {
  return (
    <details
      ref={ref}
      className={classNames("dk-details", className)}
      open={open ?? defaultOpen}
      // The user may open or close it before hydration; the DOM's state is the one to keep.
      suppressHydrationWarning
      {...rest}
    >
      <summary className="dk-details__summary">
        <span className="dk-details__summary-text">{summary}</span>
      </summary>
      <div className="dk-details__text">{children}</div>
    </details>
  );
});
