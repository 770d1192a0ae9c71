import { forwardRef, type ProgressHTMLAttributes, type ReactNode, useEffect, useRef, useState } from "react";
import { classNames } from "../../internal/class-names.js";
import { fillPlaceholders, type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { type ProgressBarText, progressBarMessages } from "./messages.js";

export interface ProgressBarProps
  extends Omit<ProgressHTMLAttributes<HTMLProgressElement>, "value" | "max">,
    LocalizedProps<ProgressBarText> {
  /**
   * Id of the `<progress>`; the label points to it (`for`) and names it (`aria-labelledby`, its id is
   * `<id>-label`).
   */
  id: string;
  /** What is progressing, e.g. „Dateien hochladen“: the visible label and the progress bar's accessible name. */
  label: ReactNode;
  /** How much is done, from 0 to `max`. Leave it undefined while the amount is unknown: the bar is indeterminate. */
  value?: number | undefined;
  /** The value that means complete (default 100). */
  max?: number | undefined;
  /**
   * The value in words, shown below the bar, given to screen readers as the bar's `aria-valuetext` and announced at
   * every step, e.g. „3 von 5 Dateien hochgeladen“. Default: the percentage („40 % abgeschlossen“), or
   * „Wird bearbeitet …“ while indeterminate. Make it understandable on its own, since it is announced on its own.
   */
  valueText?: string | undefined;
  /**
   * Announce the value politely every this many percent (default 10), and always on completion. Set it to 0 to
   * announce completion only. Changes in between update the bar and the visible text silently, so screen readers
   * are not flooded.
   */
  announceEvery?: number | undefined;
  /** Class names for the wrapping `<div class="dk-progress-bar">`; `className` goes to the `<progress>`. */
  containerClassName?: string | undefined;
}

/** A completed bar is a step of its own, so completion is announced whatever the step size. */
const COMPLETE = Infinity;

/** The step of announcements `value` is in; undefined while indeterminate. */
export function progressStep(value: number | undefined, max: number, announceEvery: number): number | undefined {
  if (value === undefined) return undefined;
  if (value >= max) return COMPLETE;
  if (announceEvery <= 0) return 0;
  return Math.floor(percentOf(value, max) / announceEvery);
}

/** Whole percent done, rounded down: 100 only when complete. */
function percentOf(value: number, max: number): number {
  return max > 0 ? Math.floor((Math.min(Math.max(value, 0), max) / max) * 100) : 0;
}

/**
 * A native `<progress>` with a visible label and the value in words below it (e.g. „3 von 5 Dateien hochgeladen“).
 * Without `value` it is indeterminate. Changes are announced politely through a separate, visually hidden live
 * region only when the value reaches the next step (`announceEvery` percent) or completes, never on load.
 */
export const ProgressBar = /* @__PURE__ */ forwardRef<HTMLProgressElement, ProgressBarProps>(function ProgressBar(
  {
    id,
    label,
    value,
    max = 100,
    valueText,
    announceEvery = 10,
    containerClassName,
    className,
    locale,
    messages,
    ...rest
  },
  ref,
) {
  const text = uiMessages(progressBarMessages, { locale, messages });
  const indeterminate = value === undefined;
  const shownText =
    valueText ??
    (indeterminate ? text.indeterminate : fillPlaceholders(text.percent, { percent: percentOf(value, max) }));
  const step = progressStep(value, max, announceEvery);
  // The step last announced (or seen on load); the live region stays empty in the server render and on load.
  const lastStep = useRef(step);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    const previous = lastStep.current;
    lastStep.current = step;
    if (step !== undefined && previous !== undefined && step > previous) setAnnouncement(shownText);
  }, [step, shownText]);

  // Both: `for` ties label and bar in HTML; `aria-labelledby` names the bar in every accessibility API.
  const labelId = `${id}-label`;
  return (
    <div className={classNames("dk-progress-bar", containerClassName)}>
      <label id={labelId} className="dk-progress-bar__label" htmlFor={id}>
        {label}
      </label>
      <progress
        ref={ref}
        id={id}
        className={classNames("dk-progress-bar__bar", className)}
        max={max}
        value={value}
        aria-labelledby={labelId}
        aria-valuetext={indeterminate ? undefined : shownText}
        {...rest}
      />
      <div className="dk-progress-bar__value">{shownText}</div>
      <div className="dk-progress-bar__announcement dk-visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
});
