/** Small, valid catalogue files for the tests; each test breaks a copy in one place. */
import type { CatalogInput } from "./types.js";

const verified: { source: string; confidence: "verified" } = { source: "PAuswGebV § 1", confidence: "verified" };
const unverified: { source: string; confidence: "unverified" } = { source: "Stadt, Aushang", confidence: "unverified" };

export function baseData() {
  return {
    $schema: "../../schema/services.schema.json",
    services: [
      {
        id: "personalausweis-beantragen",
        title: "Personalausweis beantragen",
        leistungsschluessel: "99008001012000",
        shortText: "Den Personalausweis beantragen Sie im Bürgerbüro.",
        themenfeld: "querschnitt",
        synonyms: ["Perso"],
        fees: [
          {
            id: "personalausweis",
            kind: "byAge",
            tiers: [
              { maxAge: 23, amount: 2760 },
              { minAge: 24, amount: 4600 },
            ],
            ...verified,
          },
        ],
        provenance: { leistungsschluessel: { source: "PVOG", confidence: "unverified" } },
      },
      {
        id: "fuehrungszeugnis-beantragen",
        title: "Führungszeugnis beantragen",
        leikaTyp: "1",
        shortText: "Das Führungszeugnis stellt das Bundesamt für Justiz aus.",
        themenfeld: "recht-ordnung",
        fees: [{ id: "fuehrungszeugnis", kind: "fixed", amount: 1300, ...verified }],
      },
      {
        id: "elterngeld-beantragen",
        title: "Elterngeld beantragen",
        shortText: "Elterngeld beantragen Sie beim Land.",
        themenfeld: "familie-kind",
      },
      {
        id: "bewohnerparkausweis-beantragen",
        title: "Bewohnerparkausweis beantragen",
        shortText: "Für Ihre Parkzone.",
        themenfeld: "mobilitaet-reisen",
        fees: [{ id: "bewohnerparkausweis", kind: "unknown", text: "Nach Gebührenordnung", ...unverified }],
      },
    ],
    offices: [{ id: "havs", name: "Hessisches Amt für Versorgung und Soziales", level: "land" }],
  };
}

export function citiesData() {
  return {
    cities: [
      {
        id: "fulda",
        name: "Stadt Fulda",
        shortName: "Fulda",
        ags: "06631009",
        ars: "066310009009",
        kind: "sonderstatus",
        landkreis: "Landkreis Fulda",
      },
      {
        id: "offenbach",
        name: "Stadt Offenbach am Main",
        shortName: "Offenbach",
        ags: "06413000",
        ars: "064130000000",
        kind: "kreisfrei",
      },
    ],
  };
}

export function fuldaData() {
  return {
    city: "fulda",
    services: [
      {
        id: "bewohnerparkausweis-beantragen",
        fees: [{ id: "bewohnerparkausweis", kind: "perPeriod", amount: 3000, period: "year", ...unverified }],
        hint: "Nur für Bewohner der Zonen A bis D.",
        onlineService: { url: "https://example.org/parken", trustLevel: "substanziell" },
      },
      {
        id: "personalausweis-beantragen",
        responsibilities: [{ officeId: "fulda-buergerbuero", role: "zustaendig", ...unverified }],
      },
      { id: "elterngeld-beantragen", responsibilities: [{ officeId: "havs", role: "zustaendig", ...unverified }] },
      {
        id: "fuehrungszeugnis-beantragen",
        hint: "Bitte Ausweis mitbringen.",
        responsibilities: [{ officeId: "fulda-buergerbuero", role: "antragsannahme", ...unverified }],
      },
    ],
    offices: [
      {
        id: "fulda-buergerbuero",
        name: "Bürgerbüro im Stadtschloss",
        level: "stadt",
        address: { street: "Schlossstraße", houseNumber: "1", postalCode: "36037", city: "Fulda", ags: "06631009" },
      },
    ],
  };
}

export function offenbachData() {
  return {
    city: "offenbach",
    services: [{ id: "personalausweis-beantragen" }],
    offices: [{ id: "offenbach-buergerbuero", name: "Bürgerbüro", level: "stadt" }],
  };
}

export const BASE = "data/base/services.json";
export const CITIES = "data/cities.json";
export const FULDA = "data/overlays/fulda.json";
export const OFFENBACH = "data/overlays/offenbach.json";

/** The fixture files, with `change` applied to fresh copies first. */
export function input(
  change: (files: {
    base: ReturnType<typeof baseData>;
    cities: ReturnType<typeof citiesData>;
    fulda: ReturnType<typeof fuldaData>;
    offenbach: ReturnType<typeof offenbachData>;
  }) => void = () => {},
): CatalogInput {
  const files = { base: baseData(), cities: citiesData(), fulda: fuldaData(), offenbach: offenbachData() };
  change(files);
  return {
    base: { source: BASE, data: files.base },
    cities: { source: CITIES, data: files.cities },
    overlays: [
      { source: FULDA, data: files.fulda },
      { source: OFFENBACH, data: files.offenbach },
    ],
  };
}
