/**
 * The schema.org JSON-LD shapes this folder emits, typed so callers (and tests) see exactly which
 * properties can appear. Only what the mapping writes is modelled, not the whole vocabulary.
 */

export const SCHEMA_ORG_CONTEXT = "https://schema.org";

/**
 * Nested nodes carry no `@context`: only the top-level `GovernmentService` and `GovernmentOffice` do.
 * An identifier in a named scheme:
 */
export interface JsonLdPropertyValue {
  "@type": "PropertyValue";
  /** The identifier scheme, e.g. `"LeiKa"`, `"OZG-ID"`, `"AGS"`. */
  propertyID: string;
  value: string;
  name?: string;
}

export interface JsonLdAdministrativeArea {
  "@type": "AdministrativeArea";
  name: string;
  identifier?: JsonLdPropertyValue;
}

/** A reference to a `GovernmentOffice` node described elsewhere (by `officeJsonLd`), by its `@id`. */
export interface JsonLdOfficeReference {
  "@type": "GovernmentOffice";
  "@id": string;
  name?: string;
}

export interface JsonLdServiceChannel {
  "@type": "ServiceChannel";
  name: string;
  serviceUrl?: string;
  serviceLocation?: JsonLdOfficeReference;
}

export interface JsonLdQuantitativeValue {
  "@type": "QuantitativeValue";
  value: number;
  unitText?: string;
  unitCode?: string;
}

export interface JsonLdPriceSpecification {
  "@type": "PriceSpecification" | "UnitPriceSpecification";
  priceCurrency: "EUR";
  /** Decimal string with a full stop, exact from integer cents, e.g. `"12.50"`. */
  price?: string;
  minPrice?: string;
  maxPrice?: string;
  description?: string;
  /** For `UnitPriceSpecification`: what one price unit is (e.g. one page, one year). */
  referenceQuantity?: JsonLdQuantitativeValue;
  unitText?: string;
  validFrom?: string;
}

export interface JsonLdOffer {
  "@type": "Offer";
  name?: string;
  description?: string;
  /** Present whenever a price is given; a fee "nach Satzung" has none. */
  priceCurrency?: "EUR";
  /** Set when the whole fee is one amount, so consumers that ignore `priceSpecification` see it. */
  price?: string;
  priceSpecification?: JsonLdPriceSpecification[];
  /** Optional extras bought together with the service, e.g. express delivery. */
  addOn?: JsonLdOffer[];
  /** ISO dates (inclusive) of the fee's validity. */
  validFrom?: string;
  validThrough?: string;
}

export interface JsonLdAudience {
  "@type": "Audience" | "BusinessAudience" | "PeopleAudience";
  audienceType: string;
}

export interface JsonLdGovernmentService {
  "@context": typeof SCHEMA_ORG_CONTEXT;
  "@type": "GovernmentService";
  "@id"?: string;
  name: string;
  description?: string;
  url?: string;
  identifier?: JsonLdPropertyValue[];
  serviceType?: string;
  audience?: JsonLdAudience[];
  areaServed?: JsonLdAdministrativeArea;
  provider?: JsonLdOfficeReference;
  serviceOperator?: JsonLdOfficeReference;
  availableChannel?: JsonLdServiceChannel[];
  offers?: JsonLdOffer[];
}

export interface JsonLdPostalAddress {
  "@type": "PostalAddress";
  streetAddress?: string;
  postalCode?: string;
  addressLocality?: string;
  addressRegion?: string;
  /** ISO 3166-1 alpha-2, `"DE"`. */
  addressCountry?: string;
}

export interface JsonLdGeoCoordinates {
  "@type": "GeoCoordinates";
  latitude: number;
  longitude: number;
}

export interface JsonLdOpeningHoursSpecification {
  "@type": "OpeningHoursSpecification";
  /** `https://schema.org/Monday` … `Sunday`, or `https://schema.org/PublicHolidays`. */
  dayOfWeek?: string[];
  /** `HH:MM`; a closed day has `opens` = `closes` = `"00:00"`. */
  opens: string;
  closes: string;
  /** ISO dates (inclusive) for special hours and closing days. */
  validFrom?: string;
  validThrough?: string;
  description?: string;
}

export interface JsonLdGovernmentOffice {
  "@context": typeof SCHEMA_ORG_CONTEXT;
  "@type": "GovernmentOffice";
  "@id": string;
  name: string;
  description?: string;
  address?: JsonLdPostalAddress;
  geo?: JsonLdGeoCoordinates;
  telephone?: string;
  email?: string;
  url?: string;
  openingHoursSpecification?: JsonLdOpeningHoursSpecification[];
}
