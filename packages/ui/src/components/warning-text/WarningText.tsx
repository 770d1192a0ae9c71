import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { type WarningTextText, warningTextMessages } from "./messages.js";

export interface WarningTextProps extends HTMLAttributes<HTMLDivElement>, LocalizedProps<WarningTextText> {
  /** The warning, e.g. „Wenn Sie Ihren Hund nicht anmelden, kann ein Bußgeld von bis zu 1.000 € fällig werden.“ */
  children?: ReactNode | undefined;
}

/**
 * An important warning in bold next to an exclamation mark in a circle (GOV.UK warning text). The icon is
 * decorative (`aria-hidden`); a visually hidden prefix („Warnung:“ / "Warning:") says in text that it is a warning.
 * Static content: no live region, not focusable.
 */
export const WarningText = /* @__PURE__ */ forwardRef<HTMLDivElement, WarningTextProps>(function WarningText(
  { locale, messages, className, children, ...rest },
  ref,
) {
  const text = uiMessages(warningTextMessages, { locale, messages });
  return (
    <div ref={ref} className={classNames("dk-warning-text", className)} {...rest}>
      <span className="dk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="dk-warning-text__text">
        {/* The space stays outside the hidden span, so that every accessible-name algorithm keeps it. */}
        <span className="dk-visually-hidden">{text.prefix}</span> {children}
      </strong>
    </div>
  );
});
