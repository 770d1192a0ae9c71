import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/create-catalog.js";
import { input } from "../catalog/fixtures.test-data.js";
import type { Catalog, CatalogInput } from "../catalog/types.js";
import { searchDocumentsFromCatalog } from "./documents.js";

function catalogOf(data: CatalogInput): Catalog {
  const result = createCatalog(data);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.catalog;
}

const catalog = catalogOf(
  input(({ base, fulda }) => {
    const parking = base.services.find((service) => service.id === "bewohnerparkausweis-beantragen");
    Object.assign(parking ?? {}, {
      keywords: ["Parken", "Anwohnerparken"],
      synonyms: ["Anwohnerparkausweis"],
      fullText:
        "## Voraussetzungen\n\n- Sie wohnen in der **Zone**.\n- Ein [Fahrzeug](https://example.org) ist auf Sie zugelassen.",
    });
    const fuldaParking = fulda.services.find((service) => service.id === "bewohnerparkausweis-beantragen");
    Object.assign(fuldaParking ?? {}, { shortText: "In Fulda gibt es den Ausweis *online*." });
  }),
);

describe("searchDocumentsFromCatalog across all cities", () => {
  const documents = searchDocumentsFromCatalog(catalog);

  it("gives one document per base service, in base catalogue order", () => {
    expect(documents.map((document) => document.id)).toEqual(catalog.services.map((service) => service.id));
  });

  it("takes title, synonyms, keywords and the Themenfeld slug from the service", () => {
    expect(documents.find((document) => document.id === "bewohnerparkausweis-beantragen")).toMatchObject({
      title: "Bewohnerparkausweis beantragen",
      synonyms: ["Anwohnerparkausweis"],
      keywords: ["Parken", "Anwohnerparken"],
      themenfeld: "mobilitaet-reisen",
    });
    expect(documents.find((document) => document.id === "elterngeld-beantragen")).toMatchObject({
      synonyms: [],
      keywords: [],
    });
  });

  it("turns short and full text into plain text, short text first", () => {
    const parking = documents.find((document) => document.id === "bewohnerparkausweis-beantragen");
    expect(parking?.text).toBe(
      "Für Ihre Parkzone.\nVoraussetzungen\nSie wohnen in der Zone.\nEin Fahrzeug ist auf Sie zugelassen.",
    );
  });

  it("lists the cities whose overlay offers the service, and none for a service nobody offers", () => {
    const citiesOf = (id: string) => documents.find((document) => document.id === id)?.cities;
    expect(citiesOf("personalausweis-beantragen")).toEqual(["fulda", "offenbach"]);
    expect(citiesOf("bewohnerparkausweis-beantragen")).toEqual(["fulda"]);
    expect(citiesOf("elterngeld-beantragen")).toEqual(["fulda"]);
  });

  it("marks a service online only when every city offering it has an online service", () => {
    const onlineOf = (documentsOfCatalog: ReturnType<typeof searchDocumentsFromCatalog>, id: string) =>
      documentsOfCatalog.find((document) => document.id === id)?.online;
    expect(onlineOf(documents, "bewohnerparkausweis-beantragen")).toBe(true);
    expect(onlineOf(documents, "personalausweis-beantragen")).toBe(false);

    const offenbachWithoutOnline = catalogOf(
      input(({ offenbach }) => {
        offenbach.services.push({ id: "bewohnerparkausweis-beantragen" });
      }),
    );
    expect(onlineOf(searchDocumentsFromCatalog(offenbachWithoutOnline), "bewohnerparkausweis-beantragen")).toBe(false);
  });

  it("uses the base online service for a service no city offers yet", () => {
    const unoffered = catalogOf(
      input(({ base, fulda }) => {
        const parking = base.services.find((service) => service.id === "bewohnerparkausweis-beantragen");
        Object.assign(parking ?? {}, { onlineService: { url: "https://example.org/parken" } });
        fulda.services = fulda.services.filter((service) => service.id !== "bewohnerparkausweis-beantragen");
      }),
    );
    const parking = searchDocumentsFromCatalog(unoffered).find(
      (document) => document.id === "bewohnerparkausweis-beantragen",
    );
    expect(parking).toMatchObject({ cities: [], online: true });
  });
});

describe("searchDocumentsFromCatalog for one city", () => {
  it("gives only the city's services, with its own texts and online service", () => {
    const documents = searchDocumentsFromCatalog(catalog, { cityId: "fulda" });
    expect(documents.map((document) => document.id)).toEqual(
      catalog.servicesForCity("fulda").map((service) => service.id),
    );
    const parking = documents.find((document) => document.id === "bewohnerparkausweis-beantragen");
    expect(parking).toMatchObject({ online: true, cities: ["fulda"] });
    expect(parking?.text.startsWith("In Fulda gibt es den Ausweis online.\nVoraussetzungen")).toBe(true);
    expect(documents.find((document) => document.id === "personalausweis-beantragen")?.online).toBe(false);
  });

  it("leaves out services the city does not offer", () => {
    const documents = searchDocumentsFromCatalog(catalog, { cityId: "offenbach" });
    expect(documents.map((document) => document.id)).toEqual(["personalausweis-beantragen"]);
  });

  it("gives no documents for an unknown city", () => {
    expect(searchDocumentsFromCatalog(catalog, { cityId: "kassel" })).toEqual([]);
  });
});
