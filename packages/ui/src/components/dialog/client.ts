import { type ReactElement, type Ref, useSyncExternalStore, version } from "react";

function subscribe() {
  return () => {};
}

/**
 * False in the server render and while React hydrates it, true right after (and in a client-only render): the
 * switch for behaviour that needs JavaScript, such as a link that opens a dialog instead of navigating. The
 * hydration pass renders exactly the server HTML, then React re-renders with `true`, so there is no mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** The ref an element was created with: a prop since React 19, a field of the element in React 18. */
export function elementRef<T>(element: ReactElement): Ref<T> | undefined {
  return Number.parseInt(version, 10) >= 19
    ? (element.props as { ref?: Ref<T> }).ref
    : (element as unknown as { ref?: Ref<T> }).ref;
}

/** What themes a subtree: the city, the colour scheme, the language (for pronunciation and hyphenation). */
const THEME_ATTRIBUTES = ["data-dk-theme", "data-dk-color-scheme", "lang"];

/**
 * Gives `layer`, the root of a portal at the end of the body, the theme attributes that apply where `anchor` is in
 * the page (each from the closest ancestor that sets it), so a dialog opened in a themed part of a page looks and
 * reads like that part. Attributes that do not apply there are removed.
 */
export function copyTheme(anchor: Element | null, layer: HTMLElement): void {
  for (const name of THEME_ATTRIBUTES) {
    const value = anchor?.closest(`[${name}]`)?.getAttribute(name);
    if (value) layer.setAttribute(name, value);
    else layer.removeAttribute(name);
  }
}
