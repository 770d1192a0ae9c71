import type { Catalog } from "../catalog/types.js";
import { type BuildSearchIndexOptions, buildSearchIndex } from "../search/build.js";
import type { SearchIndex } from "../search/search-index.js";
import { type SearchDocumentsOptions, searchDocumentsFromCatalog } from "./documents.js";

export interface BuildCatalogSearchIndexOptions extends SearchDocumentsOptions, BuildSearchIndexOptions {}

/**
 * The search index of the catalogue's services: of all of them, or with `cityId` of one city's offer.
 * Serialise it with `serializeSearchIndex` to ship it as a static file.
 */
export function buildCatalogSearchIndex(catalog: Catalog, options: BuildCatalogSearchIndexOptions = {}): SearchIndex {
  const { cityId, ...indexOptions } = options;
  const documents = searchDocumentsFromCatalog(catalog, cityId === undefined ? {} : { cityId });
  return buildSearchIndex(documents, indexOptions);
}
