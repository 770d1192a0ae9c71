import { classNames } from "./class-names.js";

/** Joins the ids of hint, error and other descriptions for `aria-describedby`; undefined when there are none. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  // Same join as class names; one function keeps the bundle small.
  return classNames(...ids) || undefined;
}

/** The ids a field derives from its own id, so hint and error can be referenced without extra props. */
export function fieldIds(id: string) {
  return { hint: `${id}-hint`, error: `${id}-error` };
}
