/**
 * The merged catalogue as plain JSON (`catalog.json` of `service-catalog build`), for consumers that
 * read a file instead of running `createCatalog`: a static site, another language, a search service.
 */
import type { Catalog, CityService } from "../catalog/types.js";
import type { City, Office, Responsibility, Service } from "../model/schemas.js";

export const CATALOG_SNAPSHOT_FORMAT = "digitale-kommune/service-catalog";
/** Bump when the layout below changes in a way readers notice. */
export const CATALOG_SNAPSHOT_VERSION = 1;

/** A city's service as in `Catalog.serviceForCity`; its responsibilities name their office by `officeId`. */
export interface CityServiceSnapshot extends Omit<CityService, "responsibilities"> {
  responsibilities: Responsibility[];
}

export interface CatalogSnapshot {
  format: typeof CATALOG_SNAPSHOT_FORMAT;
  version: typeof CATALOG_SNAPSHOT_VERSION;
  /** The base catalogue, in its order. */
  services: readonly Service[];
  cities: readonly City[];
  /** Offices of the base catalogue, then of each overlay. */
  offices: readonly Office[];
  responsibilities: readonly Responsibility[];
  /** Per city id (in city order): the services it offers, merged with its overlay, in base catalogue order. */
  cityServices: Record<string, CityServiceSnapshot[]>;
}

/**
 * The catalogue as one JSON-ready object. Offices are listed once and referred to by id, so the
 * snapshot repeats no office per responsibility; everything else is as the catalogue's lookups give it.
 */
export function catalogSnapshot(catalog: Catalog): CatalogSnapshot {
  const cityServices: Record<string, CityServiceSnapshot[]> = {};
  for (const city of catalog.cities) {
    cityServices[city.id] = catalog.servicesForCity(city.id).map((service) => ({
      ...service,
      responsibilities: service.responsibilities.map(({ office: _office, ...responsibility }) => responsibility),
    }));
  }
  return {
    format: CATALOG_SNAPSHOT_FORMAT,
    version: CATALOG_SNAPSHOT_VERSION,
    services: catalog.services,
    cities: catalog.cities,
    offices: catalog.offices,
    responsibilities: catalog.responsibilities,
    cityServices,
  };
}
