/**
 * Turns text into search terms. Documents: folded words, and apart from them the parts of compounds
 * (so the index can weigh a whole-word match above a part match). Queries: per query word a list of
 * expansions, each with the way it may match and a weight: the word itself (as a prefix and with typo
 * tolerance when the index does not know it), the forms of its stem, its compound parts, synonyms.
 */
import type { Locale } from "@digitale-kommune/validators";
import type { SynonymTable } from "./colloquial.js";
import { compoundTerms, Decompounder } from "./decompound.js";
import { commonMorphemes } from "./morphemes.js";
import { normalizeGerman } from "./normalize.js";
import { stemGerman } from "./stem.js";
import { isStopword } from "./stopwords.js";
import { tokenize, type Word } from "./tokenize.js";

/** Query text beyond this is ignored: nobody types more, and it bounds the work per query. */
export const MAX_QUERY_LENGTH = 200;
/** Query words beyond this are ignored. */
export const MAX_QUERY_WORDS = 8;
/** Longer words are matched exactly only (no typo tolerance, no splitting). */
const MAX_FUZZY_WORD = 32;
const MAX_PHRASE = 3;

/** The content words of a text: folded, stopwords and single letters dropped, hyphenated words joined. */
export function contentWords(text: string, locale: Locale = "de", maxWords = Number.POSITIVE_INFINITY): string[] {
  const words: string[] = [];
  let previous: Word | undefined;
  for (const word of tokenize(normalizeGerman(text), maxWords)) {
    const joined = word.hyphenated && previous !== undefined ? words.at(-1) : undefined;
    previous = word;
    if (joined !== undefined) {
      words[words.length - 1] = joined + word.text;
      continue;
    }
    if (word.text.length < 2 || isStopword(word.text, locale)) {
      previous = undefined;
      continue;
    }
    words.push(word.text);
  }
  return words;
}

/** Terms of one document field: whole words, and the parts of the compounds among them. */
export interface FieldTerms {
  words: string[];
  parts: string[];
}

/** Analyses a document field for the index. Hyphenated words count as one word and as their pieces. */
export function analyzeField(text: string, decompounder: Decompounder): FieldTerms {
  const words: string[] = [];
  const parts: string[] = [];
  let previous: Word | undefined;
  for (const word of tokenize(normalizeGerman(text))) {
    const isLetter = word.text.length >= 2 && !isStopword(word.text);
    if (word.hyphenated && previous !== undefined) {
      const joined = previous.text + word.text;
      words.push(joined);
      if (isLetter) words.push(word.text);
      previous = { ...word, text: joined };
      continue;
    }
    previous = word;
    if (!isLetter) continue;
    words.push(word.text);
    if (word.text.length <= MAX_FUZZY_WORD)
      parts.push(...compoundTerms(word.text, decompounder.split(word.text, true)));
  }
  // Parts of a hyphenated word are its pieces, already in `words`.
  return { words, parts };
}

/** The words a lexicon learns from a title, synonym or keyword: each word, hyphenated ones also joined. */
export function lexiconWords(text: string): string[] {
  const words = tokenize(normalizeGerman(text))
    .map((word) => word.text)
    .filter((word) => !isStopword(word));
  return [...words, ...contentWords(text)].filter((word) => word.length >= 3);
}

/** The folded built-in morphemes. */
export function foldedMorphemes(): string[] {
  return commonMorphemes.map(normalizeGerman);
}

/**
 * A decompounder knowing the built-in morphemes and the words of `texts` (titles, synonyms, keywords
 * as written), as `buildSearchIndex` builds it.
 */
export function createDecompounder(texts: Iterable<string> = []): Decompounder {
  const lexicon = new Set(foldedMorphemes());
  for (const text of texts) for (const word of lexiconWords(text)) lexicon.add(word);
  return new Decompounder(lexicon);
}

export type ExpansionKind = "word" | "stem" | "part" | "fragment" | "synonym";

/** One term a query word is searched as. */
export interface Expansion {
  term: string;
  kind: ExpansionKind;
  prefix: boolean;
  /** Largest edit distance for typos (0 = exact). */
  fuzzy: number;
  weight: number;
}

export interface QueryWord {
  text: string;
  expansions: Expansion[];
}

const WEIGHTS: Record<ExpansionKind, number> = { word: 1, stem: 0.9, part: 0.7, fragment: 0.5, synonym: 0.6 };

/** Typo tolerance by word length: none up to 4 letters, one edit up to 7, two up to 13, then three. */
export function fuzzyDistance(length: number): number {
  if (length <= 4 || length > MAX_FUZZY_WORD) return 0;
  if (length <= 7) return 1;
  return length <= 13 ? 2 : 3;
}

function addExpansion(expansions: Expansion[], candidate: Expansion): void {
  const existing = expansions.find((expansion) => expansion.term === candidate.term);
  if (existing === undefined) {
    expansions.push(candidate);
    return;
  }
  existing.weight = Math.max(existing.weight, candidate.weight);
  existing.prefix ||= candidate.prefix;
  existing.fuzzy = Math.max(existing.fuzzy, candidate.fuzzy);
}

/** What the query side knows of the index: its splitter and the head index's words with their frequency. */
export interface QueryContext {
  decompounder: Decompounder;
  /** Every term of the head index with the number of documents containing it. */
  vocabulary: ReadonlyMap<string, number>;
}

// Forms a stem takes in titles; looked up exactly instead of searching the stem as a prefix, which
// would also pull in every compound starting with it („meld“ → „melder“, „meldebescheinigung“).
const STEM_FORMS = ["", "e", "en", "n", "s", "es", "er", "ung", "ungen", "t", "te"];

function wordExpansions(word: string, context: QueryContext): Expansion[] {
  const expansions: Expansion[] = [];
  const long = word.length > MAX_FUZZY_WORD;
  // A word the index knows is taken as typed: typo tolerance would only add look-alikes (anmelden →
  // abmelden), and prefix search would count compounds twice, since their parts are indexed already
  // (wohnsitz → „Wohnsitzmarke“ as a prefix and its part „wohnsitz“).
  const known = context.vocabulary.has(word);
  addExpansion(expansions, {
    term: word,
    kind: "word",
    prefix: word.length >= 3 && !long && !known,
    fuzzy: known ? 0 : fuzzyDistance(word.length),
    weight: WEIGHTS.word,
  });
  if (long) return expansions;
  const stem = stemGerman(word);
  if (stem !== word) {
    for (const ending of STEM_FORMS) {
      const form = stem + ending;
      if (form === word || !context.vocabulary.has(form)) continue;
      addExpansion(expansions, { term: form, kind: "stem", prefix: false, fuzzy: 0, weight: WEIGHTS.stem });
    }
  }
  // A known word also stands for its compounds through their indexed parts; splitting it as well
  // would count the same compound twice („sondernutzung“ and its „sonder“, „nutzung“).
  const parts = known ? [] : context.decompounder.split(word, true);
  for (const term of compoundTerms(word, parts)) {
    addExpansion(expansions, { term, kind: "part", prefix: false, fuzzy: 0, weight: WEIGHTS.part });
  }
  for (const part of parts) {
    if (part.known) continue;
    addExpansion(expansions, {
      term: part.text,
      kind: "fragment",
      prefix: true,
      fuzzy: context.vocabulary.has(part.text) ? 0 : fuzzyDistance(part.text.length),
      weight: WEIGHTS.fragment,
    });
  }
  return expansions;
}

/** A synonym table with folded keys (content words joined by a space) and folded values. */
export type FoldedSynonyms = ReadonlyMap<string, readonly string[]>;

/** Folds a synonym table; entries of later tables are added to those of earlier ones. */
export function foldSynonyms(...tables: SynonymTable[]): Map<string, string[]> {
  const folded = new Map<string, string[]>();
  for (const table of tables) {
    for (const [key, values] of Object.entries(table)) {
      const words = contentWords(key, "en");
      if (words.length === 0 || words.length > MAX_PHRASE) continue;
      const foldedKey = words.join(" ");
      const target = folded.get(foldedKey) ?? [];
      for (const value of values) for (const word of contentWords(value)) if (!target.includes(word)) target.push(word);
      folded.set(foldedKey, target);
    }
  }
  return folded;
}

/** Analyses a query into its words and their expansions. */
export function analyzeQuery(
  query: string,
  context: QueryContext,
  synonymTables: readonly FoldedSynonyms[],
  locale: Locale = "de",
): QueryWord[] {
  const words = contentWords(query.slice(0, MAX_QUERY_LENGTH), locale, MAX_QUERY_WORDS * 4).slice(0, MAX_QUERY_WORDS);
  const queryWords = words.map((text) => ({ text, expansions: wordExpansions(text, context) }));
  // From each word, the longest phrase the tables know („ausweis verloren“ before „ausweis“); every
  // word of the phrase gets its expansions.
  for (let start = 0; start < words.length; start++) {
    for (let size = Math.min(MAX_PHRASE, words.length - start); size >= 1; size--) {
      const key = words.slice(start, start + size).join(" ");
      const values = synonymTables.flatMap((table) => table.get(key) ?? []);
      if (values.length === 0) continue;
      for (let offset = 0; offset < size; offset++) {
        const target = queryWords[start + offset];
        if (target === undefined) continue;
        for (const value of values) {
          addExpansion(target.expansions, {
            term: value,
            kind: "synonym",
            prefix: value.length >= 5,
            fuzzy: 0,
            weight: WEIGHTS.synonym,
          });
        }
      }
      break;
    }
  }
  return queryWords;
}
