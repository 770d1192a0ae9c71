/**
 * A city of the project with its official keys (reference §3). The ARS (12 digits) is what PVOG lookups
 * need; it may stay empty where no source gives it. `kind` decides where responsibilities lie: a
 * kreisfreie Stadt does all district tasks itself, a Sonderstatusstadt some, a kreisangehörige Stadt none.
 */
import { ags, ars } from "@digitale-kommune/validators";
import { z } from "zod";
import { CITY_KINDS } from "./code-lists.js";
import type { SchemaContext } from "./context.js";
import { type FactSchema, provenanceOf } from "./fact.js";
import { identifier, singleLine, slug, webAddress } from "./fields.js";

export const CITY_PROVENANCE_KEYS = ["ags", "ars", "kind", "landkreis"] as const;

export function createCitySchema(ctx: SchemaContext, fact: FactSchema) {
  return z
    .strictObject({
      id: slug(ctx, "id", "Kennung, z. B. giessen"),
      name: singleLine(ctx, "name", "Amtlicher Name, z. B. „Universitätsstadt Gießen“", 200),
      shortName: singleLine(ctx, "shortName", "Kurzname, z. B. „Gießen“", 100),
      ags: identifier(ctx, "ags", ags.validate, "^[0-9]{8}$", "Amtlicher Gemeindeschlüssel (8 Ziffern)"),
      ars: identifier(ctx, "ars", ars.validate, "^[0-9]{12}$", "Amtlicher Regionalschlüssel (12 Ziffern)").optional(),
      kind: z.enum(CITY_KINDS).meta({ description: "kreisfrei, sonderstatus (Sonderstatusstadt) oder kreisangehörig" }),
      landkreis: singleLine(
        ctx,
        "landkreis",
        "Landkreis, z. B. „Landkreis Gießen“ (nicht bei kreisfreien Städten)",
        200,
      ).optional(),
      website: webAddress("Internetseite der Stadt").optional(),
      provenance: provenanceOf(fact, CITY_PROVENANCE_KEYS).optional(),
    })
    .superRefine((city, context) => {
      if (city.kind === "kreisfrei" && city.landkreis !== undefined) {
        ctx.report(context, "landkreis_not_allowed", "landkreis", {}, ["landkreis"]);
      } else if (city.kind !== "kreisfrei" && city.landkreis === undefined) {
        ctx.report(context, "landkreis_required", "landkreis", {}, ["landkreis"]);
      }
      // The ARS is the AGS with the Gemeindeverband inserted; a mismatch means one of them has a typo.
      // Checked only when both keys are valid on their own; otherwise their own issues say what is wrong.
      const regional = city.ars;
      if (regional !== undefined && ars.isValid(regional) && ags.isValid(city.ags)) {
        if (ars.toAgs(regional) !== ags.normalize(city.ags)) {
          ctx.report(context, "ars_ags_mismatch", "ars", { value: regional, other: city.ags }, ["ars"]);
        }
      }
    })
    .meta({ description: "Stadt" });
}
