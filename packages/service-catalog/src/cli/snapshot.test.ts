import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/create-catalog.js";
import { input } from "../catalog/fixtures.test-data.js";
import { catalogSnapshot } from "./snapshot.js";

const result = createCatalog(input());
if (!result.ok) throw new Error(JSON.stringify(result.issues));
const { catalog } = result;

describe("catalogSnapshot", () => {
  const snapshot = catalogSnapshot(catalog);

  it("holds the base catalogue, cities, offices and responsibilities as the catalogue has them", () => {
    expect(snapshot).toMatchObject({ format: "digitale-kommune/service-catalog", version: 1 });
    expect(snapshot.services).toEqual(catalog.services);
    expect(snapshot.cities).toEqual(catalog.cities);
    expect(snapshot.offices).toEqual(catalog.offices);
    expect(snapshot.responsibilities).toEqual(catalog.responsibilities);
  });

  it("holds each city's merged services, naming offices by id only", () => {
    expect(Object.keys(snapshot.cityServices)).toEqual(["fulda", "offenbach"]);
    const fulda = snapshot.cityServices.fulda ?? [];
    expect(fulda.map((service) => service.id)).toEqual(catalog.servicesForCity("fulda").map((service) => service.id));
    const parking = fulda.find((service) => service.id === "bewohnerparkausweis-beantragen");
    expect(parking).toMatchObject({ cityId: "fulda", feesFrom: "city", hint: "Nur für Bewohner der Zonen A bis D." });
    const passport = fulda.find((service) => service.id === "personalausweis-beantragen");
    expect(passport?.responsibilities).toEqual([
      expect.objectContaining({ serviceId: "personalausweis-beantragen", officeId: "fulda-buergerbuero" }),
    ]);
    expect(passport?.responsibilities[0]).not.toHaveProperty("office");
  });

  it("survives JSON unchanged", () => {
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});
