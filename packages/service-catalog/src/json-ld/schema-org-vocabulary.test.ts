import { describe, expect, it } from "vitest";
import { findSchemaOrgViolations } from "./schema-org-vocabulary.js";

describe("findSchemaOrgViolations", () => {
  it("accepts a document that uses only the listed properties", () => {
    expect(
      findSchemaOrgViolations({
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        name: "X",
        offers: [{ "@type": "Offer", priceCurrency: "EUR", price: "1.00" }],
      }),
    ).toEqual([]);
  });

  it("finds a typo'd property, a property on the wrong type, an unknown type and an untyped node", () => {
    expect(
      findSchemaOrgViolations({
        "@type": "GovernmentService",
        name: "X",
        offers: [{ "@type": "Offer", priceCurency: "EUR" }],
        telephone: "+49 661 1",
        areaServed: { "@type": "Stadt", name: "Fulda" },
        provider: { name: "ohne Typ" },
      }),
    ).toEqual([
      { path: ["offers", 0, "priceCurency"], code: "unknown_property", name: "priceCurency" },
      { path: ["telephone"], code: "unknown_property", name: "telephone" },
      { path: ["areaServed", "@type"], code: "unknown_type", name: "Stadt" },
      { path: ["provider"], code: "missing_type", name: "@type" },
    ]);
  });
});
