/**
 * Character ranges of matched words in a text, never markup: the caller decides how to show them
 * (`<mark>`, bold, screen-reader text). A whole word is marked when it matched; inside a compound only
 * the matched part („Hund“ in „Hundesteuer“ for the query „hund“).
 */
import { compoundTerms, type Decompounder } from "./decompound.js";
import { foldGerman } from "./normalize.js";
import { tokenize } from "./tokenize.js";
import type { HighlightRange } from "./types.js";

/** Ranges in `text` of the words (or compound parts) whose folded form is in `terms`, sorted, merged. */
export function highlightRanges(
  text: string,
  terms: ReadonlySet<string>,
  decompounder: Decompounder,
): HighlightRange[] {
  if (terms.size === 0 || text.length === 0) return [];
  const folded = foldGerman(text);
  const found: HighlightRange[] = [];
  const list = [...terms];
  let groupStart = 0;
  for (const word of tokenize(folded.text)) {
    // A hyphenated word is indexed joined as well („Kita-Platz“ → „kitaplatz“).
    if (!word.hyphenated) groupStart = word.start;
    else if (terms.has(folded.text.slice(groupStart, word.end).replaceAll("-", ""))) {
      found.push({ start: groupStart, end: word.end });
    }
    if (terms.has(word.text)) {
      found.push({ start: word.start, end: word.end });
      continue;
    }
    // Splitting is the expensive part; most words contain no matched term at all.
    if (!list.some((term) => word.text.includes(term))) continue;
    const parts = decompounder.split(word.text, true);
    for (const part of parts) {
      if (part.known && terms.has(part.text))
        found.push({ start: word.start + part.start, end: word.start + part.end });
    }
    // A matched run of parts („parkausweis“ in „bewohnerparkausweis“) is marked as one range.
    for (const term of compoundTerms(word.text, parts)) {
      const offset = terms.has(term) ? word.text.indexOf(term) : -1;
      if (offset !== -1) found.push({ start: word.start + offset, end: word.start + offset + term.length });
    }
  }
  return toSource(merge(found), folded.sourceStart, folded.sourceEnd);
}

function merge(ranges: HighlightRange[]): HighlightRange[] {
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: HighlightRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function toSource(
  ranges: HighlightRange[],
  sourceStart: ArrayLike<number>,
  sourceEnd: ArrayLike<number>,
): HighlightRange[] {
  return ranges.map((range) => ({
    start: sourceStart[range.start] ?? 0,
    end: sourceEnd[range.end - 1] ?? 0,
  }));
}
