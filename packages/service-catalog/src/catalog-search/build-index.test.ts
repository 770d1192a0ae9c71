// @vitest-environment node
import { describe, expect, it } from "vitest";
import { loadSearchIndex, search, serializeSearchIndex } from "../search/index.js";
import { buildCatalogSearchIndex } from "./build-index.js";
import { committedCatalog } from "./committed-catalog.test-data.js";

const catalog = committedCatalog();
const index = buildCatalogSearchIndex(catalog);
const firstHit = (query: string, options: Parameters<typeof search>[2] = {}) => search(index, query, options)[0]?.id;

describe("buildCatalogSearchIndex on the committed catalogue", () => {
  it("indexes every service", () => {
    expect(index.documents.map((document) => document.id)).toEqual(catalog.services.map((service) => service.id));
  });

  it.each([
    ["hund anmelden", "hundesteuer-anmeldung"],
    ["Hund abmelden", "hundesteuer-abmeldung"],
    ["Perso", "personalausweis-beantragen"],
    ["personalausweis", "personalausweis-beantragen"],
    ["Briefwahl", "wahlschein-briefwahl-beantragen"],
    ["Sperrmüll", "sperrmuell-anmelden"],
    ["Umzug", "wohnsitz-anmelden"],
  ])("finds „%s“ first as %s", (query, id) => {
    expect(firstHit(query)).toBe(id);
  });

  it("keeps a plain-text excerpt and the Themenfeld for the result list", () => {
    const [hit] = search(index, "hund anmelden");
    expect(hit?.themenfeld).toBe("steuern-zoll");
    expect(hit?.online).toBe(false);
    expect(hit?.excerpt.startsWith("Wer einen Hund hält")).toBe(true);
  });

  it("filters by city: a service no overlay offers is not found for a city", () => {
    expect(firstHit("Zweitwohnungsteuer")).toBe("zweitwohnungsteuer");
    expect(search(index, "Zweitwohnungsteuer", { filters: { city: "giessen" } }).map((hit) => hit.id)).not.toContain(
      "zweitwohnungsteuer",
    );
    expect(firstHit("hund anmelden", { filters: { city: "giessen" } })).toBe("hundesteuer-anmeldung");
  });

  it("builds a city's index from its offer only", () => {
    const giessen = buildCatalogSearchIndex(catalog, { cityId: "giessen" });
    expect(giessen.documents.map((document) => document.id)).toEqual(
      catalog.servicesForCity("giessen").map((service) => service.id),
    );
    expect(giessen.documents.every((document) => document.cities?.join() === "giessen")).toBe(true);
    expect(search(giessen, "Perso")[0]?.id).toBe("personalausweis-beantragen");
  });

  it("passes index options on, and survives serialising and loading", () => {
    const short = buildCatalogSearchIndex(catalog, { excerptLength: 40, synonyms: { bello: ["hund"] } });
    const loaded = loadSearchIndex(serializeSearchIndex(short));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const [hit] = search(loaded.value, "bello anmelden");
    expect(hit?.id).toBe("hundesteuer-anmeldung");
    expect(hit?.excerpt.length).toBeLessThanOrEqual(40);
  });
});
