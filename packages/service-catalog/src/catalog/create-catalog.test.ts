import { describe, expect, it } from "vitest";
import { createCatalog } from "./create-catalog.js";
import { BASE, CITIES, FULDA, input, OFFENBACH } from "./fixtures.test-data.js";
import type { Catalog, CatalogInput, CatalogIssue } from "./types.js";

function catalogOf(data: CatalogInput): Catalog {
  const result = createCatalog(data);
  if (!result.ok) throw new Error(`expected a catalogue, got ${JSON.stringify(result.issues, null, 2)}`);
  return result.catalog;
}

function issuesOf(data: CatalogInput, locale: "de" | "en" = "de"): readonly CatalogIssue[] {
  const result = createCatalog(data, { locale });
  if (result.ok) throw new Error("expected issues, got a catalogue");
  return result.issues;
}

const brief = (issues: readonly CatalogIssue[]) => issues.map(({ source, path, code }) => ({ source, path, code }));

describe("createCatalog with good data", () => {
  const catalog = catalogOf(input());

  it("holds the base services, cities and every office", () => {
    expect(catalog.services.map((service) => service.id)).toEqual([
      "personalausweis-beantragen",
      "fuehrungszeugnis-beantragen",
      "elterngeld-beantragen",
      "bewohnerparkausweis-beantragen",
    ]);
    expect(catalog.cities.map((city) => city.id)).toEqual(["fulda", "offenbach"]);
    expect(catalog.offices.map((office) => office.id)).toEqual([
      "havs",
      "fulda-buergerbuero",
      "offenbach-buergerbuero",
    ]);
    expect(catalog.service("elterngeld-beantragen")?.title).toBe("Elterngeld beantragen");
    expect(catalog.city("offenbach")?.kind).toBe("kreisfrei");
    expect(catalog.cityByArs("066310009009")?.id).toBe("fulda");
    expect(catalog.office("havs")?.level).toBe("land");
    expect(catalog.service("unbekannt")).toBeUndefined();
  });

  it("lists a city's services in base order, merged with the city's data", () => {
    const services = catalog.servicesForCity("fulda");
    expect(services.map((service) => service.id)).toEqual([
      "personalausweis-beantragen",
      "fuehrungszeugnis-beantragen",
      "elterngeld-beantragen",
      "bewohnerparkausweis-beantragen",
    ]);
    const parking = catalog.serviceForCity("bewohnerparkausweis-beantragen", "fulda");
    expect(parking).toMatchObject({
      cityId: "fulda",
      feesFrom: "city",
      fees: [{ id: "bewohnerparkausweis", kind: "perPeriod", amount: 3000, period: "year" }],
      hint: "Nur für Bewohner der Zonen A bis D.",
      onlineService: { url: "https://example.org/parken" },
      shortText: "Für Ihre Parkzone.",
    });
    expect(catalog.servicesForCity("offenbach").map((service) => service.id)).toEqual(["personalausweis-beantragen"]);
    expect(catalog.servicesForCity("wetzlar")).toEqual([]);
  });

  it("gives the city's fees, else the base fees, and nothing for a service the city does not offer", () => {
    expect(catalog.feesFor("bewohnerparkausweis-beantragen", "fulda")).toMatchObject([
      { kind: "perPeriod", amount: 3000 },
    ]);
    expect(catalog.feesFor("personalausweis-beantragen", "offenbach")).toMatchObject([{ kind: "byAge" }]);
    expect(catalog.serviceForCity("personalausweis-beantragen", "offenbach")?.feesFrom).toBe("base");
    expect(catalog.feesFor("elterngeld-beantragen", "fulda")).toEqual([]);
    expect(catalog.feesFor("elterngeld-beantragen", "offenbach")).toBeUndefined();
    // The base stays untouched by the city's fees.
    expect(catalog.service("bewohnerparkausweis-beantragen")?.fees).toMatchObject([{ kind: "unknown" }]);
  });

  it("resolves responsibilities to offices of the city or the Land", () => {
    expect(catalog.responsibilitiesFor("elterngeld-beantragen", "fulda")).toEqual([
      {
        serviceId: "elterngeld-beantragen",
        cityId: "fulda",
        officeId: "havs",
        role: "zustaendig",
        source: "Stadt, Aushang",
        confidence: "unverified",
        office: { id: "havs", name: "Hessisches Amt für Versorgung und Soziales", level: "land" },
      },
    ]);
    expect(catalog.responsibilitiesFor("fuehrungszeugnis-beantragen", "fulda")).toMatchObject([
      { officeId: "fulda-buergerbuero", role: "antragsannahme" },
    ]);
    expect(catalog.responsibilitiesFor("personalausweis-beantragen", "offenbach")).toEqual([]);
    expect(catalog.responsibilities).toHaveLength(3);
    expect(catalog.officesForCity("fulda").map((office) => office.id)).toEqual(["fulda-buergerbuero", "havs"]);
    expect(catalog.citiesOffering("personalausweis-beantragen").map((city) => city.id)).toEqual(["fulda", "offenbach"]);
  });

  it("is frozen, so no request can change what others read", () => {
    expect(() => {
      (catalog.services as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      const [first] = catalog.servicesForCity("fulda");
      if (first) (first as { title: string }).title = "geändert";
    }).toThrow(TypeError);
    expect(Object.isFrozen(catalog.service("personalausweis-beantragen")?.fees?.[0])).toBe(true);
  });

  it("needs no overlays", () => {
    const { base, cities } = input();
    expect(catalogOf({ base, cities }).servicesForCity("fulda")).toEqual([]);
  });
});

describe("createCatalog with bad data: each problem on its exact path and file", () => {
  it("reports shape errors with the file they are in", () => {
    const issues = issuesOf(
      input(({ base }) => {
        (base.services[1]?.fees?.[0] as { amount: number }).amount = 13.5;
      }),
    );
    expect(issues).toEqual([
      {
        source: BASE,
        path: ["services", 1, "fees", 0, "amount"],
        code: "invalid_type",
        message: "Betrag in Cent (amount): Bitte eine ganze Zahl angeben; Beträge in ganzen Cent (4600 für 46,00 €).",
      },
    ]);
  });

  it("reports a file that is not an object at all", () => {
    const issues = issuesOf({ ...input(), cities: { source: CITIES, data: null } });
    expect(issues).toEqual([
      {
        source: CITIES,
        path: [],
        code: "invalid_type",
        message: "Datei: Erwartet wird ein Objekt, gefunden wurde null.",
      },
      // Fulda and Offenbach cannot be checked against an unreadable list of cities, so they are not reported.
    ]);
  });

  it("reports duplicate ids of services, cities and offices, naming the first", () => {
    const issues = issuesOf(
      input(({ base, cities, offenbach }) => {
        const [first] = base.services;
        if (first) base.services.push({ ...first });
        const [fulda] = cities.cities;
        if (fulda) cities.cities.push({ ...fulda });
        (offenbach.offices as { id: string; name: string; level: string }[]).push({
          id: "havs",
          name: "Kopie",
          level: "land",
        });
      }),
    );
    expect(issues).toEqual([
      {
        source: BASE,
        path: ["services", 4, "id"],
        code: "duplicate_id",
        message:
          "Kennung (id): Die Kennung „personalausweis-beantragen“ ist mehrfach vergeben (zuerst in data/base/services.json unter services[0].id).",
      },
      { source: CITIES, path: ["cities", 2, "id"], code: "duplicate_id", message: expect.stringContaining("„fulda“") },
      {
        source: OFFENBACH,
        path: ["offices", 1, "id"],
        code: "duplicate_id",
        message: expect.stringContaining("zuerst in data/base/services.json unter offices[0].id"),
      },
    ]);
  });

  it("reports an overlay service that is not in the base catalogue, and one listed twice", () => {
    const issues = issuesOf(
      input(({ offenbach }) => {
        offenbach.services.push({ id: "hundesteuer-anmeldung" }, { id: "personalausweis-beantragen" });
      }),
    );
    expect(issues).toEqual([
      {
        source: OFFENBACH,
        path: ["services", 1, "id"],
        code: "unknown_service",
        message: "Kennung (id): Im Basiskatalog gibt es keine Leistung „hundesteuer-anmeldung“.",
      },
      { source: OFFENBACH, path: ["services", 2, "id"], code: "duplicate_id", message: expect.any(String) },
    ]);
  });

  it("reports an overlay for an unknown city, and two overlays for one city", () => {
    const unknown = issuesOf(
      input(({ offenbach }) => {
        offenbach.city = "darmstadt";
      }),
    );
    expect(unknown).toEqual([
      {
        source: OFFENBACH,
        path: ["city"],
        code: "unknown_city",
        message: "Stadt (city): In der Städteliste gibt es keine Stadt „darmstadt“.",
      },
    ]);
    const twice = issuesOf(
      input(({ offenbach }) => {
        offenbach.city = "fulda";
      }),
    );
    expect(twice).toEqual([
      {
        source: OFFENBACH,
        path: ["city"],
        code: "duplicate_overlay",
        message: "Stadt (city): Für die Stadt „fulda“ gibt es schon eine Datei (data/overlays/fulda.json).",
      },
    ]);
  });

  it("reports responsibilities that name an unknown office, another city's office, or repeat", () => {
    const issues = issuesOf(
      input(({ fulda }) => {
        const [, personalausweis, elterngeld] = fulda.services;
        personalausweis?.responsibilities?.push(
          { officeId: "offenbach-buergerbuero", role: "zustaendig", source: "x", confidence: "unverified" },
          { officeId: "fulda-buergerbuero", role: "zustaendig", source: "y", confidence: "unverified" },
        );
        if (elterngeld?.responsibilities?.[0]) elterngeld.responsibilities[0].officeId = "amt-fuer-versorgung";
      }),
    );
    expect(issues).toEqual([
      {
        source: FULDA,
        path: ["services", 1, "responsibilities", 1, "officeId"],
        code: "unknown_office",
        message:
          "Dienststelle (officeId): Es gibt keine Dienststelle „offenbach-buergerbuero“, weder im Basiskatalog noch in der Datei dieser Stadt.",
      },
      {
        source: FULDA,
        path: ["services", 1, "responsibilities", 2],
        code: "duplicate_responsibility",
        message: expect.stringContaining("„fulda-buergerbuero“"),
      },
      {
        source: FULDA,
        path: ["services", 2, "responsibilities", 0, "officeId"],
        code: "unknown_office",
        message: expect.stringContaining("„amt-fuer-versorgung“"),
      },
    ]);
  });

  it("reports duplicate fee, add-on and reduction ids in base and overlay", () => {
    const issues = issuesOf(
      input(({ base, fulda }) => {
        const fee = base.services[1]?.fees?.[0];
        if (fee) {
          Object.assign(fee, {
            addOns: [
              { id: "express", label: "Express", amount: 1 },
              { id: "express", label: "Express 2", amount: 2 },
            ],
          });
          base.services[1]?.fees?.push({ ...fee, addOns: [] } as never);
        }
        const local = fulda.services[0]?.fees;
        const [first] = local ?? [];
        if (first) local?.push({ ...first });
      }),
    );
    expect(brief(issues)).toEqual([
      { source: BASE, path: ["services", 1, "fees", 0, "addOns", 1, "id"], code: "duplicate_id" },
      { source: BASE, path: ["services", 1, "fees", 1, "id"], code: "duplicate_id" },
      { source: FULDA, path: ["services", 0, "fees", 1, "id"], code: "duplicate_id" },
    ]);
  });

  it("keeps the Stammtext of LeiKa-Typ 1 to 3 services, which the Bund or the Land write", () => {
    const issues = issuesOf(
      input(({ fulda }) => {
        Object.assign(fulda.services[3] ?? {}, { shortText: "Eigener Text." });
      }),
    );
    expect(issues).toEqual([
      {
        source: FULDA,
        path: ["services", 3, "shortText"],
        code: "text_override_not_allowed",
        message:
          "Kurztext (shortText): Die Leistung „fuehrungszeugnis-beantragen“ hat den LeiKa-Typ 1: Bund oder Land regeln den Stammtext. Ergänzen Sie örtliche Hinweise unter „hint“.",
      },
    ]);
    // Without a Typ (or Typ 4/5) the city may write its own text.
    expect(
      createCatalog(
        input(({ fulda }) => {
          Object.assign(fulda.services[0] ?? {}, { shortText: "Zonen A bis D." });
        }),
      ).ok,
    ).toBe(true);
  });
});

describe("createCatalog reports every issue at once", () => {
  it("collects shape and reference errors from several files, grouped by file in input order", () => {
    const issues = issuesOf(
      input(({ base, cities, fulda, offenbach }) => {
        Object.assign(base.services[0] ?? {}, { themenfeld: "Querschnitt" });
        Object.assign(base.services[2] ?? {}, { titel: "Tippfehler" });
        Object.assign(cities.cities[1] ?? {}, { ars: "06413000000" });
        fulda.services.push({ id: "gibt-es-nicht" } as never);
        Object.assign(offenbach.offices[0] ?? {}, {
          address: { street: "Kaiserstraße", houseNumber: "39", city: "Offenbach", postalCode: "6306" },
        });
      }),
    );
    expect(brief(issues)).toEqual([
      { source: BASE, path: ["services", 0, "themenfeld"], code: "invalid_value" },
      { source: BASE, path: ["services", 2], code: "unrecognized_keys" },
      { source: CITIES, path: ["cities", 1, "ars"], code: "too_short" },
      { source: FULDA, path: ["services", 4, "id"], code: "unknown_service" },
      { source: OFFENBACH, path: ["offices", 0, "address", "postalCode"], code: "too_short" },
    ]);
  });

  it("does not invent follow-up errors: a broken entry that has its id still counts as existing", () => {
    const issues = issuesOf(
      input(({ base }) => {
        Object.assign(base.services[0] ?? {}, { shortText: "<b>HTML</b>" });
      }),
    );
    expect(brief(issues)).toEqual([{ source: BASE, path: ["services", 0, "shortText"], code: "markdown_html" }]);
  });

  it("does not check references into a list it cannot read", () => {
    const issues = issuesOf(
      input(({ base }) => {
        Object.assign(base, { services: "kaputt" });
      }),
    );
    expect(brief(issues)).toEqual([{ source: BASE, path: ["services"], code: "invalid_type" }]);
  });

  it("words all issues in English on request", () => {
    const issues = issuesOf(
      input(({ base, offenbach }) => {
        Object.assign(base.services[0] ?? {}, { title: undefined });
        offenbach.city = "darmstadt";
      }),
      "en",
    );
    expect(issues).toEqual([
      { source: BASE, path: ["services", 0, "title"], code: "invalid_type", message: "Title (title) is missing." },
      {
        source: OFFENBACH,
        path: ["city"],
        code: "unknown_city",
        message: "City (city): the list of cities has no city “darmstadt”.",
      },
    ]);
  });

  it("takes an app's wording for the catalogue's own codes", () => {
    const result = createCatalog(
      input(({ offenbach }) => {
        offenbach.city = "darmstadt";
      }),
      { messages: { unknown_city: "Stadt {value} fehlt in cities.json." } },
    );
    expect(result).toMatchObject({ ok: false, issues: [{ message: "Stadt darmstadt fehlt in cities.json." }] });
  });
});
