/**
 * Writes the JSON Schemas of the data files to `schema/`.
 * Run: `pnpm exec tsx scripts/generate-json-schema.ts` (from packages/service-catalog), then format with Biome.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalogJsonSchemaFiles, catalogJsonSchemas } from "../src/json-schema/json-schemas.js";

const directory = fileURLToPath(new URL("../schema/", import.meta.url));
mkdirSync(directory, { recursive: true });
const schemas = catalogJsonSchemas();
for (const [name, fileName] of Object.entries(catalogJsonSchemaFiles)) {
  writeFileSync(`${directory}${fileName}`, `${JSON.stringify(schemas[name as keyof typeof schemas], null, 2)}\n`);
  console.log(`schema/${fileName}`);
}
