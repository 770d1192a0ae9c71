/**
 * Builds the catalogue from files that passed every check: merges each overlay onto the base services
 * and indexes everything for the lookups. Nothing here can fail; `createCatalog` only calls it with
 * valid, cross-checked data.
 */
import type { BaseCatalogFile, CitiesFile, CityOverlay, Office, Responsibility, Service } from "../model/schemas.js";
import type { Catalog, CityService, ResolvedResponsibility } from "./types.js";

const EMPTY: readonly never[] = /* @__PURE__ */ Object.freeze([]);

export function buildCatalog(base: BaseCatalogFile, citiesFile: CitiesFile, overlays: readonly CityOverlay[]): Catalog {
  const services = base.services;
  const cities = citiesFile.cities;
  const offices = [...(base.offices ?? []), ...overlays.flatMap((overlay) => overlay.offices ?? [])];

  const serviceById = new Map(services.map((service) => [service.id, service]));
  const cityById = new Map(cities.map((city) => [city.id, city]));
  const cityByArs = new Map(cities.flatMap((city) => (city.ars === undefined ? [] : [[city.ars, city] as const])));
  const officeById = new Map(offices.map((office) => [office.id, office]));
  const order = new Map(services.map((service, index) => [service.id, index]));

  const responsibilities: Responsibility[] = [];
  const cityServices = new Map<string, Map<string, CityService>>();
  const cityOffices = new Map<string, Office[]>();

  for (const overlay of overlays) {
    const merged = new Map<string, CityService>();
    const entries = [...overlay.services].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    for (const entry of entries) {
      const service = serviceById.get(entry.id);
      if (!service) continue; // cross-checked: cannot happen
      const resolved: ResolvedResponsibility[] = [];
      for (const { officeId, role, note, source, confidence } of entry.responsibilities ?? []) {
        const responsibility: Responsibility = {
          serviceId: entry.id,
          cityId: overlay.city,
          officeId,
          role,
          source,
          confidence,
          ...(note === undefined ? {} : { note }),
        };
        responsibilities.push(responsibility);
        const office = officeById.get(officeId);
        if (office) resolved.push({ ...responsibility, office });
      }
      merged.set(entry.id, mergeService(service, overlay.city, entry, resolved));
    }
    cityServices.set(overlay.city, merged);
    cityOffices.set(overlay.city, officesOf(overlay, merged, officeById));
  }

  const cityServiceLists = new Map([...cityServices].map(([cityId, merged]) => [cityId, [...merged.values()]]));

  const catalog: Catalog = {
    services,
    cities,
    offices,
    responsibilities,
    service: (serviceId) => serviceById.get(serviceId),
    city: (cityId) => cityById.get(cityId),
    cityByArs: (ars) => cityByArs.get(ars),
    office: (officeId) => officeById.get(officeId),
    servicesForCity: (cityId) => cityServiceLists.get(cityId) ?? EMPTY,
    serviceForCity: (serviceId, cityId) => cityServices.get(cityId)?.get(serviceId),
    feesFor: (serviceId, cityId) => {
      const service = cityServices.get(cityId)?.get(serviceId);
      // An offered service without fees has an empty list; a service the city does not offer has none.
      return service ? (service.fees ?? EMPTY) : undefined;
    },
    responsibilitiesFor: (serviceId, cityId) => cityServices.get(cityId)?.get(serviceId)?.responsibilities ?? EMPTY,
    officesForCity: (cityId) => cityOffices.get(cityId) ?? EMPTY,
    citiesOffering: (serviceId) => cities.filter((city) => cityServices.get(city.id)?.has(serviceId) === true),
  };
  // Maps cannot be frozen; what they hold can, and the lookups only hand out what they hold.
  deepFreeze(catalog);
  for (const list of cityServiceLists.values()) deepFreeze(list);
  for (const list of cityOffices.values()) deepFreeze(list);
  return catalog;
}

type OverlayEntry = CityOverlay["services"][number];

function mergeService(
  service: Service,
  cityId: string,
  entry: OverlayEntry,
  responsibilities: readonly ResolvedResponsibility[],
): CityService {
  const merged: CityService = {
    ...service,
    cityId,
    feesFrom: entry.fees ? "city" : "base",
    responsibilities,
  };
  if (entry.fees) merged.fees = entry.fees;
  if (entry.shortText !== undefined) merged.shortText = entry.shortText;
  if (entry.fullText !== undefined) merged.fullText = entry.fullText;
  if (entry.onlineService !== undefined) merged.onlineService = entry.onlineService;
  if (entry.forms !== undefined) merged.forms = entry.forms;
  if (entry.hint !== undefined) merged.hint = entry.hint;
  if (entry.provenance !== undefined) merged.localProvenance = entry.provenance;
  return merged;
}

/** The overlay's own offices, then the other offices its responsibilities name, each once. */
function officesOf(
  overlay: CityOverlay,
  services: ReadonlyMap<string, CityService>,
  officeById: ReadonlyMap<string, Office>,
) {
  const result = new Map<string, Office>((overlay.offices ?? []).map((office) => [office.id, office]));
  for (const service of services.values()) {
    for (const { officeId } of service.responsibilities) {
      const office = officeById.get(officeId);
      if (office && !result.has(officeId)) result.set(officeId, office);
    }
  }
  return [...result.values()];
}

/** Freezes the catalogue and everything it holds, so no request can change data that others read. */
function deepFreeze(value: unknown, seen = new WeakSet<object>()): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  Object.freeze(value);
}
