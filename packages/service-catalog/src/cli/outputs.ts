/**
 * What `service-catalog build` writes, computed in memory first: nothing touches the disk until every
 * file is ready, so a failure half-way cannot leave a mix of old and new files behind.
 */
import type { Catalog } from "../catalog/types.js";
import { buildCatalogSearchIndex } from "../catalog-search/build-index.js";
import { catalogJsonSchemaFiles, catalogJsonSchemas } from "../json-schema/json-schemas.js";
import { serializeSearchIndex } from "../search/serialize.js";
import { catalogSnapshot } from "./snapshot.js";

export interface OutputFile {
  /** Relative to the output folder, with `/`. */
  path: string;
  content: string;
}

/** `catalog.json`, the search index of all services and of each city, and the JSON Schemas. */
export function catalogOutputs(catalog: Catalog): OutputFile[] {
  const files: OutputFile[] = [
    // Compact: these files are shipped to browsers; any JSON viewer formats them for reading.
    { path: "catalog.json", content: JSON.stringify(catalogSnapshot(catalog)) },
    { path: "search-index.json", content: serializeSearchIndex(buildCatalogSearchIndex(catalog)) },
  ];
  for (const city of catalog.cities) {
    const index = buildCatalogSearchIndex(catalog, { cityId: city.id });
    files.push({ path: `search-index.${city.id}.json`, content: serializeSearchIndex(index) });
  }
  const schemas = catalogJsonSchemas();
  for (const name of Object.keys(catalogJsonSchemaFiles) as (keyof typeof catalogJsonSchemaFiles)[]) {
    // Formatted like the committed copies in schema/, which editors open and people read.
    files.push({
      path: `schema/${catalogJsonSchemaFiles[name]}`,
      content: `${JSON.stringify(schemas[name], null, 2)}\n`,
    });
  }
  return files;
}
