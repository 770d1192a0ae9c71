/**
 * Maps the catalogue onto the search's plain documents, so the search module stays free of the
 * catalogue model. One document per service; the overlays decide which cities offer it, whether it can
 * be done online there, and (for a city's own index) the local short and full text.
 */
import type { Catalog } from "../catalog/types.js";
import { markdownToPlainText } from "../json-ld/plain-text.js";
import type { Service } from "../model/schemas.js";
import type { SearchDocument } from "../search/types.js";

export interface SearchDocumentsOptions {
  /**
   * Only the services this city offers, with the city's own texts and online service. Without it, every
   * service of the base catalogue, each with the list of cities offering it. An unknown city offers
   * nothing, so it gives no documents.
   */
  cityId?: string;
}

/**
 * The catalogue's services as search documents, in base catalogue order.
 *
 * `themenfeld` is the slug (`"familie-kind"`), not the German label: it is stable, the same in every
 * language, and what a portal filters by; `themenfeldLabels[locale][slug]` gives the label to show.
 *
 * Across all cities, `online` is true only when every city offering the service has an online service:
 * a citizen filtering for online services must not land on one that is not online in their city. A
 * service no city offers yet counts as online when the base catalogue names an online service.
 */
export function searchDocumentsFromCatalog(catalog: Catalog, options: SearchDocumentsOptions = {}): SearchDocument[] {
  const { cityId } = options;
  if (cityId !== undefined) {
    return catalog.servicesForCity(cityId).map((service) => ({
      ...commonFields(service),
      online: service.onlineService !== undefined,
      cities: [cityId],
    }));
  }
  return catalog.services.map((service) => {
    const cities = catalog.citiesOffering(service.id).map((city) => city.id);
    const online =
      cities.length === 0
        ? service.onlineService !== undefined
        : cities.every((city) => catalog.serviceForCity(service.id, city)?.onlineService !== undefined);
    return { ...commonFields(service), online, cities };
  });
}

function commonFields(service: Service): Omit<SearchDocument, "online" | "cities"> {
  return {
    id: service.id,
    title: service.title,
    synonyms: service.synonyms ?? [],
    keywords: service.keywords ?? [],
    text: plainText(service),
    themenfeld: service.themenfeld,
  };
}

/** Short text first: the index keeps the beginning of `text` as the result excerpt. */
function plainText(service: Service): string {
  const parts = [service.shortText, service.fullText].flatMap((markdown) =>
    markdown === undefined ? [] : [markdownToPlainText(markdown)],
  );
  return parts.filter((part) => part !== "").join("\n");
}
