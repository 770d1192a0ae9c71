/**
 * Collects the matches of one query and ranks them. A service's score is the sum of its BM25+ scores
 * over all matched expansions, times (matched query words / query words)², so a service matching every
 * word of „hund anmelden“ beats one matching „anmelden“ strongly; a service whose title is exactly the
 * query gets a bonus.
 */
import type { SearchResult } from "minisearch";
import type { StoredDocument } from "./search-index.js";
import type { SearchFilters } from "./types.js";

/** How strongly a service is penalised for query words it does not match: score · coverage^k. */
const COVERAGE_EXPONENT = 2;
/** Bonus for a service whose title is exactly the query. */
const EXACT_TITLE_BONUS = 1.5;
const SCORE_PRECISION = 1e6;

interface Candidate {
  score: number;
  /** Bit i set: query word i matched. */
  covered: number;
  /** The index terms that matched, for highlighting. */
  terms: string[][];
  /** Passes the filters. */
  eligible: boolean;
  /** Found by an exact term or a sure correction, not only by a guess. */
  anchored: boolean;
}

export function matchesFilters(document: StoredDocument, filters: SearchFilters | undefined): boolean {
  if (filters === undefined) return true;
  const { themenfeld, online, city } = filters;
  if (themenfeld !== undefined) {
    const wanted = typeof themenfeld === "string" ? [themenfeld] : themenfeld;
    if (document.themenfeld === undefined || !wanted.includes(document.themenfeld)) return false;
  }
  if (online !== undefined && document.online !== online) return false;
  if (city !== undefined && document.cities !== undefined && !document.cities.includes(city)) return false;
  return true;
}

function popcount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** Keeps the `limit` best entries, best first; ties go to the earlier document. */
export function topEntries(entries: Iterable<[number, number]>, limit: number): [number, number][] {
  const top: [number, number][] = [];
  const before = (a: [number, number], b: [number, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const entry of entries) {
    const last = top[top.length - 1];
    if (top.length >= limit && last !== undefined && !before(entry, last)) continue;
    let position = top.length;
    while (position > 0 && before(entry, top[position - 1] as [number, number])) position--;
    top.splice(position, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top;
}

export class Candidates {
  readonly #documents: readonly StoredDocument[];
  readonly #filters: SearchFilters | undefined;
  readonly #wordCount: number;
  readonly #exactTitle: ReadonlySet<number>;
  readonly #entries = new Map<number, Candidate>();
  #eligible = 0;
  #anchored = 0;

  constructor(
    documents: readonly StoredDocument[],
    filters: SearchFilters | undefined,
    wordCount: number,
    exactTitle: ReadonlySet<number>,
  ) {
    this.#documents = documents;
    this.#filters = filters;
    this.#wordCount = wordCount;
    this.#exactTitle = exactTitle;
  }

  /** Services passing the filters, so far. */
  get eligible(): number {
    return this.#eligible;
  }

  /** Eligible services found by exact terms or sure corrections, so far. */
  get anchored(): number {
    return this.#anchored;
  }

  /** The candidates, for restricting a search to them. */
  get ids(): ReadonlyMap<number, unknown> {
    return this.#entries;
  }

  /** Adds one MiniSearch match of query word `position`, weighted. */
  add(result: SearchResult, position: number, weight: number, certain: boolean): void {
    const id = result.id as number;
    let entry = this.#entries.get(id);
    if (entry === undefined) {
      const document = this.#documents[id];
      const eligible = document !== undefined && matchesFilters(document, this.#filters);
      entry = { score: 0, covered: 0, terms: [], eligible, anchored: false };
      if (eligible) this.#eligible++;
      this.#entries.set(id, entry);
    }
    if (certain && entry.eligible && !entry.anchored) {
      entry.anchored = true;
      this.#anchored++;
    }
    // MiniSearch multiplies by the number of matched query terms; the expansions of one word matching
    // together are not separate evidence.
    entry.score += (weight * result.score) / Math.max(1, result.queryTerms.length);
    entry.covered |= 1 << position;
    entry.terms.push(result.terms);
  }

  *#scored(): Generator<[number, number]> {
    for (const [id, entry] of this.#entries) {
      if (!entry.eligible) continue;
      const coverage = (popcount(entry.covered) / this.#wordCount) ** COVERAGE_EXPONENT;
      const score = entry.score * coverage * (this.#exactTitle.has(id) ? EXACT_TITLE_BONUS : 1);
      // Rounded, so that sums taken in another order (a loaded index iterates its fields differently)
      // tie exactly and ties keep the catalogue order.
      yield [id, Math.round(score * SCORE_PRECISION) / SCORE_PRECISION];
    }
  }

  /** The best `limit` eligible candidates as `[id, score]`, best first. */
  top(limit: number): [number, number][] {
    return topEntries(this.#scored(), limit);
  }

  /** The index terms a candidate matched. */
  termsOf(id: number): Set<string> {
    const terms = new Set<string>();
    for (const list of this.#entries.get(id)?.terms ?? []) for (const term of list) terms.add(term);
    return terms;
  }
}
