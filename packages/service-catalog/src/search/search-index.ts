/**
 * The search index: two MiniSearch indexes and what the query side needs to analyse queries the same
 * way the documents were analysed (the decompounder's lexicon, the editors' synonyms).
 *
 * - `head` holds the short fields (title, synonyms, keywords; whole words and compound parts in
 *   separate fields), searched with prefix and typo tolerance. Its vocabulary is small, which keeps
 *   typo search fast.
 * - `body` holds the description, searched for exact words and stems only: a weak signal, and the
 *   largest vocabulary, where typo search would cost the most and find the least.
 */
import type MiniSearch from "minisearch";
import { contentWords, foldedMorphemes, foldSynonyms } from "./analyze.js";
import type { SynonymTable } from "./colloquial.js";
import { germanColloquialSynonyms } from "./colloquial.js";
import { Decompounder } from "./decompound.js";

/** Format marker and version of the serialised index; bump the version when the layout changes. */
export const INDEX_FORMAT = "digitale-kommune/service-search";
export const INDEX_VERSION = 1;

/** What the index keeps of a document to show and filter results. */
export interface StoredDocument {
  id: string;
  title: string;
  excerpt: string;
  themenfeld?: string;
  online?: boolean;
  cities?: readonly string[];
}

/** Fields of the head index: title words, title parts, synonym words, synonym parts, keywords. */
export const HEAD_FIELDS = ["t", "tp", "s", "sp", "k"] as const;
export const BODY_FIELDS = ["b"] as const;
export const ID_FIELD = "i";

/** Treat as opaque: build it with `buildSearchIndex` or `loadSearchIndex`, query it with `search`. */
export interface SearchIndex {
  readonly documents: readonly StoredDocument[];
  readonly head: MiniSearch;
  readonly body: MiniSearch;
  /** Words the lexicon learned from the documents (the built-in morphemes are not repeated). */
  readonly learnedWords: readonly string[];
  /** The editors' synonym table as given. */
  readonly synonyms: SynonymTable;
  readonly excerptLength: number;
  readonly decompounder: Decompounder;
  /** Every term of the head index with the number of documents containing it. */
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly foldedSynonyms: ReadonlyMap<string, readonly string[]>;
  /** Documents by their folded title (content words joined by a space), for the exact-title bonus. */
  readonly titleKeys: ReadonlyMap<string, readonly number[]>;
}

function whitespaceTokenize(text: string): string[] {
  return text.split(" ");
}

function identity(term: string): string {
  return term;
}

export function headOptions() {
  return { idField: ID_FIELD, fields: [...HEAD_FIELDS], tokenize: whitespaceTokenize, processTerm: identity };
}

export function bodyOptions() {
  return { idField: ID_FIELD, fields: [...BODY_FIELDS], tokenize: whitespaceTokenize, processTerm: identity };
}

export function titleKey(title: string): string {
  return contentWords(title).join(" ");
}

/** Assembles an index from its stored parts, deriving what is not stored. */
export function assembleIndex(parts: {
  documents: readonly StoredDocument[];
  head: MiniSearch;
  body: MiniSearch;
  learnedWords: readonly string[];
  synonyms: SynonymTable;
  excerptLength: number;
  vocabulary: ReadonlyMap<string, number>;
}): SearchIndex {
  const lexicon = new Set([...foldedMorphemes(), ...parts.learnedWords]);
  const titleKeys = new Map<string, number[]>();
  parts.documents.forEach((document, index) => {
    const key = titleKey(document.title);
    const list = titleKeys.get(key);
    if (list === undefined) titleKeys.set(key, [index]);
    else list.push(index);
  });
  return {
    ...parts,
    decompounder: new Decompounder(lexicon),
    foldedSynonyms: foldSynonyms(germanColloquialSynonyms, parts.synonyms),
    titleKeys,
  };
}
