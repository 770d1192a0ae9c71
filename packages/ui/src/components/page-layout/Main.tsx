import { forwardRef, type HTMLAttributes } from "react";
import { classNames } from "../../internal/class-names.js";

export interface MainProps extends HTMLAttributes<HTMLElement> {
  /** The id the skip link points to (default `inhalt`, so „Zum Inhalt springen“ links to `#inhalt`). */
  id?: string | undefined;
}

/**
 * The page's one `<main>` landmark, the target of the skip link: `id="inhalt"` and `tabindex="-1"`, so following
 * `#inhalt` moves keyboard focus (not only the scroll position) to the main content and screen readers read on from
 * there. It is not in the Tab order. Use it once per page; PageLayout renders it for you.
 */
export const Main = /* @__PURE__ */ forwardRef<HTMLElement, MainProps>(function Main(
  { id = "inhalt", className, children, ...rest },
  ref,
) {
  return (
    <main ref={ref} id={id} tabIndex={-1} className={classNames("dk-main", className)} {...rest}>
      {children}
    </main>
  );
});
