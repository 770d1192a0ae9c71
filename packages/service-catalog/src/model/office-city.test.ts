import { describe, expect, it } from "vitest";
import { catalogSchemas, catalogSchemasFor, parseCatalogData } from "./schemas.js";

const office = {
  id: "fulda-buergerbuero",
  name: "Bürgerbüro im Stadtschloss",
  level: "stadt",
  address: { street: "Schlossstraße", houseNumber: "1", postalCode: "36037", city: "Fulda", ags: "06631009" },
  geo: { lat: 50.5541, lon: 9.6756 },
  contact: { phone: "0661 102-1111", email: "buergerbuero@fulda.de", url: "https://www.fulda.de" },
  openingHours: { weekly: [{ days: ["mo", "di"], hours: [{ from: "08:00", to: "12:00" }] }] },
  appointment: { required: true },
  accessibility: { wheelchairAccessible: true, note: "Aufzug im Innenhof" },
  provenance: { address: { source: "fulda.de", confidence: "unverified" } },
};

const issuesOf = (schema: "office" | "city", data: unknown, locale: "de" | "en" = "de") => {
  const result = parseCatalogData(catalogSchemasFor(locale)[schema], data, { locale });
  return result.ok ? [] : result.issues;
};

describe("office schema", () => {
  it("accepts a full office; opening hours come from the opening-hours schema with its defaults", () => {
    const result = parseCatalogData(catalogSchemas.office, office);
    expect(result).toMatchObject({
      ok: true,
      value: { ...office, openingHours: { exceptions: [], closedOnPublicHolidays: true } },
    });
  });

  it("accepts an office known by name only (unknown facts stay empty)", () => {
    const known = { id: "limburg-buergerbuero", name: "Bürgerbüro im alten Rathaus", level: "stadt" };
    expect(parseCatalogData(catalogSchemas.office, known)).toEqual({ ok: true, value: known });
  });

  it("checks the address with the validators' postleitzahl, hausnummer and ags", () => {
    const address = { street: "Schlossstraße", houseNumber: "0", postalCode: "05123", city: "Fulda", ags: "17631009" };
    expect(issuesOf("office", { ...office, address })).toEqual([
      { path: ["address", "houseNumber"], code: "invalid_format", message: expect.any(String) },
      {
        path: ["address", "postalCode"],
        code: "unknown_code",
        message: "Diese Postleitzahl gibt es nicht: Sie beginnt mit einer nicht vergebenen Leitregion.",
      },
      { path: ["address", "ags"], code: "unknown_code", message: expect.stringContaining("Gemeindeschlüssel") },
    ]);
    expect(issuesOf("office", { ...office, address: { ...office.address, ags: "06 631 009" } })).toEqual([
      {
        path: ["address", "ags"],
        code: "not_canonical",
        message: "Amtlicher Gemeindeschlüssel (ags): Bitte schreiben Sie „06631009“ (ohne Leerzeichen).",
      },
    ]);
  });

  it("checks coordinates, phone and email", () => {
    const issues = issuesOf("office", {
      ...office,
      geo: { lat: 91, lon: -181 },
      contact: { phone: "0661/102-1111 (Zentrale) oder E-Mail", email: "buergerbuero@" },
    });
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      [["geo", "lat"], "too_big"],
      [["geo", "lon"], "too_small"],
      [["contact", "phone"], "invalid_phone"],
      [["contact", "email"], "invalid_domain"],
    ]);
  });

  it("reports opening-hours problems on their full path, in the chosen language", () => {
    const openingHours = { weekly: [{ days: ["montag"], hours: [{ from: "12:00", to: "08:00" }] }] };
    expect(issuesOf("office", { ...office, openingHours }, "en")).toEqual([
      {
        path: ["openingHours", "weekly", 0, "days", 0],
        code: "invalid_weekday",
        message: expect.stringContaining("is not a weekday"),
      },
      {
        path: ["openingHours", "weekly", 0, "hours", 0, "to"],
        code: "time_range_order",
        message: expect.stringContaining("does not end after it starts"),
      },
    ]);
  });

  it("knows the administrative levels", () => {
    expect(issuesOf("office", { ...office, level: "kreis" })).toMatchObject([
      {
        path: ["level"],
        code: "invalid_value",
        message: expect.stringContaining("stadt, landkreis, land, bund, sonstige"),
      },
    ]);
  });
});

const city = {
  id: "fulda",
  name: "Stadt Fulda",
  shortName: "Fulda",
  ags: "06631009",
  ars: "066310009009",
  kind: "sonderstatus",
  landkreis: "Landkreis Fulda",
};

describe("city schema", () => {
  it("accepts a city with AGS and ARS, and one without ARS", () => {
    expect(parseCatalogData(catalogSchemas.city, city)).toEqual({ ok: true, value: city });
    const { ars: _ars, ...withoutArs } = city;
    expect(parseCatalogData(catalogSchemas.city, withoutArs)).toEqual({ ok: true, value: withoutArs });
  });

  it("checks AGS and ARS with the validators and that they belong together", () => {
    expect(
      issuesOf("city", { ...city, ags: "0663100", ars: "06631000900" }).map((issue) => [issue.path, issue.code]),
    ).toEqual([
      [["ags"], "too_short"],
      [["ars"], "too_short"],
    ]);
    expect(issuesOf("city", { ...city, ars: "065340014014" })).toEqual([
      {
        path: ["ars"],
        code: "ars_ags_mismatch",
        message:
          "Amtlicher Regionalschlüssel (ars): Der Regionalschlüssel 065340014014 passt nicht zum Gemeindeschlüssel 06631009.",
      },
    ]);
  });

  it("wants a Landkreis exactly when the city is not kreisfrei", () => {
    const { landkreis: _landkreis, ...withoutLandkreis } = city;
    expect(issuesOf("city", withoutLandkreis)).toMatchObject([{ path: ["landkreis"], code: "landkreis_required" }]);
    const offenbach = { ...city, id: "offenbach", ags: "06413000", ars: "064130000000", kind: "kreisfrei" };
    expect(issuesOf("city", offenbach)).toMatchObject([{ path: ["landkreis"], code: "landkreis_not_allowed" }]);
  });
});
