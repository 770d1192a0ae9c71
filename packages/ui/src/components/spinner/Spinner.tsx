import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { type SpinnerText, spinnerMessages } from "./messages.js";

/** Size of the animated ring, relative to the font size: `s` 1em (inline, e.g. next to a button), `m` 2em, `l` 3em. */
export type SpinnerSize = "s" | "m" | "l";

export interface SpinnerProps extends HTMLAttributes<HTMLDivElement>, LocalizedProps<SpinnerText> {
  /**
   * Whether something is loading (default true). With `false` the status container stays in the page, empty, so
   * that screen readers announce the text when it next turns `true`: render the Spinner always and switch this prop
   * instead of mounting and unmounting it.
   */
  loading?: boolean | undefined;
  /** What is loading, e.g. „Suchergebnisse werden geladen …“ (default „Wird geladen …“ / "Loading …"). */
  label?: ReactNode | undefined;
  /** Show the text next to the ring (default false: read by screen readers only). */
  showLabel?: boolean | undefined;
  /** Size of the ring (default `"m"`). */
  size?: SpinnerSize | undefined;
}

/**
 * A loading indicator that screen readers announce: a `role="status"` live region (polite) holding the text
 * („Wird geladen …“) and a decorative rotating ring (`aria-hidden`). The ring stands still under
 * `prefers-reduced-motion` and keeps its shape in forced-colours mode.
 */
export const Spinner = /* @__PURE__ */ forwardRef<HTMLDivElement, SpinnerProps>(function Spinner(
  { loading = true, label, showLabel = false, size = "m", locale, messages, className, ...rest },
  ref,
) {
  const text = uiMessages(spinnerMessages, { locale, messages });
  return (
    <div ref={ref} role="status" className={classNames("dk-spinner", `dk-spinner--${size}`, className)} {...rest}>
      {loading && (
        <>
          <span className="dk-spinner__icon" aria-hidden="true" />
          <span className={showLabel ? "dk-spinner__label" : "dk-visually-hidden"}>{label ?? text.loading}</span>
        </>
      )}
    </div>
  );
});
