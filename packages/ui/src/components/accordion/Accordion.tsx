import {
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
} from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import type { HeadingLevel } from "../heading/Heading.js";
import { type AccordionText, accordionMessages } from "./messages.js";

/** One section of an Accordion. */
export interface AccordionSection {
  /** The section's heading, e.g. „Voraussetzungen“; short phrasing content (no links or buttons: it sits in the summary). */
  heading: ReactNode;
  /** An optional line under the heading that says what the section contains. */
  summary?: ReactNode | undefined;
  /** The section's content, shown when it is open. */
  content: ReactNode;
  /** The id of the section's `<details>`, e.g. for links to it (`#gebuehren`); the browser opens it for such links. */
  id?: string | undefined;
  /** Open on the first render (the `open` attribute), also without JavaScript. */
  defaultOpen?: boolean | undefined;
}

export interface AccordionProps extends HTMLAttributes<HTMLDivElement>, LocalizedProps<AccordionText> {
  /** The sections, in reading order. */
  sections: AccordionSection[];
  /** The level of every section heading (default 2); choose it from the page's outline (WCAG 1.3.1). */
  headingLevel?: Exclude<HeadingLevel, 1> | undefined;
  /**
   * Shows the „Alle Abschnitte öffnen“ / „Alle Abschnitte schließen“ button once JavaScript runs (default `true` when
   * there are at least two sections). Without JavaScript it is never rendered, as it could not work.
   */
  showAllButton?: boolean | undefined;
}

/** The `<details>` of the sections, in order. */
function sectionsOf(container: HTMLDivElement | null): HTMLDetailsElement[] {
  return container ? [...container.querySelectorAll<HTMLDetailsElement>(":scope > .dk-accordion__section")] : [];
}

function sameFlags(a: boolean[], b: boolean[]): boolean {
  return a.length === b.length && a.every((flag, index) => flag === b[index]);
}

/**
 * Sections with headings that open and close (GOV.UK accordion), built from native `<details>` and `<summary>`: every
 * section works without JavaScript, is exposed as a button with its expanded or collapsed state, and opens for
 * find-in-page and links into it. After hydration a button opens or closes every section at once.
 */
export const Accordion = /* @__PURE__ */ forwardRef<HTMLDivElement, AccordionProps>(function Accordion(
  { sections, headingLevel = 2, showAllButton, locale, messages, className, ...rest },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => container.current as HTMLDivElement, []);
  // The open state of every section as the DOM has it; null in the server render and the first client render (so
  // hydration matches and the button appears only once JavaScript runs).
  const [openSections, setOpenSections] = useState<boolean[] | null>(null);
  const sync = useCallback(() => {
    const next = sectionsOf(container.current).map((details) => details.open);
    setOpenSections((previous) => (previous && sameFlags(previous, next) ? previous : next));
  }, []);
  // Also on a new list of sections; a section the user opened before hydration is read from the DOM.
  // biome-ignore lint/correctness/useExhaustiveDependencies: sections is the trigger to read the DOM again
  useEffect(sync, [sync, sections]);

  const text = uiMessages(accordionMessages, { locale, messages });
  const allOpen = openSections !== null && openSections.length > 0 && openSections.every(Boolean);
  const Heading = `h${headingLevel}` as const;

  function toggleAll() {
    // The sections stay uncontrolled: the button sets what a click on each summary would.
    for (const details of sectionsOf(container.current)) details.open = !allOpen;
    sync();
  }

  return (
    <div ref={container} className={classNames("dk-accordion", className)} {...rest}>
      {openSections && (showAllButton ?? sections.length > 1) && (
        <div className="dk-accordion__controls">
          <button type="button" className="dk-accordion__show-all" aria-expanded={allOpen} onClick={toggleAll}>
            {allOpen ? text.hideAll : text.showAll}
          </button>
        </div>
      )}
      {sections.map((section, index) => (
        <details
          // biome-ignore lint/suspicious/noArrayIndexKey: sections are static content in reading order
          key={index}
          id={section.id}
          className="dk-accordion__section"
          open={section.defaultOpen}
          // The user may open or close a section before hydration; the DOM's state is the one to keep.
          suppressHydrationWarning
          onToggle={sync}
        >
          <summary className="dk-accordion__summary">
            <Heading className="dk-accordion__heading">{section.heading}</Heading>
            {section.summary !== undefined && section.summary !== null && (
              <span className="dk-accordion__summary-text">{section.summary}</span>
            )}
          </summary>
          <div className="dk-accordion__content">{section.content}</div>
        </details>
      ))}
    </div>
  );
});
