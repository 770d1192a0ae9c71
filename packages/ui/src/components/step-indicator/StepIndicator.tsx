import { type ForwardedRef, forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { fillPlaceholders, type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { Link } from "../link/Link.js";
import { type StepIndicatorText, stepIndicatorMessages } from "./messages.js";

/** One step of a form, e.g. „Persönliche Angaben“. */
export interface StepIndicatorStep {
  /** The step's name. */
  title: ReactNode;
  /** The step's page; only completed steps are links, so users can go back to them. */
  href?: string | undefined;
}

export interface StepIndicatorProps extends HTMLAttributes<HTMLElement>, LocalizedProps<StepIndicatorText> {
  /** The steps of the form, in order. */
  steps: StepIndicatorStep[];
  /** The current step, counted from 1; steps before it count as completed. Kept within 1 and the number of steps. */
  current: number;
}

/**
 * Where the user is in a form of several steps: „Schritt 2 von 5“ and the ordered list of steps, the current one
 * marked `aria-current="step"`, completed ones marked „abgeschlossen“ in visually hidden text and optionally linked.
 * In a narrow container the list is hidden visually (not from screen readers) and the line reads
 * „Schritt 2 von 5: Persönliche Angaben“; it reappears while one of its links has focus. The root is a `<nav>` when
 * completed steps are links, else a `<div>`. Keyboard: Tab moves through the links to completed steps.
 */
export const StepIndicator = /* @__PURE__ */ forwardRef<HTMLElement, StepIndicatorProps>(function StepIndicator(
  { steps, current, locale, messages, className, ...rest },
  ref,
) {
  const text = uiMessages(stepIndicatorMessages, { locale, messages });
  const total = steps.length;
  const currentNumber = Math.min(Math.max(Math.trunc(current), 1), Math.max(total, 1));
  const hasLinks = steps.some((step, index) => index + 1 < currentNumber && step.href !== undefined);
  const Root = hasLinks ? "nav" : "div";
  return (
    <Root
      // Both roots are HTMLElements; TypeScript cannot see that a ref to HTMLElement fits <div> as well as <nav>.
      ref={ref as ForwardedRef<HTMLDivElement>}
      className={classNames("dk-step-indicator", className)}
      aria-label={hasLinks ? text.label : undefined}
      {...rest}
    >
      <p className="dk-step-indicator__status">
        {fillPlaceholders(text.status, { current: currentNumber, total })}
        <span className="dk-step-indicator__status-title">: {steps[currentNumber - 1]?.title}</span>
      </p>
      <ol className="dk-step-indicator__steps">
        {steps.map((step, index) => {
          const number = index + 1;
          const completed = number < currentNumber;
          const isCurrent = number === currentNumber;
          const label = (
            <>
              {step.title}
              {completed && <span className="dk-visually-hidden">{` (${text.completed})`}</span>}
            </>
          );
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: a step is its position in the form
              key={index}
              className={classNames(
                "dk-step-indicator__step",
                completed && "dk-step-indicator__step--completed",
                isCurrent && "dk-step-indicator__step--current",
              )}
              aria-current={isCurrent ? "step" : undefined}
            >
              {completed && step.href !== undefined ? (
                <Link href={step.href} noVisitedState className="dk-step-indicator__link">
                  {label}
                </Link>
              ) : (
                label
              )}
            </li>
          );
        })}
      </ol>
    </Root>
  );
});
