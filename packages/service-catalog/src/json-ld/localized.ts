import type { Locale } from "@digitale-kommune/validators";

/** A catalogue text: German only, or German with an optional English version. */
export type LocalizedTextLike = string | { readonly de: string; readonly en?: string | undefined };

/** The text in `locale`, falling back to German where no translation exists. */
export function localize(text: LocalizedTextLike, locale: Locale): string {
  if (typeof text === "string") return text;
  return (locale === "en" ? text.en : undefined) ?? text.de;
}
