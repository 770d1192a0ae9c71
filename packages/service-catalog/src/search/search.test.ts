import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "./build.js";
import { search } from "./search.js";
import type { SearchDocument } from "./types.js";

const documents: SearchDocument[] = [
  {
    id: "hundesteuer-anmeldung",
    title: "Hundesteuer Anmeldung",
    synonyms: ["Hund anmelden"],
    keywords: ["Hundemarke"],
    text: "Wer einen Hund hält, meldet ihn zur Hundesteuer an.",
    themenfeld: "Steuern & Zoll",
    online: true,
  },
  {
    id: "hundesteuer-abmeldung",
    title: "Hundesteuer Abmeldung",
    synonyms: ["Hund abmelden"],
    keywords: [],
    text: "Ist der Hund verstorben, melden Sie ihn ab.",
    themenfeld: "Steuern & Zoll",
    online: false,
  },
  {
    id: "wohnsitz-anmelden",
    title: "Wohnsitz anmelden",
    synonyms: ["Wohnung anmelden"],
    keywords: ["Umzug"],
    text: "Nach dem Einzug melden Sie sich innerhalb von zwei Wochen an.",
    themenfeld: "Querschnitt",
    cities: ["marburg", "fulda"],
  },
  {
    id: "reisepass-beantragen",
    title: "Reisepass beantragen",
    synonyms: ["Pass"],
    keywords: [],
    text: "Den Reisepass beantragen Sie im Bürgerbüro. Ein Kinderreisepass wird nicht mehr ausgestellt.",
    themenfeld: "Mobilität & Reisen",
    cities: ["offenbach"],
  },
  {
    id: "fuehrungszeugnis-beantragen",
    title: "Führungszeugnis beantragen",
    synonyms: ["polizeiliches Führungszeugnis"],
    keywords: ["Arbeitgeber"],
    text: "Das Führungszeugnis stellt das Bundesamt für Justiz aus.",
    themenfeld: "Recht & Ordnung",
  },
];

const index = buildSearchIndex(documents);
const ids = (query: string, options = {}) => search(index, query, options).map((hit) => hit.id);

describe("search", () => {
  it("finds a service by title, typo, ASCII spelling, compound part and synonym", () => {
    expect(ids("Führungszeugnis beantragen")[0]).toBe("fuehrungszeugnis-beantragen");
    expect(ids("Fuehrungszeugnis")[0]).toBe("fuehrungszeugnis-beantragen");
    expect(ids("Fürungszeugnis")[0]).toBe("fuehrungszeugnis-beantragen");
    expect(ids("zeugnis")[0]).toBe("fuehrungszeugnis-beantragen");
    expect(ids("Umzug")[0]).toBe("wohnsitz-anmelden");
  });

  it("ranks the service matching every query word first („hund anmelden“)", () => {
    expect(ids("hund anmelden")).toEqual(["hundesteuer-anmeldung", "wohnsitz-anmelden", "hundesteuer-abmeldung"]);
  });

  it("returns highlights as ranges of the title and of the excerpt, never markup", () => {
    const [hit] = search(index, "hund anmelden");
    expect(hit?.title).toBe("Hundesteuer Anmeldung");
    expect(hit?.titleHighlights.map(({ start, end }) => hit.title.slice(start, end))).toEqual(["Hund", "Anmeldung"]);
    expect(hit?.excerpt).toBe(documents[0]?.text);
    expect(hit?.excerptHighlights.map(({ start, end }) => hit.excerpt.slice(start, end))).toContain("Hund");
    expect(JSON.stringify(hit)).not.toContain("<");
  });

  it("filters by Themenfeld, online availability and city", () => {
    expect(ids("hund", { filters: { online: true } })).toEqual(["hundesteuer-anmeldung"]);
    expect(ids("beantragen", { filters: { themenfeld: "Recht & Ordnung" } })).toEqual(["fuehrungszeugnis-beantragen"]);
    expect(ids("beantragen", { filters: { themenfeld: ["Recht & Ordnung", "Mobilität & Reisen"] } }).sort()).toEqual([
      "fuehrungszeugnis-beantragen",
      "reisepass-beantragen",
    ]);
    // Services without a city list are offered everywhere.
    expect(ids("beantragen", { filters: { city: "marburg" } })).toEqual(["fuehrungszeugnis-beantragen"]);
    expect(ids("anmelden", { filters: { city: "marburg" } })).toContain("wohnsitz-anmelden");
    expect(ids("anmelden", { filters: { city: "giessen" } })).not.toContain("wohnsitz-anmelden");
  });

  it("limits the results (default 10, at least 1, at most 100)", () => {
    expect(ids("hund", { limit: 1 })).toHaveLength(1);
    expect(ids("hund", { limit: 0 })).toHaveLength(1);
    expect(ids("hund", { limit: Number.NaN })).toHaveLength(2);
    expect(ids("hund", { limit: 2.9 })).toHaveLength(2);
  });

  it("finds nothing for empty, stopword-only and unknown queries", () => {
    expect(ids("")).toEqual([]);
    expect(ids("   ")).toEqual([]);
    expect(ids("wie kann ich das")).toEqual([]);
    expect(ids("qqqqqqqq")).toEqual([]);
  });

  it("expands English words only for English queries", () => {
    expect(ids("dog tax", { locale: "en" })[0]).toBe("hundesteuer-anmeldung");
    expect(ids("passport", { locale: "en" })[0]).toBe("reisepass-beantragen");
    expect(ids("passport")).toEqual([]);
  });

  it("uses synonyms maintained by editors", () => {
    const withSynonyms = buildSearchIndex(documents, { synonyms: { "gassi gehen": ["hund"] } });
    expect(search(withSynonyms, "gassi gehen")[0]?.id).toMatch(/^hundesteuer/);
    expect(ids("gassi gehen")).toEqual([]);
  });

  it("scores higher what matches better and breaks ties by catalogue order", () => {
    const hits = search(index, "hund");
    expect(hits.map((hit) => hit.id)).toEqual(["hundesteuer-anmeldung", "hundesteuer-abmeldung"]);
    expect(hits[0]?.score).toBeGreaterThanOrEqual(hits[1]?.score ?? 0);
  });
});

describe("buildSearchIndex", () => {
  it("lets a later document with the same id replace an earlier one", () => {
    const replaced = buildSearchIndex([...documents, { ...documents[3], title: "Expressreisepass" } as SearchDocument]);
    expect(search(replaced, "Expressreisepass").map((hit) => hit.title)).toEqual(["Expressreisepass"]);
    expect(replaced.documents).toHaveLength(documents.length);
  });

  it("cuts the excerpt at a word boundary and keeps it a prefix of the text", () => {
    const text = "Ein sehr langer Text über den Reisepass, der im Bürgerbüro beantragt wird und Gebühren kostet.";
    const short = buildSearchIndex([{ ...(documents[3] as SearchDocument), text }], { excerptLength: 40 });
    const excerpt = short.documents[0]?.excerpt ?? "";
    expect(text.startsWith(excerpt)).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(40);
    expect(excerpt.endsWith(" ")).toBe(false);
    expect(buildSearchIndex(documents, { excerptLength: 0 }).documents[0]?.excerpt).toBe("");
    const whole = buildSearchIndex([{ ...(documents[3] as SearchDocument), text }], { excerptLength: Infinity });
    expect(whole.documents[0]?.excerpt).toBe(text);
    expect(whole.excerptLength).toBe(Number.MAX_SAFE_INTEGER);
    expect(buildSearchIndex(documents, { excerptLength: Number.NaN }).excerptLength).toBe(200);
  });

  it("indexes half-filled documents by what they have instead of failing", () => {
    const partial = [
      { id: "sperrmuell", title: "Sperrmüll anmelden" },
      { id: 7, title: null },
    ] as unknown as SearchDocument[];
    const built = buildSearchIndex(partial);
    expect(search(built, "Sperrmüll")[0]?.id).toBe("sperrmuell");
    expect(built.documents.map((document) => document.id)).toEqual(["sperrmuell", "7"]);
  });
});
