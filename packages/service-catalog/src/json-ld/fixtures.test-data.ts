/**
 * Test data drawn from reference/service-catalog.md (§0, §2, §3) and services-seed.json, each fact with
 * the source and confidence given there. Used by the tests of this folder only.
 */
import type { City, Fee, Office } from "../model/schemas.js";
import type { ServiceJsonLdInput } from "./service.js";

export const fulda: Pick<City, "name" | "ags"> = { name: "Stadt Fulda", ags: "06631009" };

const PAUSWGEBV = "PAuswGebV § 1 (reference/service-catalog.md §0.1)";

/** Personalausweis since 07.02.2026: 46,00 € from 24 years, 27,60 € below (reference §0.1, high). */
export const personalausweisFee: Fee = {
  kind: "byAge",
  id: "regulaer",
  label: "Personalausweis",
  tiers: [
    { maxAge: 23, amount: 2760 },
    { minAge: 24, amount: 4600 },
  ],
  legalBasis: "PAuswGebV § 1",
  validFrom: "2026-02-07",
  source: PAUSWGEBV,
  confidence: "unverified",
};

export const vorlaeufigerPersonalausweisFee: Fee = {
  kind: "fixed",
  id: "vorlaeufig",
  label: "Vorläufiger Personalausweis",
  amount: 1000,
  source: PAUSWGEBV,
  confidence: "unverified",
};

export const personalausweis: ServiceJsonLdInput = {
  title: "Personalausweis beantragen",
  shortText:
    "Sie beantragen einen **Personalausweis** im [Bürgerbüro](https://www.fulda.de).\n\n- ab 16 Jahren Pflicht",
  leistungsschluessel: "99008001012000",
  themenfeld: "querschnitt",
  fees: [personalausweisFee, vorlaeufigerPersonalausweisFee],
};

/** Bürgerbüro im Stadtschloss (reference §3, medium). */
export const buergerbueroFulda: Pick<Office, "id" | "name" | "address" | "geo" | "contact" | "openingHours"> = {
  id: "fulda-buergerbuero",
  name: "Bürgerbüro im Stadtschloss",
  address: { street: "Schlossstraße", houseNumber: "1", postalCode: "36037", city: "Fulda" },
  contact: { phone: "0661 102-1111", email: "buergerbuero@fulda.de", url: "https://www.fulda.de" },
};
