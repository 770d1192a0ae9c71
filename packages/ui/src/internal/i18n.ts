/** The languages of every built-in text; German is the default. */
export type Locale = "de" | "en";

/** Built-in texts of one component in every language. */
export type UiMessages<Key extends string> = Record<Locale, Record<Key, string>>;

/** Props every component with built-in texts accepts. */
export interface LocalizedProps<Key extends string> {
  /** Language of the built-in texts (default `"de"`). */
  locale?: Locale | undefined;
  /** The app's wording for some built-in texts; placeholders such as `{count}` are filled as in the built-in ones. */
  messages?: Partial<Record<Key, string>> | undefined;
}

/**
 * The component's texts in the chosen language, with the app's overrides. A plain function of props, no
 * context or hook: components stay server components and one server renders both languages at once.
 */
export function uiMessages<Key extends string>(
  catalog: UiMessages<Key>,
  { locale, messages }: LocalizedProps<Key>,
): Record<Key, string> {
  return { ...catalog[locale ?? "de"], ...definedEntries(messages) };
}

function definedEntries<Key extends string>(messages: Partial<Record<Key, string>> | undefined) {
  const entries: Partial<Record<Key, string>> = {};
  for (const key in messages) if (messages[key] !== undefined) entries[key] = messages[key];
  return entries;
}

/** Replaces `{name}` with `params.name`; unknown placeholders stay as written. Linear, no regex. */
export function fillPlaceholders(template: string, params: Record<string, string | number>): string {
  let output = "";
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf("{", index);
    const close = open === -1 ? -1 : template.indexOf("}", open);
    if (open === -1 || close === -1) break;
    const name = template.slice(open + 1, close);
    output += template.slice(index, open) + (name in params ? String(params[name]) : template.slice(open, close + 1));
    index = close + 1;
  }
  return output + template.slice(index);
}
