import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { type AlertText, alertMessages } from "./messages.js";

/** The four kinds of in-page message. */
export type AlertVariant = "info" | "success" | "warning" | "error";

export interface AlertProps extends Omit<HTMLAttributes<HTMLDivElement>, "title">, LocalizedProps<AlertText> {
  /** Kind of message (default `"info"`): colour, icon and the hidden prefix („Information:“, „Fehler:“, …). */
  variant?: AlertVariant | undefined;
  /** Short title, rendered as a heading that starts with the hidden prefix. */
  title?: ReactNode | undefined;
  /** Level of the title heading (default 2). */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /** Show the decorative icon (default true); the variant stays named in text without it. */
  icon?: boolean | undefined;
  /**
   * Make it a live region so screen readers announce it: `role="alert"` for warning and error, `role="status"` for
   * info and success. Only for a message that appears on the client after the user's action; leave it off on
   * server-rendered pages, where a live region present on load is not announced.
   */
  announce?: boolean | undefined;
  /** The message. */
  children?: ReactNode | undefined;
}

/** One path per variant, drawn with the current colour: circled i, circled tick, triangle with !, circled cross. */
const ICONS: Record<AlertVariant, string> = {
  info: "M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zM12 11v6M12 7.5v.01",
  success: "M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zM7.5 12.5l3 3 6-6.5",
  warning: "M12 3 1.5 21h21zM12 10v5M12 18v.01",
  error: "M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zM8.5 8.5l7 7M15.5 8.5l-7 7",
};

/**
 * A message inside the page, next to what it is about: information, success, warning or error. The variant is
 * conveyed by colour, icon and a visually hidden text prefix, so not by colour alone (WCAG 1.4.1).
 */
export const Alert = /* @__PURE__ */ forwardRef<HTMLDivElement, AlertProps>(function Alert(
  {
    variant = "info",
    title,
    headingLevel = 2,
    icon = true,
    announce = false,
    locale,
    messages,
    className,
    children,
    ...rest
  },
  ref,
) {
  const text = uiMessages(alertMessages, { locale, messages });
  // The space stays outside the hidden span, so that every accessible-name algorithm keeps it.
  const prefix = (
    <>
      <span className="dk-visually-hidden">{text[variant]}</span>{" "}
    </>
  );
  const Heading = `h${headingLevel}` as const;
  const liveRole = variant === "warning" || variant === "error" ? "alert" : "status";
  return (
    <div
      ref={ref}
      className={classNames("dk-alert", `dk-alert--${variant}`, className)}
      role={announce ? liveRole : undefined}
      {...rest}
    >
      {icon && (
        <svg
          className="dk-alert__icon"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d={ICONS[variant]} />
        </svg>
      )}
      <div className="dk-alert__body">
        {title !== undefined && (
          <Heading className="dk-alert__title">
            {prefix}
            {title}
          </Heading>
        )}
        <div className="dk-alert__content">
          {title === undefined && prefix}
          {children}
        </div>
      </div>
    </div>
  );
});
