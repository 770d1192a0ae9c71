/**
 * Splits folded German compounds into parts known to a lexicon: „hundesteuranmeldung“ (from
 * „Hundesteueranmeldung“) → hund · steur · anmeldung. Between parts a linking element may stand
 * (s, es, n, en, e, er: „Führung-s-zeugnis“, „Hund-e-steuer“), and the last part may carry an
 * inflection ending. Among the segmentations the one with the longest parts wins (sum of squared
 * lengths), then each part is split again, so a lexicon that knows both „hundesteur“ and „hund“ yields
 * the finest parts. Without a full segmentation, one unknown piece of four or more letters may stand at
 * the start or the end (typos: „persnal“ + ausweis).
 *
 * Dynamic programming over positions, O(n · maxPart · links) per word, results cached per word.
 */

export interface CompoundPart {
  /** The part as it stands in the word, without a linking element. */
  text: string;
  /** Offsets in the word. */
  start: number;
  end: number;
  /** `false` for the one unknown piece a fallback split may contain. */
  known: boolean;
}

const LINKS = ["", "s", "es", "n", "en", "e", "er"];
const ENDINGS = ["e", "en", "er", "es", "n", "s", "em"];
const MIN_PART = 3;
const MAX_PART = 24;
const MIN_UNKNOWN = 4;
/** A fallback split needs a word this long and this many known letters, or it splits verbs („ein?·sehen“). */
const MIN_FALLBACK_WORD = 9;
const MIN_FALLBACK_KNOWN = 4;
/** Longer „words“ are not language; they are not split. */
const MAX_WORD = 48;
const MAX_DEPTH = 3;
const CACHE_LIMIT = 200_000;

interface Segmentation {
  parts: CompoundPart[];
  score: number;
}

function part(word: string, start: number, end: number, known = true): CompoundPart {
  return { text: word.slice(start, end), start, end, known };
}

function better(candidate: Segmentation, current: Segmentation | undefined): boolean {
  if (current === undefined) return true;
  if (candidate.score !== current.score) return candidate.score > current.score;
  return candidate.parts.length < current.parts.length;
}

/** A splitter bound to one lexicon of folded words. */
export class Decompounder {
  readonly #lexicon: ReadonlySet<string>;
  readonly #cache = new Map<string, CompoundPart[]>();

  constructor(lexicon: ReadonlySet<string>) {
    this.#lexicon = lexicon;
  }

  /** Whether the lexicon knows this folded word. */
  knows(word: string): boolean {
    return this.#lexicon.has(word);
  }

  /**
   * The finest parts of a folded word, in order, or `[]` when it is not a compound of known parts.
   * With `allowUnknown`, a split may contain one unknown piece at the start or end.
   */
  split(word: string, allowUnknown = false): CompoundPart[] {
    const key = allowUnknown ? `?${word}` : word;
    const cached = this.#cache.get(key);
    if (cached !== undefined) return cached;
    const parts = this.#split(word, allowUnknown, 0);
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
    this.#cache.set(key, parts);
    return parts;
  }

  #split(word: string, allowUnknown: boolean, depth: number): CompoundPart[] {
    const length = word.length;
    if (length < MIN_PART * 2 || length > MAX_WORD || depth > MAX_DEPTH) return [];
    const tails = this.#tails(word);
    const full = this.#head(word, tails);
    if (full !== undefined) return this.#refine(word, full.parts, depth);
    if (!allowUnknown || length < MIN_FALLBACK_WORD) return [];
    const fallback = this.#fallback(word, tails);
    return fallback === undefined ? [] : this.#refine(word, fallback, depth);
  }

  /** tails[i]: the best segmentation of word[i..] into known parts (one part allowed). */
  #tails(word: string): (Segmentation | undefined)[] {
    const length = word.length;
    const tails: (Segmentation | undefined)[] = new Array(length + 1);
    for (let start = length - MIN_PART; start >= 1; start--) {
      let best: Segmentation | undefined;
      for (let end = start + MIN_PART; end <= Math.min(length, start + MAX_PART); end++) {
        if (!this.#lexicon.has(word.slice(start, end))) continue;
        const size = (end - start) ** 2;
        if (end === length || this.#isEnding(word, end)) {
          const candidate = { parts: [part(word, start, end)], score: size };
          if (better(candidate, best)) best = candidate;
        }
        for (const link of LINKS) {
          const next = end + link.length;
          const rest = tails[next];
          if (next >= length || rest === undefined || !word.startsWith(link, end)) continue;
          const candidate = { parts: [part(word, start, end), ...rest.parts], score: size + rest.score };
          if (better(candidate, best)) best = candidate;
        }
      }
      tails[start] = best;
    }
    return tails;
  }

  #isEnding(word: string, end: number): boolean {
    const rest = word.length - end;
    return ENDINGS.some((ending) => ending.length === rest && word.endsWith(ending));
  }

  /** The best segmentation of the whole word with at least two parts. */
  #head(word: string, tails: (Segmentation | undefined)[]): Segmentation | undefined {
    let best: Segmentation | undefined;
    for (let end = MIN_PART; end <= Math.min(word.length - MIN_PART, MAX_PART); end++) {
      if (!this.#lexicon.has(word.slice(0, end))) continue;
      for (const link of LINKS) {
        const rest = tails[end + link.length];
        if (rest === undefined || !word.startsWith(link, end)) continue;
        const candidate = { parts: [part(word, 0, end), ...rest.parts], score: end ** 2 + rest.score };
        if (better(candidate, best)) best = candidate;
      }
    }
    return best;
  }

  /** Known parts with one unknown piece of at least MIN_UNKNOWN letters at the start or the end. */
  #fallback(word: string, tails: (Segmentation | undefined)[]): CompoundPart[] | undefined {
    const length = word.length;
    let unknownHead: CompoundPart[] | undefined;
    for (let start = MIN_UNKNOWN; start <= length - MIN_PART; start++) {
      const rest = tails[start];
      if (rest === undefined) continue;
      unknownHead = [part(word, 0, start, false), ...rest.parts];
      break;
    }
    const knownHead = this.#knownHead(word);
    const knownLength = (parts: CompoundPart[] | undefined) =>
      parts === undefined ? 0 : parts.reduce((sum, piece) => sum + (piece.known ? piece.end - piece.start : 0), 0);
    const best = knownLength(knownHead) > knownLength(unknownHead) ? knownHead : unknownHead;
    return knownLength(best) >= MIN_FALLBACK_KNOWN ? best : undefined;
  }

  /** The longest run of known parts from the start, leaving an unknown tail of at least MIN_UNKNOWN letters. */
  #knownHead(word: string): CompoundPart[] | undefined {
    const length = word.length;
    const heads: (Segmentation | undefined)[] = new Array(length + 1);
    heads[0] = { parts: [], score: 0 };
    for (let start = 0; start <= length - MIN_UNKNOWN - MIN_PART; start++) {
      const head = heads[start];
      if (head === undefined) continue;
      for (let end = start + MIN_PART; end <= Math.min(length - MIN_UNKNOWN, start + MAX_PART); end++) {
        if (!this.#lexicon.has(word.slice(start, end))) continue;
        for (const link of LINKS) {
          const next = end + link.length;
          if (next > length - MIN_UNKNOWN || !word.startsWith(link, end)) continue;
          const candidate = { parts: [...head.parts, part(word, start, end)], score: head.score + (end - start) ** 2 };
          if (better(candidate, heads[next])) heads[next] = candidate;
        }
      }
    }
    for (let next = length - MIN_UNKNOWN; next > 0; next--) {
      const head = heads[next];
      if (head !== undefined && head.parts.length > 0) return [...head.parts, part(word, next, length, false)];
    }
    return undefined;
  }

  /** Splits every known part further where the lexicon allows, keeping offsets in the whole word. */
  #refine(word: string, parts: CompoundPart[], depth: number): CompoundPart[] {
    const refined: CompoundPart[] = [];
    for (const piece of parts) {
      const inner = piece.known ? this.#split(piece.text, false, depth + 1) : [];
      if (inner.length === 0) {
        refined.push(piece);
        continue;
      }
      for (const atom of inner) refined.push(part(word, piece.start + atom.start, piece.start + atom.end));
    }
    return refined;
  }
}

/**
 * The search terms of a split word: every known part, and every run of two or more neighbouring known
 * parts as written in the word (hund · steur · anmeldung → also „hundesteur“, „steuranmeldung“), so a
 * query for a shorter compound („parkausweis“ in „bewohnerparkausweis“) still meets a whole term.
 */
export function compoundTerms(word: string, parts: readonly CompoundPart[]): string[] {
  const terms: string[] = [];
  for (let first = 0; first < parts.length; first++) {
    const start = parts[first] as CompoundPart;
    if (!start.known) continue;
    terms.push(start.text);
    for (let last = first + 1; last < parts.length; last++) {
      const end = parts[last] as CompoundPart;
      if (!end.known) break;
      if (first === 0 && end.end >= word.length - 2 && last === parts.length - 1) break;
      terms.push(word.slice(start.start, end.end));
    }
  }
  return terms;
}
