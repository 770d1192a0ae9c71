/**
 * An office (Organisationseinheit): the Bürgerbüro, Standesamt or Ausländerbehörde of a city, or an
 * office of the Landkreis or the Land that is responsible for a service (reference §0.3, §1.3).
 * Every fact is optional apart from the name and level, because the research knows some offices only
 * by name (Limburg's Bürgerbüro address is not confirmed); unknown facts stay empty.
 */
import { ags, hausnummer, postleitzahl } from "@digitale-kommune/validators";
import { z } from "zod";
import { createOpeningHoursSchema } from "../opening-hours/schema.js";
import { OFFICE_LEVELS } from "./code-lists.js";
import type { SchemaContext } from "./context.js";
import { type FactSchema, provenanceOf } from "./fact.js";
import { emailAddress, identifier, phoneNumber, singleLine, slug, webAddress } from "./fields.js";

export const OFFICE_PROVENANCE_KEYS = [
  "name",
  "note",
  "address",
  "geo",
  "contact",
  "openingHours",
  "appointment",
  "accessibility",
] as const;

export function createOfficeSchema(ctx: SchemaContext, fact: FactSchema) {
  const address = z
    .strictObject({
      street: singleLine(ctx, "street", "Straße", 200),
      houseNumber: identifier(ctx, "houseNumber", hausnummer.validate, "^[1-9][0-9]{0,3}", "Hausnummer, z. B. 12a"),
      postalCode: identifier(ctx, "postalCode", postleitzahl.validate, "^[0-9]{5}$", "Postleitzahl").optional(),
      city: singleLine(ctx, "city", "Ort", 200),
      ags: identifier(ctx, "ags", ags.validate, "^[0-9]{8}$", "Amtlicher Gemeindeschlüssel des Orts").optional(),
    })
    .meta({ description: "Anschrift; die Postleitzahl bleibt leer, solange sie nicht belegt ist" });

  const geo = z
    .strictObject({
      lat: z.number().min(-90).max(90).meta({ description: "Breitengrad (WGS 84)" }),
      lon: z.number().min(-180).max(180).meta({ description: "Längengrad (WGS 84)" }),
    })
    .meta({ description: "Lage für Karten" });

  const contact = z.strictObject({
    phone: phoneNumber(ctx).optional(),
    email: emailAddress(ctx).optional(),
    url: webAddress("Internetseite der Dienststelle").optional(),
  });

  const appointment = z.strictObject({
    required: z.boolean().meta({ description: "true, wenn nur mit Termin bedient wird" }),
    url: webAddress("Adresse der Terminvergabe").optional(),
  });

  const accessibility = z.strictObject({
    wheelchairAccessible: z.boolean().optional(),
    note: singleLine(ctx, "note", "Hinweis zur Barrierefreiheit, z. B. Eingang oder Aufzug", 1000).optional(),
  });

  return z
    .strictObject({
      id: slug(ctx, "id", "Kennung, z. B. fulda-buergerbuero"),
      name: singleLine(ctx, "name", "Name der Dienststelle", 200),
      note: singleLine(ctx, "note", "Hinweis für Besucher, z. B. zum Eingang", 1000).optional(),
      level: z.enum(OFFICE_LEVELS).meta({ description: "Verwaltungsebene: stadt, landkreis, land, bund, sonstige" }),
      address: address.optional(),
      geo: geo.optional(),
      contact: contact.optional(),
      openingHours: createOpeningHoursSchema({ locale: ctx.locale }).optional(),
      appointment: appointment.optional(),
      accessibility: accessibility.optional(),
      provenance: provenanceOf(fact, OFFICE_PROVENANCE_KEYS).optional(),
    })
    .meta({ description: "Dienststelle (Organisationseinheit)" });
}
