/** Reading the custom properties of a city theme out of a stylesheet, before or after a bundler minified it. */

/** `#AABBCC` and `#abc` compare equal, as a minifier may shorten or lower-case colours. */
function normalizeValue(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/g, "#$1$2$3");
}

const THEME_RULE = /\[data-dk-theme=(?:"([^"]+)"|([\w-]+))\]\s*\{([^}]*)\}/g;

/** The city themes a stylesheet contains, from its `[data-dk-theme=…]` rules. */
export function themesIn(css: string): string[] {
  return [...new Set([...css.matchAll(THEME_RULE)].map((match) => match[1] ?? match[2] ?? ""))].sort();
}

/** The custom properties the rules for `[data-dk-theme="<theme>"]` set, values normalised. */
export function themeCustomProperties(css: string, theme: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const match of css.matchAll(THEME_RULE)) {
    if ((match[1] ?? match[2]) !== theme) continue;
    for (const declaration of (match[3] ?? "").split(";")) {
      const colon = declaration.indexOf(":");
      const name = declaration.slice(0, colon).trim();
      if (colon > 0 && name.startsWith("--")) properties[name] = normalizeValue(declaration.slice(colon + 1));
    }
  }
  return properties;
}
