/**
 * An office → schema.org `GovernmentOffice` (reference §1.5: the Bürgerbüro as GovernmentOffice with
 * `address`, `geo`, `telephone`, `openingHoursSpecification`). Facts the data does not have stay out;
 * nothing is filled in by guessing (no region, no opening hours from elsewhere).
 */
import type { Locale } from "@digitale-kommune/validators";
import type { Office } from "../model/schemas.js";
import { defaultOfficeIri, type OfficeIri } from "./iri.js";
import { type OpeningHoursJsonLdOptions, openingHoursSpecification } from "./opening-hours.js";
import { type JsonLdGovernmentOffice, type JsonLdPostalAddress, SCHEMA_ORG_CONTEXT } from "./types.js";

/** What the mapping reads of an office. */
export type OfficeJsonLdInput = Pick<Office, "id" | "name" | "address" | "geo" | "contact" | "openingHours">;

export interface OfficeJsonLdOptions {
  /** Language of the texts the mapping writes (opening-hours notes, holiday names); default `"de"`. */
  locale?: Locale;
  /** How offices are named as `@id`; use the same function for `serviceJsonLd`. */
  officeIri?: OfficeIri;
  /** Concrete public holidays to list as closed days, see `openingHoursSpecification`. */
  publicHolidays?: OpeningHoursJsonLdOptions["publicHolidays"];
}

export function officeJsonLd(office: OfficeJsonLdInput, options: OfficeJsonLdOptions = {}): JsonLdGovernmentOffice {
  const officeIri = options.officeIri ?? defaultOfficeIri;
  const { address, geo, contact, openingHours } = office;
  const hoursOptions: OpeningHoursJsonLdOptions = {
    locale: options.locale ?? "de",
    ...(options.publicHolidays === undefined ? {} : { publicHolidays: options.publicHolidays }),
  };
  return {
    "@context": SCHEMA_ORG_CONTEXT,
    "@type": "GovernmentOffice",
    "@id": officeIri(office.id),
    name: office.name,
    ...(address === undefined ? {} : { address: postalAddress(address) }),
    ...(geo === undefined ? {} : { geo: { "@type": "GeoCoordinates", latitude: geo.lat, longitude: geo.lon } }),
    ...(contact?.phone === undefined ? {} : { telephone: internationalPhone(contact.phone) }),
    ...(contact?.email === undefined ? {} : { email: contact.email }),
    ...(contact?.url === undefined ? {} : { url: contact.url }),
    ...(openingHours === undefined
      ? {}
      : { openingHoursSpecification: openingHoursSpecification(openingHours, hoursOptions) }),
  };
}

function postalAddress(address: NonNullable<Office["address"]>): JsonLdPostalAddress {
  return {
    "@type": "PostalAddress",
    streetAddress: `${address.street} ${address.houseNumber}`,
    ...(address.postalCode === undefined ? {} : { postalCode: address.postalCode }),
    addressLocality: address.city,
    // Every office of the catalogue has a German address: the postal code is checked as a German PLZ.
    addressCountry: "DE",
  };
}

/**
 * The number with the German country code, as schema.org and search engines prefer: "0661 102-1111"
 * → "+49 661 102-1111". Numbers already international ("+49 …", "0049 …") are normalised to "+";
 * an area code in brackets loses them ("(0661) 102-1111" → "+49 661 102-1111"); numbers without a
 * leading zero (short codes such as 115) stay as written.
 */
export function internationalPhone(phone: string): string {
  const trimmed = phone.trim();
  const bracketedAreaCode = /^\(0([0-9]+)\) */.exec(trimmed);
  if (bracketedAreaCode) return `+49 ${bracketedAreaCode[1]} ${trimmed.slice(bracketedAreaCode[0].length)}`.trimEnd();
  if (trimmed.startsWith("+")) return trimmed;
  if (trimmed.startsWith("00")) return `+${trimmed.slice(2)}`;
  if (trimmed.startsWith("0")) return `+49 ${trimmed.slice(1)}`;
  return trimmed;
}
