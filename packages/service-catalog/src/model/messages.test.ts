import { describe, expect, it } from "vitest";
import { z } from "zod";
import { catalogErrorMap } from "./error-map.js";
import { catalogFieldNames, catalogMessages, fieldNameOf, shapeMessages } from "./messages.js";

describe("messages", () => {
  it("exist in German and English for every code and field", () => {
    for (const catalog of [catalogMessages, shapeMessages, catalogFieldNames]) {
      expect(Object.keys(catalog.en).sort()).toEqual(Object.keys(catalog.de).sort());
      for (const text of [...Object.values(catalog.de), ...Object.values(catalog.en)]) expect(text.trim()).not.toBe("");
    }
  });

  it("name the field, with the position of a list entry", () => {
    expect(fieldNameOf(["services", 3, "fees", 0, "amount"], "de")).toBe("Betrag in Cent (amount)");
    expect(fieldNameOf(["services", 3, "keywords", 1], "de")).toBe("Suchbegriffe (keywords) Nr. 2");
    expect(fieldNameOf(["tiers", 0, 1], "en")).toBe("Age tiers (tiers) no. 1, no. 2");
    expect(fieldNameOf([], "de")).toBe("Datei");
    expect(fieldNameOf(["eigenesFeld"], "de")).toBe("eigenesFeld");
  });
});

describe("catalogErrorMap", () => {
  const messagesOf = (schema: z.ZodType, data: unknown, locale: "de" | "en" = "de") =>
    schema.safeParse(data, { error: catalogErrorMap(locale) }).error?.issues.map((issue) => issue.message);

  it("words zod's own issues in German by default", () => {
    const schema = z.strictObject({
      keywords: z.array(z.string().min(1)).min(2).max(3),
      title: z.string().min(3),
      required: z.boolean(),
    });
    expect(messagesOf(schema, { keywords: [""], title: "ab", required: "ja", extra: 1, more: 2 })).toEqual([
      "Suchbegriffe (keywords) Nr. 1 darf nicht leer sein.",
      "Suchbegriffe (keywords) braucht mindestens 2 Einträge.",
      "Titel (title) ist zu kurz: mindestens 3 Zeichen.",
      "Pflicht (required): Erwartet wird true oder false, gefunden wurde ein Text.",
      "Datei: Unbekanntes Feld „extra“, „more“. Bitte prüfen Sie die Schreibweise.",
    ]);
    expect(messagesOf(z.object({ keywords: z.array(z.string()).max(1) }), { keywords: ["a", "b"] })).toEqual([
      "Suchbegriffe (keywords) darf höchstens 1 Einträge haben.",
    ]);
  });

  it("words them in English on request, and cuts long values", () => {
    const schema = z.object({ kind: z.enum(["fixed", "free"]), title: z.string().max(2) });
    expect(messagesOf(schema, { kind: "x".repeat(100), title: "abc" }, "en")).toEqual([
      `Kind (kind): “${"x".repeat(57)}…” is not allowed. Allowed: fixed, free.`,
      "Title (title) is too long: at most 2 characters.",
    ]);
    expect(messagesOf(z.object({ list: z.array(z.string()) }), { list: {} }, "en")).toEqual([
      "list: expected a list, found an object.",
    ]);
  });
});
