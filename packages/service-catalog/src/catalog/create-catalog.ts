/**
 * `createCatalog`: validates the base catalogue, the cities and every overlay, checks ids and references
 * across them, and returns either the merged catalogue or every issue found, each naming its file.
 * There is no partial result: data that reaches a citizen has passed every check.
 */
import { catalogSchemasFor, createCatalogSchemas, parseCatalogData } from "../model/schemas.js";
import { buildCatalog } from "./build.js";
import { crossCheck } from "./cross-checks.js";
import type { CatalogInput, CatalogIssue, CatalogSource, CreateCatalogOptions, CreateCatalogResult } from "./types.js";

export function createCatalog(input: CatalogInput, options: CreateCatalogOptions = {}): CreateCatalogResult {
  const locale = options.locale ?? "de";
  const schemas = options.messages
    ? createCatalogSchemas({ locale, messages: options.messages })
    : catalogSchemasFor(locale);
  const overlays = input.overlays ?? [];
  const issues: CatalogIssue[] = [];
  const parsedBase = parseCatalogData(schemas.baseCatalogFile, input.base.data, { locale });
  const parsedCities = parseCatalogData(schemas.citiesFile, input.cities.data, { locale });
  const parsedOverlays = overlays.map((overlay) => parseCatalogData(schemas.overlayFile, overlay.data, { locale }));

  const sources = [input.base, input.cities, ...overlays];
  for (const [index, result] of [parsedBase, parsedCities, ...parsedOverlays].entries()) {
    if (!result.ok) {
      const source = sources[index]?.source ?? "";
      issues.push(...result.issues.map((issue) => ({ ...issue, source })));
    }
  }
  issues.push(...crossCheck(input, options));

  if (issues.length > 0 || !parsedBase.ok || !parsedCities.ok) return { ok: false, issues: bySource(issues, sources) };
  const validOverlays = parsedOverlays.flatMap((result) => (result.ok ? [result.value] : []));
  return { ok: true, catalog: buildCatalog(parsedBase.value, parsedCities.value, validOverlays) };
}

/** Issues grouped by file in input order, each file's issues in the order found. */
function bySource(issues: readonly CatalogIssue[], sources: readonly CatalogSource[]): CatalogIssue[] {
  const rank = new Map<string, number>();
  sources.forEach((file, index) => {
    if (!rank.has(file.source)) rank.set(file.source, index);
  });
  return [...issues].sort((a, b) => (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0));
}
