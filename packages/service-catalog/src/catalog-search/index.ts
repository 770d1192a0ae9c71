export { type BuildCatalogSearchIndexOptions, buildCatalogSearchIndex } from "./build-index.js";
export { type SearchDocumentsOptions, searchDocumentsFromCatalog } from "./documents.js";
