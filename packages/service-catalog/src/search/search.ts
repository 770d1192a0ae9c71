/**
 * Query side. Every query word is searched as its expansions (the word, stem forms, compound parts,
 * synonyms) with MiniSearch's BM25+ and field boosts (title > synonyms > keywords > compound parts; the
 * description counts least); `ranking.ts` combines the matches.
 *
 * Speed: the work per query grows with the number of services a term reaches, and common terms
 * („beantragen“, „anmelden“) reach hundreds. Expansions therefore run rarest first; once rarer ones have
 * found candidates for sure, common ones only score those candidates (MiniSearch skips every other
 * service before scoring it). A candidate's score is the same either way; left out are only services
 * reached by common words alone, which match fewer of the query's words. Typo tolerance tries the
 * closest correction first and widens only when it finds nothing.
 */
import type MiniSearch from "minisearch";
import type { SearchResult } from "minisearch";
import { analyzeQuery, type Expansion } from "./analyze.js";
import { englishSynonymsFolded } from "./english.js";
import { highlightRanges } from "./highlight.js";
import { Candidates } from "./ranking.js";
import type { SearchIndex, StoredDocument } from "./search-index.js";
import type { SearchHit, SearchOptions } from "./types.js";

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

/** Field boosts of the head index. */
const HEAD_BOOST = { t: 4, tp: 2, s: 3, sp: 1.5, k: 1.5 };
const BODY_BOOST = { b: 1 };
/** Weight of the description index against the head index. */
const BODY_WEIGHT = 0.3;
/** A term in more than this share of the services is common… */
const COMMON_SHARE = 0.02;
/** …but never below this many services, so small catalogues always search every term fully. */
const MIN_COMMON_DOCUMENTS = 100;
/** A correction of a word this long counts as a sure find. */
const SURE_CORRECTION_LENGTH = 8;
/** Candidates the description may reorder, at least. */
const MIN_REORDERED = 30;

interface Probe {
  position: number;
  expansion: Expansion;
  /** Services the term reaches: 0 when unknown (typos, probably rare), Infinity for fragments (last). */
  reach: number;
}

function identity(term: string): string {
  return term;
}

function single(text: string): string[] {
  return [text];
}

/**
 * Runs expansions against one MiniSearch index and reports every match. Matches are collected in the
 * filter callback, which answers false, so MiniSearch does not sort what the ranking re-scores anyway.
 * With `only`, MiniSearch skips every other service before scoring it (`boostDocument` answering 0).
 */
function run(
  index: MiniSearch,
  expansions: readonly Expansion[],
  boost: Record<string, number>,
  only: ReadonlyMap<number, unknown> | undefined,
  report: (result: SearchResult) => void,
): void {
  if (expansions.length === 0) return;
  const queries = expansions.map((expansion) => ({
    queries: [expansion.term],
    prefix: expansion.prefix,
    fuzzy: expansion.fuzzy > 0 ? expansion.fuzzy : false,
    boostTerm: () => expansion.weight,
  }));
  index.search(
    { combineWith: "OR", queries },
    {
      boost,
      tokenize: single,
      processTerm: identity,
      ...(only === undefined ? {} : { boostDocument: (id: unknown) => (only.has(id as number) ? 1 : 0) }),
      filter: (result) => {
        report(result);
        return false;
      },
    },
  );
}

function reachOf(expansion: Expansion, index: SearchIndex): number {
  if (expansion.kind === "fragment") return Number.POSITIVE_INFINITY;
  return index.vocabulary.get(expansion.term) ?? 0;
}

/** Description search: exact words, stem forms, parts and synonyms; no typo tolerance, no fragments. */
function bodyExpansions(expansions: readonly Expansion[]): Expansion[] {
  return expansions
    .filter((expansion) => expansion.kind !== "fragment")
    .map((expansion) => ({ ...expansion, fuzzy: 0, prefix: false }));
}

function normaliseLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

/**
 * Searches the index, best hits first. Never throws for any query string: text beyond 200 characters
 * and words beyond the eighth are ignored, and a query of stopwords only finds nothing.
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  if (typeof query !== "string") return [];
  const locale = options.locale === "en" ? "en" : "de";
  const tables = locale === "en" ? [index.foldedSynonyms, englishSynonymsFolded()] : [index.foldedSynonyms];
  const words = analyzeQuery(query, index, tables, locale);
  if (words.length === 0) return [];
  const limit = normaliseLimit(options.limit);
  const common = Math.max(MIN_COMMON_DOCUMENTS, index.documents.length * COMMON_SHARE);
  const exactTitle = new Set(index.titleKeys.get(words.map((word) => word.text).join(" ")));
  const candidates = new Candidates(index.documents, options.filters, words.length, exactTitle);
  const restriction = () => (candidates.anchored > 0 || candidates.eligible >= limit ? candidates.ids : undefined);

  const probes: Probe[] = words.flatMap((word, position) =>
    word.expansions.map((expansion) => ({ position, expansion, reach: reachOf(expansion, index) })),
  );
  probes.sort((a, b) => a.reach - b.reach);
  // Bit i set: word i matched as a whole (perhaps corrected), so its fragments are not needed.
  let matchedWords = 0;
  for (const { position, expansion, reach } of probes) {
    if (expansion.kind === "fragment" && (matchedWords & (1 << position)) !== 0) continue;
    const only = reach > common ? restriction() : undefined;
    const sure =
      expansion.kind !== "fragment" && (expansion.fuzzy === 0 || expansion.term.length >= SURE_CORRECTION_LENGTH);
    let found = 0;
    const report = (result: SearchResult) => {
      found++;
      candidates.add(result, position, 1, sure);
    };
    // The closest reading wins: a word that continues as typed (prefix) before corrections, and
    // corrections by distance, as MiniSearch weighs distance 1 and 3 almost alike.
    if (expansion.fuzzy === 0 || expansion.prefix)
      run(index.head, [{ ...expansion, fuzzy: 0 }], HEAD_BOOST, only, report);
    for (let distance = 1; distance <= expansion.fuzzy && found === 0; distance++) {
      run(index.head, [{ ...expansion, fuzzy: distance }], HEAD_BOOST, only, report);
    }
    if (found > 0 && expansion.kind === "word") matchedWords |= 1 << position;
  }

  // Once the short fields have found candidates, the description only reorders the leading ones;
  // otherwise it may find services the short fields missed.
  const leading = restriction() === undefined ? undefined : new Map(candidates.top(Math.max(MIN_REORDERED, limit * 5)));
  words.forEach((word, position) => {
    run(index.body, bodyExpansions(word.expansions), BODY_BOOST, leading, (result) =>
      candidates.add(result, position, BODY_WEIGHT, false),
    );
  });

  return candidates
    .top(limit)
    .map(([id, score]) => toHit(index, index.documents[id] as StoredDocument, score, candidates.termsOf(id)));
}

function toHit(index: SearchIndex, document: StoredDocument, score: number, terms: ReadonlySet<string>): SearchHit {
  const hit: SearchHit = {
    id: document.id,
    title: document.title,
    score,
    titleHighlights: highlightRanges(document.title, terms, index.decompounder),
    excerpt: document.excerpt,
    excerptHighlights: highlightRanges(document.excerpt, terms, index.decompounder),
  };
  if (document.themenfeld !== undefined) hit.themenfeld = document.themenfeld;
  if (document.online !== undefined) hit.online = document.online;
  return hit;
}
