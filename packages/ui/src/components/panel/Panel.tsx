import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { type PanelText, panelMessages } from "./messages.js";

export interface PanelProps extends Omit<HTMLAttributes<HTMLDivElement>, "title">, LocalizedProps<PanelText> {
  /** The outcome in a few words, e.g. „Antrag eingegangen“. */
  title: ReactNode;
  /** Level of the title heading (default 1: on a confirmation page the panel's title is the page heading). */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  /**
   * The reference the user needs later (Aktenzeichen, Vorgangsnummer), shown as „Ihr Aktenzeichen: <strong>…</strong>“
   * (the label from `messages.reference`).
   */
  reference?: string | undefined;
  /** Further body text, after the reference. */
  children?: ReactNode | undefined;
}

/**
 * The confirmation panel at the top of the page shown after an application was submitted (GOV.UK panel): the
 * outcome as the page heading and the reference number, in the action colour with its text colour. Static content,
 * no live region: the page heading is what screen readers announce when the confirmation page loads.
 */
export const Panel = /* @__PURE__ */ forwardRef<HTMLDivElement, PanelProps>(function Panel(
  { title, headingLevel = 1, reference, locale, messages, className, children, ...rest },
  ref,
) {
  const text = uiMessages(panelMessages, { locale, messages });
  const Heading = `h${headingLevel}` as const;
  const hasBody = reference !== undefined || (children !== undefined && children !== null);
  return (
    <div ref={ref} className={classNames("dk-panel", className)} {...rest}>
      <Heading className="dk-panel__title">{title}</Heading>
      {hasBody && (
        <div className="dk-panel__body">
          {reference !== undefined && (
            <p className="dk-panel__reference">
              {text.reference} <strong>{reference}</strong>
            </p>
          )}
          {children}
        </div>
      )}
    </div>
  );
});
