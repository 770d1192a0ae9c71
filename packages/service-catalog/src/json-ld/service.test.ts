import { describe, expect, it } from "vitest";
import { buergerbueroFulda, fulda, personalausweis } from "./fixtures.test-data.js";
import { officeJsonLd } from "./office.js";
import { findSchemaOrgViolations } from "./schema-org-vocabulary.js";
import { jsonLdScript } from "./script.js";
import { serviceJsonLd } from "./service.js";

const bfj = { id: "bundesamt-fuer-justiz", name: "Bundesamt für Justiz" };

describe("serviceJsonLd", () => {
  const jsonLd = serviceJsonLd(personalausweis, {
    city: fulda,
    responsibilities: [{ role: "zustaendig", office: buergerbueroFulda }],
    url: "https://portal.example/fulda/personalausweis-beantragen",
    id: "https://portal.example/fulda/personalausweis-beantragen#service",
  });

  it("has the required @context and @type and the service's name", () => {
    expect(jsonLd).toMatchObject({
      "@context": "https://schema.org",
      "@type": "GovernmentService",
      "@id": "https://portal.example/fulda/personalausweis-beantragen#service",
      name: "Personalausweis beantragen",
      url: "https://portal.example/fulda/personalausweis-beantragen",
      serviceType: "Querschnitt",
    });
  });

  it("describes the service in plain text made from the restricted Markdown", () => {
    expect(jsonLd.description).toBe("Sie beantragen einen Personalausweis im Bürgerbüro.\nab 16 Jahren Pflicht");
  });

  it("identifies the service by its Leistungsschlüssel and OZG-ID as PropertyValues", () => {
    expect(jsonLd.identifier).toEqual([
      { "@type": "PropertyValue", propertyID: "LeiKa", name: "Leistungsschlüssel", value: "99008001012000" },
    ]);
    const withOzg = serviceJsonLd({ ...personalausweis, ozgId: "10169" }, { city: fulda });
    expect(withOzg.identifier?.[1]).toEqual({
      "@type": "PropertyValue",
      propertyID: "OZG-ID",
      name: "OZG-ID",
      value: "10169",
    });
    const { leistungsschluessel: _, ...withoutKey } = personalausweis;
    expect(serviceJsonLd(withoutKey, { city: fulda })).not.toHaveProperty("identifier");
  });

  it("serves the city, named with its AGS", () => {
    expect(jsonLd.areaServed).toEqual({
      "@type": "AdministrativeArea",
      name: "Stadt Fulda",
      identifier: {
        "@type": "PropertyValue",
        propertyID: "AGS",
        name: "Amtlicher Gemeindeschlüssel",
        value: "06631009",
      },
    });
  });

  it("refers to the responsible office by the same @id officeJsonLd gives it", () => {
    const officeId = officeJsonLd(buergerbueroFulda)["@id"];
    const reference = { "@type": "GovernmentOffice", "@id": officeId, name: "Bürgerbüro im Stadtschloss" };
    expect(jsonLd.provider).toEqual(reference);
    expect(jsonLd.serviceOperator).toEqual(reference);
    expect(jsonLd.availableChannel).toEqual([
      { "@type": "ServiceChannel", name: "Persönlich vor Ort", serviceLocation: reference },
    ]);
  });

  it("separates the deciding office from the one taking applications", () => {
    const fuehrungszeugnis = serviceJsonLd(
      { title: "Führungszeugnis beantragen", shortText: "Antrag", themenfeld: "recht-ordnung" },
      {
        city: fulda,
        responsibilities: [
          { role: "ansprechpunkt", office: { id: "info", name: "Info" } },
          { role: "zustaendig", office: bfj },
          { role: "antragsannahme", office: buergerbueroFulda },
        ],
        officeIri: (id) => `https://portal.example/dienststellen/${id}`,
      },
    );
    expect(fuehrungszeugnis.provider?.["@id"]).toBe("https://portal.example/dienststellen/bundesamt-fuer-justiz");
    expect(fuehrungszeugnis.serviceOperator?.["@id"]).toBe("https://portal.example/dienststellen/fulda-buergerbuero");
    expect(fuehrungszeugnis.availableChannel?.map((channel) => channel.serviceLocation?.["@id"])).toEqual([
      "https://portal.example/dienststellen/fulda-buergerbuero",
    ]);
  });

  it("offers the online service as a channel with its serviceUrl", () => {
    const online = serviceJsonLd(
      { ...personalausweis, onlineService: { url: "https://online.example/pa", trustLevel: "hoch" } },
      { city: fulda, locale: "en" },
    );
    expect(online.availableChannel).toEqual([
      { "@type": "ServiceChannel", name: "Online service", serviceUrl: "https://online.example/pa" },
    ]);
    const viaForm = serviceJsonLd(
      { ...personalausweis, onlineService: { formId: "personalausweis", title: "Online-Antrag" } },
      { city: fulda, formUrl: (formId) => `https://portal.example/formulare/${formId}` },
    );
    expect(viaForm.availableChannel).toEqual([
      {
        "@type": "ServiceChannel",
        name: "Online-Antrag",
        serviceUrl: "https://portal.example/formulare/personalausweis",
      },
    ]);
    const unresolved = serviceJsonLd({ ...personalausweis, onlineService: { formId: "x" } }, { city: fulda });
    expect(unresolved).not.toHaveProperty("availableChannel");
  });

  it("lists the fees as offers with exact prices", () => {
    expect(
      jsonLd.offers?.map((offer) => offer.priceSpecification?.map((specification) => specification.price)),
    ).toEqual([["27.60", "46.00"], ["10.00"]]);
  });

  it("names the audience only when the caller knows it", () => {
    expect(jsonLd).not.toHaveProperty("audience");
    const gewerbe = serviceJsonLd(personalausweis, { city: fulda, audience: ["citizens", "businesses"] });
    expect(gewerbe.audience).toEqual([
      { "@type": "Audience", audienceType: "Bürgerinnen und Bürger" },
      { "@type": "BusinessAudience", audienceType: "Unternehmen" },
    ]);
  });

  it("writes the mapping's own words in English on request", () => {
    const english = serviceJsonLd(personalausweis, {
      city: fulda,
      responsibilities: [{ role: "zustaendig", office: buergerbueroFulda }],
      locale: "en",
    });
    expect(english.serviceType).toBe("Cross-cutting services");
    expect(english.availableChannel?.[0]?.name).toBe("In person");
    expect(english.offers?.[0]?.priceSpecification?.[0]?.description).toBe("under 24");
  });

  it("leaves out what the data does not have", () => {
    const minimal = serviceJsonLd(
      { title: "Wohnsitz ummelden", shortText: "Ummelden.", themenfeld: "querschnitt" },
      { city: fulda },
    );
    expect(Object.keys(minimal).sort()).toEqual([
      "@context",
      "@type",
      "areaServed",
      "description",
      "name",
      "serviceType",
    ]);
  });

  it("uses only schema.org properties, however complete the data", () => {
    const full = serviceJsonLd(
      { ...personalausweis, ozgId: "10169", onlineService: { url: "https://online.example/pa" } },
      {
        city: fulda,
        responsibilities: [
          { role: "zustaendig", office: bfj },
          { role: "antragsannahme", office: buergerbueroFulda },
        ],
        url: "https://portal.example/x",
        id: "https://portal.example/x#service",
        audience: ["citizens", "businesses"],
      },
    );
    expect(findSchemaOrgViolations(full)).toEqual([]);
  });

  it("keeps a hostile title intact through jsonLdScript without breaking out of the script", () => {
    const title = "Ausweis</script><script>alert(1)</script> <!-- \u2028 &amp;";
    const hostile = serviceJsonLd({ ...personalausweis, title, shortText: `**${title}**` }, { city: fulda });
    const json = jsonLdScript(hostile);
    expect(JSON.parse(json)).toEqual(hostile);
    expect(JSON.parse(json).name).toBe(title);
    expect(json.toLowerCase()).not.toContain("</script");
    expect(json).not.toContain("<!--");
    expect(json).not.toContain("\u2028");
  });
});
