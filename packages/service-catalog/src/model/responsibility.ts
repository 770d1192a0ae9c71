/**
 * Zuständigkeit: which office handles which service for which city, and in which role (XZuFi
 * `Zuständigkeit` with `leistungID`, `gebietID`, `rolle`; reference §1.3). The office may belong to the
 * city, the Landkreis or the Land: Elterngeld goes to the Hessisches Amt für Versorgung und Soziales
 * whatever the city (reference §0.3). Each responsibility names its source, like every researched fact.
 */
import { z } from "zod";
import { RESPONSIBILITY_ROLES } from "./code-lists.js";
import type { SchemaContext } from "./context.js";
import { confidence, singleLine, slug, sourceText } from "./fields.js";

/** A responsibility as written inside a city's overlay, below the service it is for. */
export function createOverlayResponsibilitySchema(ctx: SchemaContext) {
  return z
    .strictObject({
      officeId: slug(ctx, "officeId", "Kennung der Dienststelle (aus dem Basiskatalog oder dieser Datei)"),
      role: z.enum(RESPONSIBILITY_ROLES).meta({
        description:
          "zustaendig (entscheidet), antragsannahme (nimmt Anträge für eine andere Stelle an), ansprechpunkt",
      }),
      note: singleLine(ctx, "note", "Anmerkung, z. B. für welche Fälle", 1000).optional(),
      source: sourceText(ctx),
      confidence: confidence(),
    })
    .meta({ description: "Zuständigkeit einer Dienststelle für diese Leistung in dieser Stadt" });
}

/** A responsibility in the built catalogue, with the service and city it belongs to. */
export function createResponsibilitySchema(ctx: SchemaContext) {
  return createOverlayResponsibilitySchema(ctx).extend({
    serviceId: slug(ctx, "serviceId", "Kennung der Leistung"),
    cityId: slug(ctx, "cityId", "Kennung der Stadt"),
  });
}
