import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { qualityCorpus } from "../../test/search-quality/corpus.js";
import { qualityQueries } from "../../test/search-quality/queries.js";
import { buildSearchIndex } from "./build.js";
import { search } from "./search.js";
import { loadSearchIndex, serializeSearchIndex } from "./serialize.js";

const built = buildSearchIndex(qualityCorpus, { synonyms: { "gassi gehen": ["hund"] } });
const json = serializeSearchIndex(built);

function load(text: string) {
  const result = loadSearchIndex(text);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("; "));
  return result.value;
}

function tamper(change: (data: Record<string, unknown>) => void): string {
  const data = JSON.parse(json) as Record<string, unknown>;
  change(data);
  return JSON.stringify(data);
}

describe("serializeSearchIndex / loadSearchIndex", () => {
  it("answers every query of the quality set the same after a round trip", () => {
    const loaded = load(json);
    for (const { query } of qualityQueries) {
      expect(search(loaded, query)).toEqual(search(built, query));
    }
    expect(search(loaded, "gassi gehen")[0]?.id).toMatch(/^hundesteuer/);
  });

  it("serialises a loaded index again", () => {
    const again = load(serializeSearchIndex(load(json)));
    expect(search(again, "Hundesteuer Anmeldung")).toEqual(search(built, "Hundesteuer Anmeldung"));
    expect(again.documents).toEqual(built.documents);
  });

  it("reports text that is not JSON", () => {
    expect(loadSearchIndex("{nope")).toEqual({
      ok: false,
      issues: [{ path: [], code: "invalid_json", message: "Der Suchindex ist kein gültiges JSON." }],
    });
    const english = loadSearchIndex("", { locale: "en" });
    expect(english.ok === false && english.issues[0]?.message).toBe("The search index is not valid JSON.");
  });

  it("reports a file of another format, naming the field", () => {
    const result = loadSearchIndex(tamper((data) => delete data.documents));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe("invalid_format");
    expect(result.issues[0]?.path).toEqual(["documents"]);
    expect(result.issues[0]?.message).toContain("documents");
    expect(loadSearchIndex("[]").ok).toBe(false);
    expect(loadSearchIndex("null").ok).toBe(false);
  });

  it("reports an index of another version", () => {
    const result = loadSearchIndex(tamper((data) => (data.version = 99)));
    expect(result.ok === false && result.issues[0]).toEqual({
      path: ["version"],
      code: "unsupported_version",
      message: "Der Suchindex hat die Version 99; unterstützt wird Version 1. Bitte neu erzeugen.",
    });
  });

  it("reports damaged index data instead of throwing", () => {
    const count = loadSearchIndex(tamper((data) => (data.documents as unknown[]).pop()));
    expect(count.ok === false && count.issues[0]?.code).toBe("corrupt_index");
    const entries = loadSearchIndex(
      tamper((data) => {
        (data.head as { index: unknown[] }).index.push(42);
      }),
    );
    expect(entries.ok === false && entries.issues[0]).toMatchObject({ code: "corrupt_index", path: ["head", "index"] });
    const body = loadSearchIndex(
      tamper((data) => {
        (data.body as { index: unknown[] }).index.push([1, null]);
      }),
    );
    expect(body.ok === false && body.issues[0]).toMatchObject({ code: "corrupt_index", path: ["body"] });
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof loadSearchIndex(text).ok).toBe("boolean");
      }),
    );
  });
});
