/** The quality set and its corpus are consistent: ids by the slug rule, every expected id exists. */
import { describe, expect, it } from "vitest";
import { qualityCorpus } from "./corpus.js";
import { ids } from "./ids.js";
import { type QueryGroup, qualityQueries } from "./queries.js";

/** The slug rule of ARCHITECTURE.md, written out here so the check does not depend on the code it checks. */
function slug(title: string): string {
  const folded = title
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss");
  let id = "";
  let separated = false;
  for (const character of folded) {
    const plain = (character >= "a" && character <= "z") || (character >= "0" && character <= "9");
    if (plain) {
      if (separated && id.length > 0) id += "-";
      id += character;
      separated = false;
    } else {
      separated = true;
    }
  }
  return id;
}

describe("quality corpus", () => {
  it("holds the 41 seed services, each with the id the slug rule gives its title", () => {
    expect(qualityCorpus).toHaveLength(41);
    for (const document of qualityCorpus) expect(document.id).toBe(slug(document.title));
    expect(new Set(qualityCorpus.map((document) => document.id)).size).toBe(qualityCorpus.length);
    expect(Object.values(ids).sort()).toEqual(qualityCorpus.map((document) => document.id).sort());
  });

  it("applies the slug rule as ARCHITECTURE.md shows it", () => {
    expect(slug("Personalausweis beantragen")).toBe("personalausweis-beantragen");
    expect(slug("Hund anmelden (Hundesteuer)")).toBe("hund-anmelden-hundesteuer");
  });
});

describe("quality set", () => {
  it("has at least 120 queries in all groups, each expecting services of the corpus", () => {
    expect(qualityQueries.length).toBeGreaterThanOrEqual(120);
    const known = new Set(qualityCorpus.map((document) => document.id));
    const groups = new Map<QueryGroup, number>();
    for (const query of qualityQueries) {
      groups.set(query.group, (groups.get(query.group) ?? 0) + 1);
      expect(query.expected.length).toBeGreaterThan(0);
      for (const id of query.expected) expect(known.has(id), `${query.query} → ${id}`).toBe(true);
    }
    for (const group of ["exact", "typo", "umlaut", "part", "synonym", "intent"] as const) {
      expect(groups.get(group) ?? 0).toBeGreaterThanOrEqual(20);
    }
  });

  it("asks each query once", () => {
    const texts = qualityQueries.map((query) => query.query);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
