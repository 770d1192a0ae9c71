/**
 * Slugs: the stable ids of services, offices, cities, fees and forms (ARCHITECTURE.md, "Service identity").
 * A slug is lower-case ASCII letters and digits in groups joined by single hyphens, at most
 * `MAX_SLUG_LENGTH` characters: `personalausweis-beantragen`. `isSlug` is a loop, not a regex, so it is
 * linear on any input; `SLUG_PATTERN` is the same rule for editors' JSON Schema validation.
 */

export const MAX_SLUG_LENGTH = 100;

/** The slug rule as a JSON Schema pattern (for editors; the runtime check is `isSlug`). */
export const SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

export function isSlug(value: string): boolean {
  if (value.length === 0 || value.length > MAX_SLUG_LENGTH) return false;
  let previousWasHyphen = true; // a leading hyphen counts as following a hyphen
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 0x2d) {
      if (previousWasHyphen) return false;
      previousWasHyphen = true;
    } else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      previousWasHyphen = false;
    } else {
      return false;
    }
  }
  return !previousWasHyphen;
}

const UMLAUTS: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/**
 * The id of a service derived from its German title, by the rule every developer uses: lower case,
 * ä→ae, ö→oe, ü→ue, ß→ss, every run of other characters than a–z and 0–9 becomes one "-", trimmed.
 * „Hund anmelden (Hundesteuer)“ → `hund-anmelden-hundesteuer`. The result may exceed `MAX_SLUG_LENGTH`
 * for very long titles; `isSlug` then rejects it, so the editor chooses a shorter id.
 */
export function slugFromTitle(title: string): string {
  let slug = "";
  let pendingHyphen = false;
  for (const character of title.toLowerCase()) {
    const replacement = UMLAUTS[character] ?? character;
    for (const part of replacement) {
      const code = part.charCodeAt(0);
      const isAlphanumeric = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
      if (!isAlphanumeric) {
        pendingHyphen = slug.length > 0;
        continue;
      }
      if (pendingHyphen) slug += "-";
      pendingHyphen = false;
      slug += part;
    }
  }
  return slug;
}
