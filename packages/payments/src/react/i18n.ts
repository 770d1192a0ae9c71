import type { Locale } from "@digitale-kommune/ui";
import type { LocalizedText } from "../core/types.js";

export type { Locale };

/** Built-in texts of one component in both languages. */
export type PaymentMessages<Key extends string> = Record<Locale, Record<Key, string>>;

/** Props of every component with built-in texts (the same pattern as the ui package's components). */
export interface LocalizedProps<Key extends string> {
  /** Language of the built-in texts and of amounts (default `"de"`). */
  locale?: Locale | undefined;
  /** The app's wording for some built-in texts; placeholders such as `{amount}` are filled as in the built-in ones. */
  messages?: Partial<Record<Key, string>> | undefined;
}

/**
 * The component's texts in the chosen language with the app's overrides. A plain function of props, no context:
 * the components stay server-renderable and one server can render both languages side by side.
 */
export function resolveMessages<Key extends string>(
  catalog: PaymentMessages<Key>,
  { locale, messages }: LocalizedProps<Key>,
): Record<Key, string> {
  const resolved = { ...catalog[locale ?? "de"] };
  for (const key in messages) {
    const value = messages[key];
    if (value !== undefined) resolved[key] = value;
  }
  return resolved;
}

/** Replaces `{name}` with `params.name`; unknown placeholders stay as written. Linear scan, no regex. */
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

/** A text given either once (already in the page's language) or in both languages (`{ de, en }`). */
export type TextInput = string | LocalizedText;

/** The text in the locale: a plain string as it is, a `{ de, en }` pair in the chosen language. */
export function localized(text: TextInput, locale: Locale | undefined): string {
  return typeof text === "string" ? text : text[locale ?? "de"];
}

/** Joins class names, skipping empty ones. */
export function classNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(" ");
}
