// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogJsonSchemaFiles, catalogJsonSchemas } from "./json-schemas.js";

const schemaDirectory = new URL("../../schema/", import.meta.url);

describe("catalogJsonSchemas", () => {
  const schemas = catalogJsonSchemas();

  it.each(Object.entries(catalogJsonSchemaFiles))(
    "matches the committed schema/%s (regenerate with `pnpm exec tsx scripts/generate-json-schema.ts`)",
    (name, fileName) => {
      const committed = JSON.parse(readFileSync(new URL(fileName, schemaDirectory), "utf8"));
      expect(committed).toEqual(schemas[name as keyof typeof schemas]);
    },
  );

  it("describes the data files for editors: strict objects, required fields, enums and patterns", () => {
    const services = schemas.services as {
      properties: {
        services: {
          items: {
            required: string[];
            additionalProperties: boolean;
            properties: Record<string, { enum?: string[]; pattern?: string }>;
          };
        };
      };
    };
    const service = services.properties.services.items;
    expect(service.required).toEqual(["id", "title", "shortText", "themenfeld"]);
    expect(service.additionalProperties).toBe(false);
    expect(service.properties.themenfeld?.enum).toHaveLength(14);
    expect(service.properties.id?.pattern).toBe("^[a-z0-9]+(-[a-z0-9]+)*$");
    expect(service.properties.leistungsschluessel?.pattern).toBe("^[0-9]{14}$");
    expect(JSON.stringify(schemas.overlay)).toContain('"weekly"');
    expect(JSON.stringify(schemas.cities)).toContain('"kreisangehörig"');
  });

  it("lets each file name its own schema in $schema", () => {
    for (const schema of Object.values(schemas)) {
      expect((schema as { properties: Record<string, unknown> }).properties.$schema).toMatchObject({ type: "string" });
    }
  });
});
