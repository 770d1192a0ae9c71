/**
 * Builds the search index from plain documents, typically at build time per city; the result is
 * serialised (`serializeSearchIndex`) and loaded in the browser (`loadSearchIndex`).
 */
import MiniSearch from "minisearch";
import { analyzeField, foldedMorphemes, lexiconWords } from "./analyze.js";
import type { SynonymTable } from "./colloquial.js";
import { Decompounder } from "./decompound.js";
import { assembleIndex, bodyOptions, headOptions, type SearchIndex, type StoredDocument } from "./search-index.js";
import type { SearchDocument } from "./types.js";

export interface BuildSearchIndexOptions {
  /**
   * Extra query expansions maintained by editors, e.g. `{ "gelber sack": ["abfall"] }`; added to the
   * built-in colloquial table. Keys of up to three words.
   */
  synonyms?: SynonymTable;
  /**
   * Characters of each description kept for result excerpts and their highlights (default 200, 0 = none,
   * `Infinity` = the whole text).
   */
  excerptLength?: number;
}

const DEFAULT_EXCERPT_LENGTH = 200;
/**
 * Description words found in more than this share of the documents („Antrag“, „Gebühr“, „Termin“) are
 * left out of the description index: they tell services apart no better than a stopword, yet make up
 * most of its size and of the work per query. Titles, synonyms and keywords keep every word.
 */
const MAX_DESCRIPTION_SHARE = 0.1;
/** The limit is never below this many documents, so a small catalogue keeps every word. */
const MIN_FREQUENT_DOCUMENTS = 50;

/** Terms occurring in more than `limit` of the given documents. */
function frequentTerms(documents: readonly string[][], limit: number): Set<string> {
  const counts = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const frequent = new Set<string>();
  for (const [term, count] of counts) if (count > limit) frequent.add(term);
  return frequent;
}

/** The beginning of `text` up to `length` characters, cut at a word boundary; a prefix, so offsets hold. */
export function excerptOf(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(" ", length);
  return text.slice(0, cut > length / 2 ? cut : length);
}

function joined(terms: string[]): string {
  return terms.join(" ");
}

/**
 * Indexes `documents`. A later document with the same id replaces an earlier one. Missing or non-string
 * values are treated as empty, so a half-filled entry is searchable by what it has instead of failing
 * the whole build.
 */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  options: BuildSearchIndexOptions = {},
): SearchIndex {
  const unique = new Map<string, SearchDocument>();
  for (const document of documents) unique.set(String(document.id), document);
  const entries = [...unique.values()];
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((item) => typeof item === "string") : []);

  const learned = new Set<string>();
  for (const document of entries) {
    for (const source of [text(document.title), ...list(document.synonyms), ...list(document.keywords)]) {
      for (const word of lexiconWords(source)) learned.add(word);
    }
  }
  const morphemes = new Set(foldedMorphemes());
  const learnedWords = [...learned].filter((word) => !morphemes.has(word)).sort();
  const decompounder = new Decompounder(new Set([...morphemes, ...learnedWords]));

  const requested = options.excerptLength ?? DEFAULT_EXCERPT_LENGTH;
  // Infinity means the whole text; it is stored as the largest safe integer so it survives JSON.
  const excerptLength = Number.isNaN(requested)
    ? DEFAULT_EXCERPT_LENGTH
    : Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, Math.floor(requested)));
  const analysed = entries.map((document) => ({
    title: analyzeField(text(document.title), decompounder),
    synonyms: analyzeField(list(document.synonyms).join(" ; "), decompounder),
    keywords: analyzeField(list(document.keywords).join(" ; "), decompounder),
    description: analyzeField(text(document.text), decompounder),
  }));
  const frequent = frequentTerms(
    analysed.map(({ description }) => [...description.words, ...description.parts]),
    Math.max(MIN_FREQUENT_DOCUMENTS, Math.ceil(entries.length * MAX_DESCRIPTION_SHARE)),
  );
  const vocabulary = new Map<string, number>();
  for (const { title, synonyms, keywords } of analysed) {
    const terms = new Set([title, synonyms, keywords].flatMap((field) => [...field.words, ...field.parts]));
    for (const term of terms) vocabulary.set(term, (vocabulary.get(term) ?? 0) + 1);
  }
  const head = new MiniSearch(headOptions());
  const body = new MiniSearch(bodyOptions());
  const stored: StoredDocument[] = [];
  entries.forEach((document, index) => {
    const { title, synonyms, keywords, description } = analysed[index] as (typeof analysed)[number];
    head.add({
      i: index,
      t: joined(title.words),
      tp: joined(title.parts),
      s: joined(synonyms.words),
      sp: joined(synonyms.parts),
      k: joined([...keywords.words, ...keywords.parts]),
    });
    const bodyTerms = [...description.words, ...description.parts].filter((term) => !frequent.has(term));
    body.add({ i: index, b: joined(bodyTerms) });
    stored.push(storedDocument(document, text(document.title), excerptOf(text(document.text), excerptLength)));
  });
  return assembleIndex({
    documents: stored,
    head,
    body,
    learnedWords,
    synonyms: options.synonyms ?? {},
    excerptLength,
    vocabulary,
  });
}

function storedDocument(document: SearchDocument, title: string, excerpt: string): StoredDocument {
  const stored: StoredDocument = { id: String(document.id), title, excerpt };
  if (typeof document.themenfeld === "string") stored.themenfeld = document.themenfeld;
  if (typeof document.online === "boolean") stored.online = document.online;
  if (Array.isArray(document.cities)) stored.cities = document.cities.filter((city) => typeof city === "string");
  return stored;
}
