import { fillPlaceholders, type Locale, type LocalizedProps, type UiMessages, uiMessages } from "@digitale-kommune/ui";
import type { LocalizedText } from "../core/types.js";

// The same built-in-texts pattern as the ui package's components (locale + messages props, no context).
export { fillPlaceholders, type Locale, type LocalizedProps };

/** Built-in texts of one component in both languages. */
export type PaymentMessages<Key extends string> = UiMessages<Key>;

/** The component's texts in the chosen language with the app's overrides. */
export const resolveMessages = uiMessages;

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
