/** Joins the ids of hint, error and other descriptions for `aria-describedby`; undefined when there are none. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined === "" ? undefined : joined;
}

/** The ids a field derives from its own id, so hint and error can be referenced without extra props. */
export function fieldIds(id: string) {
  return { hint: `${id}-hint`, error: `${id}-error` };
}
