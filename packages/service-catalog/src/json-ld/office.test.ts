import { describe, expect, it } from "vitest";
import { buergerbueroFulda } from "./fixtures.test-data.js";
import { internationalPhone, officeJsonLd } from "./office.js";
import { findSchemaOrgViolations } from "./schema-org-vocabulary.js";
import { jsonLdScript } from "./script.js";

describe("officeJsonLd", () => {
  it("maps an office to a GovernmentOffice with address, contact and @id", () => {
    expect(officeJsonLd(buergerbueroFulda)).toEqual({
      "@context": "https://schema.org",
      "@type": "GovernmentOffice",
      "@id": "#office-fulda-buergerbuero",
      name: "Bürgerbüro im Stadtschloss",
      address: {
        "@type": "PostalAddress",
        streetAddress: "Schlossstraße 1",
        postalCode: "36037",
        addressLocality: "Fulda",
        addressCountry: "DE",
      },
      telephone: "+49 661 102-1111",
      email: "buergerbuero@fulda.de",
      url: "https://www.fulda.de",
    });
  });

  it("adds geo coordinates and opening hours when the data has them", () => {
    const office = officeJsonLd(
      {
        ...buergerbueroFulda,
        geo: { lat: 50.5528, lon: 9.6776 },
        openingHours: {
          weekly: [{ days: ["mo"], hours: [{ from: "08:00", to: "12:00" }] }],
          exceptions: [{ date: "2026-12-24", closed: true, reason: "Heiligabend" }],
          closedOnPublicHolidays: true,
        },
      },
      { officeIri: (id) => `https://portal.example/dienststellen/${id}#office` },
    );
    expect(office["@id"]).toBe("https://portal.example/dienststellen/fulda-buergerbuero#office");
    expect(office.geo).toEqual({ "@type": "GeoCoordinates", latitude: 50.5528, longitude: 9.6776 });
    expect(office.openingHoursSpecification).toEqual([
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: ["https://schema.org/Monday"],
        opens: "08:00",
        closes: "12:00",
      },
      {
        "@type": "OpeningHoursSpecification",
        opens: "00:00",
        closes: "00:00",
        validFrom: "2026-12-24",
        validThrough: "2026-12-24",
        description: "Heiligabend",
      },
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: ["https://schema.org/PublicHolidays"],
        opens: "00:00",
        closes: "00:00",
        description: "An gesetzlichen Feiertagen geschlossen",
      },
    ]);
    expect(findSchemaOrgViolations(office)).toEqual([]);
  });

  it("leaves unknown facts out instead of guessing them", () => {
    const office = officeJsonLd({ id: "limburg-buergerbuero", name: "Bürgerbüro Limburg" });
    expect(office).toEqual({
      "@context": "https://schema.org",
      "@type": "GovernmentOffice",
      "@id": "#office-limburg-buergerbuero",
      name: "Bürgerbüro Limburg",
    });
    const withoutPostalCode = officeJsonLd({
      id: "x",
      name: "X",
      address: { street: "Frauenbergstraße", houseNumber: "31", city: "Marburg" },
    });
    expect(withoutPostalCode.address).not.toHaveProperty("postalCode");
  });

  it("survives hostile names through jsonLdScript", () => {
    const json = jsonLdScript(officeJsonLd({ id: "x", name: "</script><!--\u2028" }));
    expect(JSON.parse(json).name).toBe("</script><!--\u2028");
    expect(json.toLowerCase()).not.toContain("</script");
  });
});

describe("internationalPhone", () => {
  it.each([
    ["0661 102-1111", "+49 661 102-1111"],
    ["(0641) 306-1111", "+49 641 306-1111"],
    ["+49 69 8065-0", "+49 69 8065-0"],
    ["0049 6441 99-0", "+49 6441 99-0"],
    ["115", "115"],
  ])("writes %s as %s", (input, expected) => {
    expect(internationalPhone(input)).toBe(expected);
  });
});
