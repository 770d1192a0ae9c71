/**
 * A hand-written excerpt of the schema.org vocabulary: for each type this package emits, the properties
 * schema.org defines on it (own and inherited) that are plausible for municipal data. Tests walk every
 * emitted node against it, so a typo such as `priceCurency` or a property on the wrong type fails.
 * Source: https://schema.org/<Type> pages (schema.org 29.x), checked by hand.
 */

// Built in a function so that bundlers can drop the table (spreads count as side effects) when it is unused.
function buildVocabulary(): Readonly<Record<string, ReadonlySet<string>>> {
  const JSON_LD_KEYWORDS = ["@context", "@type", "@id"] as const;

  const THING = [
    "additionalType",
    "alternateName",
    "description",
    "disambiguatingDescription",
    "identifier",
    "image",
    "mainEntityOfPage",
    "name",
    "potentialAction",
    "sameAs",
    "subjectOf",
    "url",
  ] as const;

  const SERVICE = [
    ...THING,
    "aggregateRating",
    "areaServed",
    "audience",
    "availableChannel",
    "award",
    "brand",
    "broker",
    "category",
    "hasOfferCatalog",
    "hoursAvailable",
    "isRelatedTo",
    "isSimilarTo",
    "logo",
    "offers",
    "provider",
    "providerMobility",
    "review",
    "serviceOutput",
    "serviceType",
    "slogan",
    "termsOfService",
  ] as const;

  const ORGANIZATION = [
    ...THING,
    "address",
    "areaServed",
    "contactPoint",
    "department",
    "email",
    "faxNumber",
    "legalName",
    "location",
    "logo",
    "parentOrganization",
    "subOrganization",
    "telephone",
  ] as const;

  const PLACE = [
    ...THING,
    "address",
    "containedInPlace",
    "containsPlace",
    "faxNumber",
    "geo",
    "hasMap",
    "latitude",
    "longitude",
    "openingHoursSpecification",
    "specialOpeningHoursSpecification",
    "telephone",
  ] as const;

  const PRICE_SPECIFICATION = [
    ...THING,
    "eligibleQuantity",
    "eligibleTransactionVolume",
    "maxPrice",
    "minPrice",
    "price",
    "priceCurrency",
    "validFrom",
    "validThrough",
    "valueAddedTaxIncluded",
  ] as const;

  return {
    GovernmentService: new Set([...JSON_LD_KEYWORDS, ...SERVICE, "jurisdiction", "serviceOperator"]),
    GovernmentOffice: new Set([
      ...JSON_LD_KEYWORDS,
      ...ORGANIZATION,
      ...PLACE,
      "currenciesAccepted",
      "openingHours",
      "paymentAccepted",
      "priceRange",
    ]),
    AdministrativeArea: new Set([...JSON_LD_KEYWORDS, ...PLACE]),
    PropertyValue: new Set([
      ...JSON_LD_KEYWORDS,
      ...THING,
      "maxValue",
      "measurementTechnique",
      "minValue",
      "propertyID",
      "unitCode",
      "unitText",
      "value",
      "valueReference",
    ]),
    ServiceChannel: new Set([
      ...JSON_LD_KEYWORDS,
      ...THING,
      "availableLanguage",
      "processingTime",
      "providesService",
      "serviceLocation",
      "servicePhone",
      "servicePostalAddress",
      "serviceSmsNumber",
      "serviceUrl",
    ]),
    Offer: new Set([
      ...JSON_LD_KEYWORDS,
      ...THING,
      "acceptedPaymentMethod",
      "addOn",
      "areaServed",
      "availability",
      "availabilityEnds",
      "availabilityStarts",
      "category",
      "eligibleCustomerType",
      "eligibleQuantity",
      "eligibleRegion",
      "itemOffered",
      "offeredBy",
      "price",
      "priceCurrency",
      "priceSpecification",
      "priceValidUntil",
      "seller",
      "validFrom",
      "validThrough",
    ]),
    PriceSpecification: new Set([...JSON_LD_KEYWORDS, ...PRICE_SPECIFICATION]),
    UnitPriceSpecification: new Set([
      ...JSON_LD_KEYWORDS,
      ...PRICE_SPECIFICATION,
      "billingDuration",
      "billingIncrement",
      "billingStart",
      "priceComponentType",
      "priceType",
      "referenceQuantity",
      "unitCode",
      "unitText",
    ]),
    QuantitativeValue: new Set([
      ...JSON_LD_KEYWORDS,
      ...THING,
      "maxValue",
      "minValue",
      "unitCode",
      "unitText",
      "value",
      "valueReference",
    ]),
    Audience: new Set([...JSON_LD_KEYWORDS, ...THING, "audienceType", "geographicArea"]),
    BusinessAudience: new Set([
      ...JSON_LD_KEYWORDS,
      ...THING,
      "audienceType",
      "geographicArea",
      "numberOfEmployees",
      "yearlyRevenue",
      "yearsInOperation",
    ]),
    PeopleAudience: new Set([
      ...JSON_LD_KEYWORDS,
      ...THING,
      "audienceType",
      "geographicArea",
      "requiredMaxAge",
      "requiredMinAge",
      "suggestedMaxAge",
      "suggestedMinAge",
    ]),
    PostalAddress: new Set([
      ...JSON_LD_KEYWORDS,
      ...THING,
      "addressCountry",
      "addressLocality",
      "addressRegion",
      "email",
      "faxNumber",
      "postOfficeBoxNumber",
      "postalCode",
      "streetAddress",
      "telephone",
    ]),
    GeoCoordinates: new Set([
      ...JSON_LD_KEYWORDS,
      ...THING,
      "address",
      "addressCountry",
      "elevation",
      "latitude",
      "longitude",
      "postalCode",
    ]),
    OpeningHoursSpecification: new Set([
      ...JSON_LD_KEYWORDS,
      ...THING,
      "closes",
      "dayOfWeek",
      "opens",
      "validFrom",
      "validThrough",
    ]),
  };
}

/** Properties allowed per emitted `@type` (JSON-LD keywords included). */
export const SCHEMA_ORG_PROPERTIES = /* @__PURE__ */ buildVocabulary();

/** One property that the vocabulary above does not allow where it was found. */
export interface SchemaOrgViolation {
  /** Where in the document, e.g. `["offers", 0, "priceSpecification", "priceCurency"]`. */
  path: (string | number)[];
  /** `unknown_type`, `missing_type` or `unknown_property`. */
  code: "unknown_type" | "missing_type" | "unknown_property";
  /** The offending type or property name. */
  name: string;
}

/**
 * Walks a JSON-LD document and lists every node whose `@type` is not in the vocabulary, every nested
 * object without `@type`, and every property its type does not allow. Strings, numbers and arrays of them
 * are not checked further.
 */
export function findSchemaOrgViolations(document: unknown): SchemaOrgViolation[] {
  const violations: SchemaOrgViolation[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, [...path, index]);
      });
      return;
    }
    if (value === null || typeof value !== "object") return;
    const node = value as Record<string, unknown>;
    const type = node["@type"];
    if (typeof type !== "string") {
      violations.push({ path, code: "missing_type", name: "@type" });
      return;
    }
    const allowed = SCHEMA_ORG_PROPERTIES[type];
    if (allowed === undefined) {
      violations.push({ path: [...path, "@type"], code: "unknown_type", name: type });
      return;
    }
    for (const [property, child] of Object.entries(node)) {
      if (!allowed.has(property))
        violations.push({ path: [...path, property], code: "unknown_property", name: property });
      else if (!property.startsWith("@")) visit(child, [...path, property]);
    }
  };
  visit(document, []);
  return violations;
}
