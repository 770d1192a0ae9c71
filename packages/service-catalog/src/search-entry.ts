/**
 * `@digitale-kommune/service-catalog/search`: the German-aware search over the catalogue. Its own entry point,
 * because MiniSearch is not marked side-effect free: an app that only validates or renders the catalogue must
 * not load it through the main entry.
 */
// German-aware search (MiniSearch underneath)

// Search documents from the catalogue, and the snapshot the CLI writes
export {
  type BuildCatalogSearchIndexOptions,
  buildCatalogSearchIndex,
  type SearchDocumentsOptions,
  searchDocumentsFromCatalog,
} from "./catalog-search/index.js";
export {
  CATALOG_SNAPSHOT_FORMAT,
  CATALOG_SNAPSHOT_VERSION,
  type CatalogSnapshot,
  type CityServiceSnapshot,
  catalogSnapshot,
} from "./cli/snapshot.js";
export {
  type BuildSearchIndexOptions,
  buildSearchIndex,
  type CompoundPart,
  commonMorphemes,
  createDecompounder,
  Decompounder,
  englishSynonyms,
  type FoldedText,
  foldGerman,
  germanColloquialSynonyms,
  type HighlightRange,
  isStopword,
  type LoadSearchIndexOptions,
  loadSearchIndex,
  normalizeGerman,
  type SearchDocument,
  type SearchFilters,
  type SearchHit,
  type SearchIndex,
  type SearchIndexIssueCode,
  type SearchOptions,
  type SynonymTable,
  search,
  searchIndexMessages,
  serializeSearchIndex,
  stemGerman,
} from "./search/index.js";
