/**
 * No query may throw or hang: arbitrary strings, 10,000-character inputs and inputs built to make a
 * splitter or a typo search work hard all return. A hang would fail through the test timeout; there
 * are no timing assertions here (speed is the benchmark's job).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { qualityCorpus } from "../../test/search-quality/corpus.js";
import { buildSearchIndex } from "./build.js";
import { normalizeGerman } from "./normalize.js";
import { search } from "./search.js";
import type { SearchDocument } from "./types.js";

const index = buildSearchIndex(qualityCorpus);

const anyText = fc.string({
  unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ -/()*_#.,;:!?0123456789eu"),
  maxLength: 300,
});

describe("search on hostile input", () => {
  it("returns hits for any string, in every locale", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), anyText),
        fc.constantFrom("de", "en" as const),
        (query, locale) => {
          const hits = search(index, query, { locale });
          expect(Array.isArray(hits)).toBe(true);
          for (const hit of hits) {
            for (const range of [...hit.titleHighlights, ...hit.excerptHighlights]) {
              expect(range.start).toBeLessThan(range.end);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("returns for 10,000-character inputs", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."aeiouhndstrgwäöüß- "), minLength: 10_000, maxLength: 10_000 }),
        (query) => {
          expect(Array.isArray(search(index, query))).toBe(true);
        },
      ),
      { numRuns: 20 },
    );
    for (const query of [
      "a".repeat(10_000),
      "ä".repeat(10_000),
      "ue".repeat(5_000),
      "hundesteuer".repeat(910),
      "hund-".repeat(2_000),
      "Personalausweis beantragen ".repeat(380),
      "😀".repeat(5_000),
      "\u0301".repeat(10_000),
    ]) {
      expect(Array.isArray(search(index, query))).toBe(true);
    }
  });

  it("accepts a query that is not a string from untyped callers", () => {
    expect(search(index, undefined as unknown as string)).toEqual([]);
    expect(search(index, 42 as unknown as string)).toEqual([]);
  });

  it("folds any string without throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(typeof normalizeGerman(text)).toBe("string");
      }),
    );
  });
});

describe("buildSearchIndex on arbitrary documents", () => {
  it("builds and searches without throwing", () => {
    const document = fc.record({
      id: fc.string({ minLength: 1, maxLength: 20 }),
      title: anyText,
      synonyms: fc.array(anyText, { maxLength: 4 }),
      keywords: fc.array(anyText, { maxLength: 4 }),
      text: fc.string({ maxLength: 2_000 }),
      themenfeld: fc.option(fc.string(), { nil: undefined }),
      online: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(document, { maxLength: 12 }), anyText, (documents, query) => {
        const built = buildSearchIndex(documents as SearchDocument[]);
        expect(Array.isArray(search(built, query))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
