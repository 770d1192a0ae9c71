/**
 * The three kinds of data file: the base catalogue (`data/base/services.json`), the cities
 * (`data/cities.json`) and one overlay per city (`data/overlays/<city>.json`). Each may name its JSON
 * Schema in `"$schema"` so editors validate while typing. The files hold shapes only; identity and
 * references across files (duplicate ids, unknown services or offices) are checked by `createCatalog`.
 */
import { z } from "zod";
import type { SchemaContext } from "./context.js";
import { slug } from "./fields.js";

const schemaReference = () =>
  z.string().max(500).optional().meta({ description: "Pfad zum JSON Schema dieser Datei (für Editoren)" });

export function createBaseCatalogFileSchema<Service extends z.ZodType, Office extends z.ZodType>(
  service: Service,
  office: Office,
) {
  return z
    .strictObject({
      $schema: schemaReference(),
      services: z.array(service).meta({ description: "Leistungen des Basiskatalogs" }),
      offices: z
        .array(office)
        .optional()
        .meta({ description: "Dienststellen, die mehrere Städte betreffen (Land, Landkreis)" }),
    })
    .meta({
      title: "Basiskatalog der Leistungen",
      description: "Digitale Kommune@Hessen: Leistungen des Basiskatalogs",
    });
}

export function createCitiesFileSchema<City extends z.ZodType>(city: City) {
  return z
    .strictObject({
      $schema: schemaReference(),
      cities: z.array(city).min(1).meta({ description: "Die Städte des Projekts" }),
    })
    .meta({ title: "Städte", description: "Digitale Kommune@Hessen: Städte mit amtlichen Schlüsseln" });
}

export function createOverlayFileSchema<OverlayService extends z.ZodType, Office extends z.ZodType>(
  ctx: SchemaContext,
  overlayService: OverlayService,
  office: Office,
) {
  return z
    .strictObject({
      $schema: schemaReference(),
      city: slug(ctx, "city", "Kennung der Stadt aus cities.json, z. B. fulda"),
      services: z.array(overlayService).meta({ description: "Leistungen, die die Stadt anbietet" }),
      offices: z.array(office).optional().meta({ description: "Dienststellen der Stadt" }),
    })
    .meta({
      title: "Städtische Ergänzung",
      description: "Digitale Kommune@Hessen: Angebot und örtliche Angaben einer Stadt",
    });
}
