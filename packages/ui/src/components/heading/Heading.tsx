import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";

/** The heading element: `1` renders `<h1>`, … `6` renders `<h6>`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The look of a heading, independent of its level. */
export type HeadingSize = "s" | "m" | "l" | "xl";

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** The element, from the document outline (WCAG 1.3.1). Choose it by structure, never by looks. */
  level: HeadingLevel;
  /** The look (default: `xl` for level 1, `l` for 2, `m` for 3, `s` for 4 to 6). */
  size?: HeadingSize | undefined;
  /**
   * A caption above the heading that names the context, e.g. „Antrag auf Bewohnerparkausweis“ above
   * „Persönliche Angaben“.
   */
  caption?: ReactNode | undefined;
  /**
   * Where the caption goes (default `"inside"`): `"inside"` puts it into the heading, so screen readers read it as
   * part of the heading's name; `"above"` puts it before the heading, outside the outline.
   */
  captionPlacement?: "inside" | "above" | undefined;
}

const DEFAULT_SIZE: Record<HeadingLevel, HeadingSize> = { 1: "xl", 2: "l", 3: "m", 4: "s", 5: "s", 6: "s" };

/**
 * A native `<h1>`–`<h6>` whose level (the structure) and size (the look) are chosen separately, with an optional
 * caption as GOV.UK's heading captions. Not focusable; no keyboard behaviour.
 */
export const Heading = /* @__PURE__ */ forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, size, caption, captionPlacement = "inside", className, children, ...rest },
  ref,
) {
  const Element = `h${level}` as const;
  const look = size ?? DEFAULT_SIZE[level];
  const captionElement =
    caption === undefined || caption === null ? null : (
      <span className={classNames("dk-heading__caption", `dk-heading__caption--${look}`)}>{caption}</span>
    );
  const heading = (
    <Element ref={ref} className={classNames("dk-heading", `dk-heading--${look}`, className)} {...rest}>
      {/* The space keeps caption and heading apart in the accessible name, even without CSS. */}
      {captionPlacement === "inside" && captionElement && <>{captionElement} </>}
      {children}
    </Element>
  );
  if (captionPlacement === "inside" || captionElement === null) return heading;
  return (
    <>
      {captionElement}
      {heading}
    </>
  );
});
