/**
 * A deliberately light German stemmer for folded words: it strips one inflection or nominalisation
 * ending so that „anmelden“, „anmeldung“ and „anmeldungen“ share the stem „anmeld“ and „hunde“ meets
 * „hund“. The query searches the stem as a prefix, so the index needs no stems of its own. It does not
 * try to be a full stemmer (Snowball, CISTEM): conflating too much hurts more than it helps here.
 */

// Longest first; the stem keeps at least MIN_STEM characters.
const ENDINGS = ["ungen", "ung", "en", "er", "es", "em", "e", "n", "s", "t"];
const MIN_STEM = 4;

/** The stem of a folded word, or the word itself when no ending applies. */
export function stemGerman(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length < MIN_STEM || !word.endsWith(ending)) continue;
    // "ss" is part of the word (Pass, Anschluss), not a plural or genitive "s".
    if (ending === "s" && word.endsWith("ss")) continue;
    return word.slice(0, word.length - ending.length);
  }
  return word;
}
