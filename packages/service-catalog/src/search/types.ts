import type { Locale } from "@digitale-kommune/validators";

/**
 * What the search indexes of one service. A plain shape of its own, so the search does not depend on the
 * catalogue model; the catalogue maps each service (with its city overlay) onto it.
 */
export interface SearchDocument {
  /** The service's stable slug id. */
  id: string;
  /** German title, e.g. „Personalausweis beantragen“. */
  title: string;
  /** Other names of the service (LeiKa `synonyme`, XZuFi `modulBegriffImKontext`, colloquial names). */
  synonyms: readonly string[];
  /** Related words citizens search for, e.g. „Umzug“ for Wohnsitz anmelden. */
  keywords: readonly string[];
  /** Plain description (Markdown markup is treated as punctuation). */
  text: string;
  /** OZG-Themenfeld, e.g. „Familie & Kind“. */
  themenfeld?: string;
  /** Whether the service can be completed online. */
  online?: boolean;
  /** Ids of the cities offering the service; absent means every city. */
  cities?: readonly string[];
}

/** A half-open range of characters `[start, end)` in a string, in UTF-16 code units like `String#slice`. */
export interface HighlightRange {
  start: number;
  end: number;
}

/** Narrow results; every given filter must hold. */
export interface SearchFilters {
  /** Keep services of this Themenfeld (or of any of these). */
  themenfeld?: string | readonly string[];
  /** Keep services that can (`true`) or cannot (`false`) be completed online. */
  online?: boolean;
  /** Keep services offered in this city (services without a city list are offered everywhere). */
  city?: string;
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** Most results to return (default 10, at most 100). */
  limit?: number;
  /**
   * Language of the query (default `"de"`). With `"en"`, English stopwords are dropped as well and
   * English words are expanded to the German words of the catalogue („dog tax“ → Hundesteuer).
   */
  locale?: Locale;
}

/** One hit, best first. */
export interface SearchHit {
  id: string;
  title: string;
  score: number;
  themenfeld?: string;
  online?: boolean;
  /** Matched words in `title`. */
  titleHighlights: HighlightRange[];
  /** The stored beginning of `text` (see `excerptLength`), for a result list. */
  excerpt: string;
  /** Matched words in `excerpt`; the offsets are the same in the full `text`. */
  excerptHighlights: HighlightRange[];
}
