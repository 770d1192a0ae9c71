import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";

export interface InsetTextProps extends HTMLAttributes<HTMLDivElement> {
  /** The text to set apart: a quote, an example, or information the user should not overlook. */
  children?: ReactNode | undefined;
}

/**
 * A block of text set apart from the surrounding content by a thick border at its start (GOV.UK inset text), e.g.
 * „Es kann bis zu 8 Wochen dauern, bis Sie eine Entscheidung erhalten.“ Static content: no role, not focusable.
 */
export const InsetText = /* @__PURE__ */ forwardRef<HTMLDivElement, InsetTextProps>(function InsetText(
  { className, children, ...rest },
  ref,
) {
  return (
    <div ref={ref} className={classNames("dk-inset-text", className)} {...rest}>
      {children}
    </div>
  );
});
