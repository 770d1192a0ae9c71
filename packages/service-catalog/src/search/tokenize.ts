/**
 * Splits folded text (see `normalizeGerman`) into words: runs of letters and digits. Everything else
 * separates words, so Markdown markup and punctuation never reach the index. Linear, one pass.
 */

export interface Word {
  text: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
  /** Joined to the previous word by a single hyphen, as in „Kita-Platz“ or „Kfz-Zulassung“. */
  hyphenated: boolean;
}

// A single character is tested, so the pattern cannot backtrack.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return LETTER_OR_DIGIT.test(character);
}

/** The words of `folded`, at most `maxWords` of them. */
export function tokenize(folded: string, maxWords = Number.POSITIVE_INFINITY): Word[] {
  const words: Word[] = [];
  let start = -1;
  for (let index = 0; index <= folded.length; index++) {
    const character = folded[index];
    if (character !== undefined && isWordCharacter(character)) {
      if (start === -1) start = index;
      continue;
    }
    if (start === -1) continue;
    const previous = words[words.length - 1];
    const hyphenated = previous !== undefined && previous.end === start - 1 && folded[start - 1] === "-";
    words.push({ text: folded.slice(start, index), start, end: index, hyphenated });
    if (words.length >= maxWords) break;
    start = -1;
  }
  return words;
}
