import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { Link } from "../link/Link.js";
import { type PhaseBannerText, phaseBannerMessages } from "./messages.js";

/** The development phase of a service (GOV.UK service phases): alpha for a prototype, beta for a new service. */
export type Phase = "alpha" | "beta";

export interface PhaseBannerProps extends HTMLAttributes<HTMLElement>, LocalizedProps<PhaseBannerText> {
  /** The phase shown in the label: „Alpha“ or „Beta“ (default `"beta"`). */
  phase?: Phase | undefined;
  /** Where users give feedback: links the word „Feedback“ in the built-in text. Without it, the text has no link. */
  feedbackHref?: string | undefined;
  /** Replaces the built-in text „Dies ist ein neuer Service. Ihr Feedback hilft uns, ihn zu verbessern.“ */
  children?: ReactNode | undefined;
}

/**
 * A strip below the header that says the service is new (GOV.UK phase banner): the label „Beta“ (bold text in a
 * box, so the phase is text, not colour) and „Dies ist ein neuer Service. Ihr Feedback hilft uns, ihn zu
 * verbessern.“ with a link to the feedback form. Server-rendered, no JavaScript. Keyboard: Tab reaches the link.
 * It is a named region („Hinweis zum Entwicklungsstand“), because it sits between header and main, and all of a
 * page's content belongs to a landmark.
 */
export const PhaseBanner = /* @__PURE__ */ forwardRef<HTMLElement, PhaseBannerProps>(function PhaseBanner(
  { phase = "beta", feedbackHref, locale, messages, className, children, ...rest },
  ref,
) {
  const text = uiMessages(phaseBannerMessages, { locale, messages });
  const feedback =
    feedbackHref === undefined ? (
      text.feedback
    ) : (
      <Link href={feedbackHref} className="dk-phase-banner__link">
        {text.feedback}
      </Link>
    );
  // The link goes where {feedback} stands; a text without the placeholder stays as written.
  const [before, ...after] = text.text.split("{feedback}");
  return (
    <section ref={ref} className={classNames("dk-phase-banner", className)} aria-label={text.label} {...rest}>
      <p className="dk-phase-banner__content">
        <strong className="dk-phase-banner__tag">{text[phase]}</strong>{" "}
        <span className="dk-phase-banner__text">
          {children ?? (
            <>
              {before}
              {after.length > 0 && (
                <>
                  {feedback}
                  {after.join("{feedback}")}
                </>
              )}
            </>
          )}
        </span>
      </p>
    </section>
  );
});
