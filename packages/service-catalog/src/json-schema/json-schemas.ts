/**
 * JSON Schemas of the three kinds of data file, generated from the zod schemas with `z.toJSONSchema`,
 * so editors (VS Code and others) validate and complete while typing. They describe the input side
 * (fields with defaults are optional) in JSON Schema draft-07, which editors support best. What JSON
 * Schema cannot express (cross-file references, the Markdown and identifier checks beyond their
 * patterns) is checked by `createCatalog`.
 *
 * The committed copies live in `schema/` at the package root; regenerate them with
 * `pnpm exec tsx scripts/generate-json-schema.ts` (a test fails while they are out of date).
 */
import { z } from "zod";
import { catalogSchemas } from "../model/schemas.js";

export type CatalogJsonSchemaName = "services" | "cities" | "overlay";

/** File names under `schema/`, referred to by the data files' `"$schema"`. */
export const catalogJsonSchemaFiles: Readonly<Record<CatalogJsonSchemaName, string>> = {
  services: "services.schema.json",
  cities: "cities.schema.json",
  overlay: "overlay.schema.json",
};

export function catalogJsonSchemas(): Record<CatalogJsonSchemaName, Record<string, unknown>> {
  const generate = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", target: "draft-07" });
  return {
    services: generate(catalogSchemas.baseCatalogFile),
    cities: generate(catalogSchemas.citiesFile),
    overlay: generate(catalogSchemas.overlayFile),
  };
}
