import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";

/**
 * The meaning of a tag, which chooses its colours: `neutral` (default), `info`, `success`, `warning`, `error`, and
 * `online` for „Online verfügbar“ on services. The colour only adds to the text, which always says the status.
 */
export type TagVariant = "neutral" | "info" | "success" | "warning" | "error" | "online";

export interface TagProps extends HTMLAttributes<HTMLElement> {
  /** The meaning, and with it the colours (default `"neutral"`). */
  variant?: TagVariant | undefined;
  /**
   * The status as text, e.g. „Online verfügbar“, „In Bearbeitung“, „Abgelehnt“. Required: a tag never says anything
   * by colour alone (WCAG 1.4.1).
   */
  children: ReactNode;
}

/**
 * A short status badge (GOV.UK tag): a native `<strong>` with the status as text, coloured by its meaning. Not
 * focusable and not interactive; it is read in place as part of the text around it.
 */
export const Tag = /* @__PURE__ */ forwardRef<HTMLElement, TagProps>(function Tag(
  { variant = "neutral", className, children, ...rest },
  ref,
) {
  return (
    <strong ref={ref} className={classNames("dk-tag", `dk-tag--${variant}`, className)} {...rest}>
      {children}
    </strong>
  );
});
