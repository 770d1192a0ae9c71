import { describe, expect, it } from "vitest";
import type { Fee } from "../model/schemas.js";
import { personalausweisFee, vorlaeufigerPersonalausweisFee } from "./fixtures.test-data.js";
import { feesToOffers } from "./offers.js";
import { findSchemaOrgViolations } from "./schema-org-vocabulary.js";

const provenance = { source: "Testdaten", confidence: "unverified" } as const;

describe("feesToOffers", () => {
  it("writes exact prices from cents for amounts floats get wrong", () => {
    const amounts = [1, 99, 3000, 123456789, 1250, 29, 57, 1005];
    const fees: Fee[] = amounts.map((amount, index) => ({ kind: "fixed", id: `f${index}`, amount, ...provenance }));
    const offers = feesToOffers(fees);
    expect(offers.map((offer) => offer.price)).toEqual([
      "0.01",
      "0.99",
      "30.00",
      "1234567.89",
      "12.50",
      "0.29",
      "0.57",
      "10.05",
    ]);
    expect(offers.map((offer) => offer.priceSpecification?.[0]?.price)).toEqual(offers.map((offer) => offer.price));
  });

  it("maps a fixed fee to an Offer with a UnitPriceSpecification in EUR", () => {
    expect(feesToOffers([vorlaeufigerPersonalausweisFee])).toEqual([
      {
        "@type": "Offer",
        name: "Vorläufiger Personalausweis",
        priceCurrency: "EUR",
        price: "10.00",
        priceSpecification: [{ "@type": "UnitPriceSpecification", priceCurrency: "EUR", price: "10.00" }],
      },
    ]);
  });

  it("describes age tiers in words and gives the Offer no single price", () => {
    const [offer] = feesToOffers([personalausweisFee]);
    expect(offer).toEqual({
      "@type": "Offer",
      name: "Personalausweis",
      description: "unter 24 Jahren: 27,60 €; ab 24 Jahren: 46,00 €; Rechtsgrundlage: PAuswGebV § 1",
      priceCurrency: "EUR",
      priceSpecification: [
        { "@type": "UnitPriceSpecification", priceCurrency: "EUR", price: "27.60", description: "unter 24 Jahren" },
        { "@type": "UnitPriceSpecification", priceCurrency: "EUR", price: "46.00", description: "ab 24 Jahren" },
      ],
      validFrom: "2026-02-07",
    });
    expect(offer).not.toHaveProperty("price");
  });

  it("describes age tiers in English on request", () => {
    const fee: Fee = {
      kind: "byAge",
      id: "tiers",
      tiers: [
        { maxAge: 5, amount: 0 },
        { minAge: 6, maxAge: 17, amount: 1234567 },
        { minAge: 18, amount: 3000 },
      ],
      ...provenance,
    };
    const [offer] = feesToOffers([fee], { locale: "en" });
    expect(offer?.priceSpecification?.map((specification) => specification.description)).toEqual([
      "under 6",
      "aged 6 to 17",
      "aged 18 and over",
    ]);
    expect(offer?.description).toBe("under 6: €0.00; aged 6 to 17: €12,345.67; aged 18 and over: €30.00");
  });

  it("keeps a fee 'nach Satzung' as text without any price", () => {
    const fee: Fee = { kind: "unknown", id: "satzung", text: "nach Verwaltungskostensatzung der Stadt", ...provenance };
    expect(feesToOffers([fee])).toEqual([{ "@type": "Offer", description: "nach Verwaltungskostensatzung der Stadt" }]);
  });

  it("marks a free service with price 0.00", () => {
    const fee: Fee = { kind: "free", id: "frei", ...provenance };
    expect(feesToOffers([fee])[0]).toMatchObject({ price: "0.00", description: "gebührenfrei" });
    expect(feesToOffers([fee], { locale: "en" })[0]).toMatchObject({ description: "free of charge" });
  });

  it("gives unit and period prices a reference quantity of one unit", () => {
    const fees: Fee[] = [
      { kind: "perUnit", id: "seite", amountPerUnit: 50, unit: "Seite", ...provenance },
      { kind: "perPeriod", id: "monat", amount: 2500, period: "month", ...provenance },
    ];
    const [perUnit, perPeriod] = feesToOffers(fees);
    expect(perUnit?.priceSpecification).toEqual([
      {
        "@type": "UnitPriceSpecification",
        priceCurrency: "EUR",
        price: "0.50",
        unitText: "je Seite",
        referenceQuantity: { "@type": "QuantitativeValue", value: 1, unitText: "Seite" },
      },
    ]);
    expect(perPeriod?.priceSpecification?.[0]).toMatchObject({
      price: "25.00",
      unitText: "je Monat",
      referenceQuantity: { value: 1, unitCode: "MON", unitText: "Monat" },
    });
  });

  it("gives a range its minimum and maximum price and the basis as description", () => {
    const fee: Fee = {
      kind: "range",
      id: "baugenehmigung",
      minAmount: 5000,
      maxAmount: 123456789,
      basis: "nach Baukosten",
      ...provenance,
    };
    expect(feesToOffers([fee])[0]).toEqual({
      "@type": "Offer",
      description: "nach Baukosten",
      priceCurrency: "EUR",
      priceSpecification: [
        {
          "@type": "UnitPriceSpecification",
          priceCurrency: "EUR",
          minPrice: "50.00",
          maxPrice: "1234567.89",
          description: "nach Baukosten",
        },
      ],
    });
  });

  it("turns add-ons into addOn offers and reductions into words", () => {
    const fee: Fee = {
      kind: "fixed",
      id: "reisepass",
      amount: 7000,
      addOns: [
        { id: "express", label: "Expresszuschlag", amount: 3200 },
        { id: "48-seiten", label: "48 Seiten", amount: 2200, note: "auf Wunsch" },
      ],
      reductions: [
        { kind: "exemption", id: "mittellos", reason: "Mittellosigkeit" },
        { kind: "percent", id: "halb", percent: 50, reason: "Ehrenamt" },
        { kind: "amount", id: "minus", amount: 500, reason: "Sammelantrag" },
      ],
      validUntil: "2026-12-31",
      note: "Kinderreisepass seit 2024 abgeschafft",
      ...provenance,
    };
    const [offer] = feesToOffers([fee]);
    expect(offer?.addOn).toEqual([
      {
        "@type": "Offer",
        name: "Expresszuschlag",
        priceCurrency: "EUR",
        price: "32.00",
        priceSpecification: [{ "@type": "UnitPriceSpecification", priceCurrency: "EUR", price: "32.00" }],
      },
      {
        "@type": "Offer",
        name: "48 Seiten",
        description: "auf Wunsch",
        priceCurrency: "EUR",
        price: "22.00",
        priceSpecification: [{ "@type": "UnitPriceSpecification", priceCurrency: "EUR", price: "22.00" }],
      },
    ]);
    expect(offer?.description).toBe(
      "Kinderreisepass seit 2024 abgeschafft; Befreiung: Mittellosigkeit; Ermäßigung um 50 %: Ehrenamt; Ermäßigung um 5,00 €: Sammelantrag",
    );
    expect(offer?.validThrough).toBe("2026-12-31");
  });

  it("uses only schema.org properties on every kind of fee", () => {
    const fees: Fee[] = [
      personalausweisFee,
      vorlaeufigerPersonalausweisFee,
      { kind: "perUnit", id: "a", amountPerUnit: 1, unit: "Kopie", ...provenance },
      { kind: "perPeriod", id: "b", amount: 1, period: "year", ...provenance },
      { kind: "range", id: "c", minAmount: 1, maxAmount: 2, ...provenance },
      { kind: "free", id: "d", ...provenance },
      { kind: "unknown", id: "e", text: "nach Satzung", ...provenance },
      { kind: "fixed", id: "f", amount: 1, addOns: [{ id: "g", label: "Express", amount: 1 }], ...provenance },
    ];
    expect(findSchemaOrgViolations(feesToOffers(fees))).toEqual([]);
  });
});
