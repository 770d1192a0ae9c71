import { forwardRef, type HTMLAttributes } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { type ErrorMessageText, errorMessageMessages } from "./messages.js";

export interface ErrorMessageProps extends HTMLAttributes<HTMLParagraphElement>, LocalizedProps<ErrorMessageText> {
  /** Referenced by the field's `aria-describedby`; form components set it to `<field id>-error`. */
  id?: string;
}

/**
 * The error of one field, shown above the input. A hidden "Fehler:" prefix tells screen-reader users that the
 * text is an error (WCAG 3.3.1) without relying on colour (1.4.1).
 */
export const ErrorMessage = /* @__PURE__ */ forwardRef<HTMLParagraphElement, ErrorMessageProps>(function ErrorMessage(
  { className, children, locale, messages, ...rest },
  ref,
) {
  const text = uiMessages(errorMessageMessages, { locale, messages });
  return (
    <p ref={ref} className={classNames("dk-error-message", className)} {...rest}>
      <span className="dk-visually-hidden">{text.prefix} </span>
      {children}
    </p>
  );
});
