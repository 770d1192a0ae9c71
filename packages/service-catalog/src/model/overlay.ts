/**
 * A city's overlay on the base catalogue: which base services the city offers (one entry per service,
 * `{ "id": "wohnsitz-anmelden" }` at its simplest), and per service the local fees (they replace the
 * base fees for this city), local hints and texts, the online service and forms, and who is responsible.
 * Offices of the city are listed once in `offices` and referred to by id.
 *
 * Lists with ids rather than objects keyed by id, because JSON.parse keeps only the last of two equal
 * keys without a word; a repeated id in a list is reported.
 */
import { z } from "zod";
import type { SchemaContext } from "./context.js";
import { type FactSchema, provenanceOf } from "./fact.js";
import { markdown, slug } from "./fields.js";
import { createOverlayResponsibilitySchema } from "./responsibility.js";
import { createServiceParts } from "./service.js";

export const OVERLAY_SERVICE_PROVENANCE_KEYS = ["hint", "shortText", "fullText", "onlineService", "forms"] as const;

export function createOverlayServiceSchema<FeeSchema extends z.ZodType>(
  ctx: SchemaContext,
  fact: FactSchema,
  fee: FeeSchema,
) {
  const { onlineService, form } = createServiceParts(ctx);
  return z
    .strictObject({
      id: slug(ctx, "id", "Kennung einer Leistung des Basiskatalogs"),
      fees: z
        .array(fee)
        .min(1)
        .optional()
        .meta({ description: "Örtliche Gebühren; ersetzen die Gebühren des Basiskatalogs für diese Stadt" }),
      hint: markdown(ctx, "hint", "Örtlicher Hinweis, z. B. „Nur mit Termin“", 2000).optional(),
      shortText: markdown(
        ctx,
        "shortText",
        "Örtlicher Kurztext (nur bei LeiKa-Typ 4 und 5 oder ohne Typ)",
        600,
      ).optional(),
      fullText: markdown(ctx, "fullText", "Örtlicher Volltext (nur bei LeiKa-Typ 4 und 5 oder ohne Typ)").optional(),
      onlineService: onlineService.optional(),
      forms: z.array(form).optional(),
      responsibilities: z.array(createOverlayResponsibilitySchema(ctx)).optional(),
      provenance: provenanceOf(fact, OVERLAY_SERVICE_PROVENANCE_KEYS).optional(),
    })
    .meta({ description: "Eine Leistung, die die Stadt anbietet, mit ihren örtlichen Angaben" });
}
