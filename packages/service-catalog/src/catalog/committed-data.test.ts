// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { leistungsschluesselPartsOf } from "../model/service.js";
import { slugFromTitle } from "../model/slug.js";
import { openingStatus } from "../opening-hours/status.js";
import { createCatalog } from "./create-catalog.js";
import type { Catalog, CatalogSource } from "./types.js";

const packageRoot = new URL("../../", import.meta.url);
const read = (path: string): CatalogSource => ({
  source: path,
  data: JSON.parse(readFileSync(new URL(path, packageRoot), "utf8")),
});
const overlayPaths = readdirSync(new URL("data/overlays/", packageRoot))
  .filter((name) => name.endsWith(".json"))
  .map((name) => `data/overlays/${name}`);

function committedCatalog(): Catalog {
  const result = createCatalog({
    base: read("data/base/services.json"),
    cities: read("data/cities.json"),
    overlays: overlayPaths.map(read),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.catalog;
}

describe("the committed data in data/", () => {
  const catalog = committedCatalog();

  it("builds a valid catalogue of at least 40 services for the six cities", () => {
    expect(catalog.services.length).toBeGreaterThanOrEqual(40);
    expect(catalog.cities.map((city) => city.id)).toEqual([
      "fulda",
      "giessen",
      "limburg",
      "marburg",
      "offenbach",
      "wetzlar",
    ]);
    expect(overlayPaths.map((path) => path.slice("data/overlays/".length, -".json".length)).sort()).toEqual(
      catalog.cities.map((city) => city.id).sort(),
    );
    for (const city of catalog.cities) expect(catalog.servicesForCity(city.id).length).toBeGreaterThan(0);
  });

  it("derives every service id from its title by the shared rule", () => {
    for (const service of catalog.services) expect(service.id).toBe(slugFromTitle(service.title));
  });

  it("gives every Leistungsschlüssel a source, and only national keys", () => {
    const keyed = catalog.services.filter((service) => service.leistungsschluessel !== undefined);
    expect(keyed.length).toBeGreaterThan(0);
    for (const service of keyed) {
      expect(service.provenance?.leistungsschluessel?.source).toBeTruthy();
      expect(leistungsschluesselPartsOf(service)?.catalog).toBe("99");
    }
  });

  it("keeps keys the research found doubtful or invented out of the data", () => {
    const keys = catalog.services.map((service) => service.leistungsschluessel);
    // Invented keys from a public repository (reference §0.2) and low-confidence keys of the seed.
    for (const doubtful of ["99020001000000", "99108018026000", "99115005070000", "99010023020000"]) {
      expect(keys).not.toContain(doubtful);
    }
  });

  it("has the current Personalausweis fee (46,00 € from 24, 27,60 € below, since 07.02.2026)", () => {
    expect(catalog.service("personalausweis-beantragen")?.fees?.[0]).toMatchObject({
      kind: "byAge",
      tiers: [
        { maxAge: 23, amount: 2760 },
        { minAge: 24, amount: 4600 },
      ],
      validFrom: "2026-02-07",
      confidence: "verified",
    });
  });

  it("has AGS and ARS of the six cities that agree with each other", () => {
    expect(Object.fromEntries(catalog.cities.map((city) => [city.id, [city.ags, city.ars, city.kind]]))).toEqual({
      fulda: ["06631009", "066310009009", "sonderstatus"],
      giessen: ["06531005", "065310005005", "sonderstatus"],
      limburg: ["06533009", "065330009009", "kreisangehörig"],
      marburg: ["06534014", "065340014014", "sonderstatus"],
      offenbach: ["06413000", "064130000000", "kreisfrei"],
      wetzlar: ["06532023", "065320023023", "sonderstatus"],
    });
  });

  it("routes Limburg's district tasks to the Landkreis and Elterngeld to the Land", () => {
    expect(catalog.responsibilitiesFor("baugenehmigung-beantragen", "limburg")).toMatchObject([
      { office: { level: "landkreis" }, confidence: "unverified" },
    ]);
    for (const city of catalog.cities) {
      expect(catalog.responsibilitiesFor("elterngeld-beantragen", city.id)).toMatchObject([
        { office: { level: "land" } },
      ]);
    }
  });

  it("points every file's $schema at a committed JSON Schema", () => {
    for (const path of ["data/base/services.json", "data/cities.json", ...overlayPaths]) {
      const { data } = read(path);
      const reference = (data as { $schema?: string }).$schema;
      expect(reference, path).toBeTypeOf("string");
      const schema = JSON.parse(readFileSync(new URL(reference ?? "", new URL(path, packageRoot)), "utf8"));
      expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    }
  });

  it("carries the dated opening hours the research found (Limburg 2021, Fulda 2020) and answers open now from them", () => {
    const office = (id: string) => catalog.offices.find((candidate) => candidate.id === id);
    const limburg = office("limburg-buergerbuero")?.openingHours;
    const fulda = office("fulda-buergerbuero")?.openingHours;
    if (!limburg || !fulda) throw new Error("opening hours missing");
    expect(office("limburg-buergerbuero")?.provenance?.openingHours?.confidence).toBe("unverified");
    // Tuesday 08.06.2021, 07:30 in Limburg (CEST): the Tuesday hours start at 07:00.
    expect(openingStatus(limburg, new Date("2021-06-08T05:30:00Z")).open).toBe(true);
    // Monday 08:30 on Pfingstmontag 24.05.2021 is a Hessian holiday: closed, next opening Tuesday 07:00.
    const holiday = openingStatus(limburg, new Date("2021-05-24T06:30:00Z"));
    expect(holiday.open).toBe(false);
    expect(holiday.nextOpensAt?.toISOString()).toBe("2021-05-25T05:00:00.000Z");
    // Saturday 10:00 in Fulda (CET) is inside the Saturday window; Limburg has none.
    const saturday = new Date("2020-11-21T09:00:00Z");
    expect(openingStatus(fulda, saturday).open).toBe(true);
    expect(openingStatus(limburg, saturday).open).toBe(false);
    // No other office has hours: none were found, and none are invented.
    const withHours = catalog.offices.filter((candidate) => candidate.openingHours).map((candidate) => candidate.id);
    expect(withHours.sort()).toEqual(["fulda-buergerbuero", "limburg-buergerbuero"]);
  });
});
