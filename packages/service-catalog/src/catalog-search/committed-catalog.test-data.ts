/** The catalogue built from the committed files in data/, for tests that need real services. */
import { readdirSync, readFileSync } from "node:fs";
import { createCatalog } from "../catalog/create-catalog.js";
import type { Catalog, CatalogSource } from "../catalog/types.js";

const packageRoot = new URL("../../", import.meta.url);

function read(path: string): CatalogSource {
  return { source: path, data: JSON.parse(readFileSync(new URL(path, packageRoot), "utf8")) };
}

export function committedCatalog(): Catalog {
  const overlays = readdirSync(new URL("data/overlays/", packageRoot))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => read(`data/overlays/${name}`));
  const result = createCatalog({ base: read("data/base/services.json"), cities: read("data/cities.json"), overlays });
  if (!result.ok) throw new Error(`The committed catalogue is invalid: ${JSON.stringify(result.issues, null, 2)}`);
  return result.catalog;
}
