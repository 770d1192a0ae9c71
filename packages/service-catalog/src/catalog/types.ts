import type { Locale, ValidationIssue } from "@digitale-kommune/validators";
import type { CatalogIssueCode } from "../model/messages.js";
import type { City, Fee, Office, OverlayService, Responsibility, Service } from "../model/schemas.js";

/** One data file: its name (shown in every issue) and its parsed JSON or YAML content. */
export interface CatalogSource {
  /** Where the data comes from, e.g. `"data/overlays/fulda.json"`. */
  source: string;
  data: unknown;
}

/** A `ValidationIssue` that names the file it was found in. */
export interface CatalogIssue extends ValidationIssue {
  source: string;
}

export interface CatalogInput {
  /** The base catalogue (`data/base/services.json`). */
  base: CatalogSource;
  /** The cities (`data/cities.json`). */
  cities: CatalogSource;
  /** One overlay per city (`data/overlays/<city>.json`). */
  overlays?: readonly CatalogSource[];
}

export interface CreateCatalogOptions {
  /** Language of the issue messages (default `"de"`). */
  locale?: Locale;
  /** App-specific wording per code of the catalogue's own checks. */
  messages?: Partial<Record<CatalogIssueCode, string>>;
}

export type CreateCatalogResult = { ok: true; catalog: Catalog } | { ok: false; issues: readonly CatalogIssue[] };

/** A responsibility with its office looked up. */
export interface ResolvedResponsibility extends Responsibility {
  office: Office;
}

/**
 * A base service as one city offers it: the city's fees replace the base fees, the city's texts, online
 * service and forms replace the base ones where given, and the responsibilities are the city's.
 */
export interface CityService extends Service {
  cityId: string;
  /** Whether `fees` are the city's own or the base catalogue's. */
  feesFrom: "city" | "base";
  /** The city's local hint (restricted Markdown). */
  hint?: string;
  /** Where the city's own fields come from. */
  localProvenance?: OverlayService["provenance"];
  responsibilities: readonly ResolvedResponsibility[];
}

/** The validated, merged catalogue. All data is frozen; lookups of unknown ids give `undefined` or `[]`. */
export interface Catalog {
  readonly services: readonly Service[];
  readonly cities: readonly City[];
  readonly offices: readonly Office[];
  readonly responsibilities: readonly Responsibility[];
  service(serviceId: string): Service | undefined;
  city(cityId: string): City | undefined;
  /** The city with this 12-digit Amtlicher Regionalschlüssel. */
  cityByArs(ars: string): City | undefined;
  office(officeId: string): Office | undefined;
  /** The services the city offers, merged with its local data, in base catalogue order. */
  servicesForCity(cityId: string): readonly CityService[];
  serviceForCity(serviceId: string, cityId: string): CityService | undefined;
  /** The fees that apply in the city, or undefined when the city does not offer the service. */
  feesFor(serviceId: string, cityId: string): readonly Fee[] | undefined;
  responsibilitiesFor(serviceId: string, cityId: string): readonly ResolvedResponsibility[];
  /** The city's own offices and every other office responsible for one of its services. */
  officesForCity(cityId: string): readonly Office[];
  /** The cities that offer the service. */
  citiesOffering(serviceId: string): readonly City[];
}
