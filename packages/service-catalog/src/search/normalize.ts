/**
 * German folding for search: lower case; ä/ae → a, ö/oe → o, ü/ue → u; ß → ss; other diacritics dropped
 * (é → e). Index and query go through the same function, so words where "ue" is no umlaut („Steuer“ →
 * „steur“, „Feuer“ → „feur“) fold the same way on both sides and still match; only the folded form is
 * ever compared. Linear, no regular expressions.
 */

/** Text folded for matching, with where each folded character came from in the source. */
export interface FoldedText {
  text: string;
  /** For each character of `text`, the index of the first source code unit it came from. */
  sourceStart: Int32Array;
  /** For each character of `text`, the index after the last source code unit it came from. */
  sourceEnd: Int32Array;
}

const COMBINING_MARKS_START = 0x300;
const COMBINING_MARKS_END = 0x36f;
const LOWER_A = 0x61;
const LOWER_E = 0x65;
const LOWER_O = 0x6f;
const LOWER_U = 0x75;

// Characters that NFD does not take apart; the rest of Latin-1 and Latin Extended-A decomposes.
const SPECIAL: Record<string, string> = {
  ß: "ss",
  ẞ: "ss",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  ø: "o",
  Ø: "o",
  ł: "l",
  Ł: "l",
  đ: "d",
  Đ: "d",
  ı: "i",
};

const foldCache = new Map<string, string>();

/** Folds one non-ASCII character (a code point) to zero or more lower-case characters. */
function foldCharacter(character: string): string {
  const cached = foldCache.get(character);
  if (cached !== undefined) return cached;
  let folded = SPECIAL[character];
  if (folded === undefined) {
    folded = "";
    for (const part of character.toLowerCase().normalize("NFD")) {
      const code = part.charCodeAt(0);
      if (code >= COMBINING_MARKS_START && code <= COMBINING_MARKS_END) continue;
      folded += SPECIAL[part] ?? part;
    }
  }
  // The cache is bounded by the characters of the scripts people type; cap it against hostile input.
  if (foldCache.size < 4096) foldCache.set(character, folded);
  return folded;
}

const CHUNK = 8192;

function fromCodes(codes: readonly number[]): string {
  let text = "";
  for (let start = 0; start < codes.length; start += CHUNK) {
    text += String.fromCharCode(...codes.slice(start, start + CHUNK));
  }
  return text;
}

/**
 * One pass over `text`: each character is folded (ASCII by arithmetic, the rest through the cache),
 * and an "e" right after a folded a/o/u is absorbed into it („ae“ → a), its range growing to cover
 * the "e". A vowel absorbs one "e" only („uee“ → „ue“).
 */
function fold(text: string, offsets: boolean): FoldedText {
  const codes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let absorbing = false;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    let width = 1;
    let folded: string | undefined;
    if (code >= 0x80) {
      width = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
      folded = foldCharacter(text.slice(index, index + width));
    }
    const end = index + width;
    const count = folded === undefined ? 1 : folded.length;
    for (let part = 0; part < count; part++) {
      const value = folded === undefined ? (code >= 0x41 && code <= 0x5a ? code + 32 : code) : folded.charCodeAt(part);
      if (absorbing && value === LOWER_E) {
        if (offsets) ends[ends.length - 1] = end;
        absorbing = false;
        continue;
      }
      codes.push(value);
      if (offsets) {
        starts.push(index);
        ends.push(end);
      }
      absorbing = value === LOWER_A || value === LOWER_O || value === LOWER_U;
    }
    index = end;
  }
  return { text: fromCodes(codes), sourceStart: Int32Array.from(starts), sourceEnd: Int32Array.from(ends) };
}

/** Folds `text` for matching (see the module comment). */
export function normalizeGerman(text: string): string {
  return fold(text, false).text;
}

/** Like {@link normalizeGerman}, keeping for every folded character its range in `text` (for highlighting). */
export function foldGerman(text: string): FoldedText {
  return fold(text, true);
}
