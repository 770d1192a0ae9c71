/**
 * A service (Leistung) of the base catalogue, after FIM Baustein Leistungen / XZuFi `Leistung`
 * (reference §1.1–1.3): identity (`id`, Leistungsschlüssel, OZG-ID, LeiKa-Typ), the text modules
 * (title, short and full text, prerequisites, documents, deadlines, processing time, legal bases),
 * fees, online service and forms. Facts from research say where they come from in `provenance`.
 */

import { z } from "zod";
import { type Leistungsschluessel, parseLeistungsschluessel } from "../leistungsschluessel/parse.js";
import { DEADLINE_UNITS, LEIKA_TYPEN, THEMENFELDER, TRUST_LEVELS } from "./code-lists.js";
import type { SchemaContext } from "./context.js";
import { type FactSchema, provenanceOf } from "./fact.js";
import { identifier, markdown, singleLine, slug, webAddress } from "./fields.js";

const LEISTUNGSSCHLUESSEL_PATTERN = "^[0-9]{14}$";
const OZG_ID_PATTERN = "^[0-9]{1,6}$";
const MAX_TITLE_LENGTH = 200;
const MAX_SHORT_TEXT_LENGTH = 600;
const MAX_TERM_LENGTH = 80;

/** Fields of a service whose origin `provenance` can record. */
export const SERVICE_PROVENANCE_KEYS = [
  "leistungsschluessel",
  "ozgId",
  "leikaTyp",
  "themenfeld",
  "lebenslage",
  "prerequisites",
  "documents",
  "deadlines",
  "processingTime",
  "legalBases",
  "onlineService",
  "forms",
] as const;

/** Parts a city overlay reuses: how a service is reached online and its forms. */
export function createServiceParts(ctx: SchemaContext) {
  const exactlyOneTarget = (
    value: { url?: string | undefined; formId?: string | undefined },
    context: z.RefinementCtx,
    field: string,
  ) => {
    if ((value.url === undefined) === (value.formId === undefined)) ctx.report(context, "link_target", field);
  };
  const onlineService = z
    .strictObject({
      title: singleLine(ctx, "title", "Name des Online-Dienstes", 200).optional(),
      url: webAddress("Adresse des Online-Dienstes").optional(),
      formId: slug(ctx, "formId", "Kennung eines Formulars dieses Portals").optional(),
      trustLevel: z
        .enum(TRUST_LEVELS)
        .optional()
        .meta({ description: "Vertrauensniveau (eIDAS): niedrig, substanziell, hoch" }),
    })
    .superRefine((value, context) => exactlyOneTarget(value, context, "onlineService"))
    .meta({ description: "Online-Dienst: eine Adresse (url) oder ein Formular dieses Portals (formId)" });
  const form = z
    .strictObject({
      title: singleLine(ctx, "title", "Name des Formulars", 200),
      url: webAddress("Adresse des Formulars (z. B. PDF)").optional(),
      formId: slug(ctx, "formId", "Kennung eines Formulars dieses Portals").optional(),
    })
    .superRefine((value, context) => exactlyOneTarget(value, context, "forms"))
    .meta({ description: "Formular: eine Adresse (url) oder ein Formular dieses Portals (formId)" });
  return { onlineService, form };
}

export function createServiceSchema<FeeSchema extends z.ZodType>(ctx: SchemaContext, fact: FactSchema, fee: FeeSchema) {
  const { onlineService, form } = createServiceParts(ctx);
  const term = (field: string) =>
    singleLine(ctx, field, "Begriff, wie Bürgerinnen und Bürger ihn suchen", MAX_TERM_LENGTH);

  const leistungsschluessel = identifier(
    ctx,
    "leistungsschluessel",
    (input, options) => {
      const result = parseLeistungsschluessel(input, options);
      return result.ok ? { ok: true, value: result.value.key } : result;
    },
    LEISTUNGSSCHLUESSEL_PATTERN,
    "Leistungsschlüssel (14 Ziffern, KK GGG LLL VVV DDD), nur mit nachprüfbarer Quelle",
  );

  const document = z.strictObject({
    title: singleLine(ctx, "title", "Unterlage, z. B. „Geburtsurkunde“", 200),
    required: z.boolean().optional().meta({ description: "false, wenn die Unterlage nur im Einzelfall nötig ist" }),
    note: singleLine(ctx, "note", "Anmerkung", 500).optional(),
  });

  const deadline = z.strictObject({
    description: singleLine(
      ctx,
      "description",
      "Frist in Worten, z. B. „innerhalb von zwei Wochen nach dem Einzug“",
      500,
    ),
    period: z
      .strictObject({
        value: z.number().int().min(1).max(1000),
        unit: z.enum(DEADLINE_UNITS),
      })
      .optional()
      .meta({ description: "Die Frist als Dauer, z. B. { value: 2, unit: weeks }" }),
    legalBasis: singleLine(ctx, "legalBasis", "Rechtsgrundlage der Frist", 500).optional(),
  });

  const processingTime = z
    .strictObject({
      description: singleLine(ctx, "description", "Bearbeitungsdauer in Worten", 500),
      minDays: z.number().int().min(0).max(3650).optional(),
      maxDays: z.number().int().min(0).max(3650).optional(),
    })
    .superRefine((value, context) => {
      if (value.minDays !== undefined && value.maxDays !== undefined && value.maxDays < value.minDays) {
        const params = { value: String(value.maxDays), other: String(value.minDays) };
        ctx.report(context, "date_range_order", "maxDays", params, ["maxDays"]);
      }
    });

  const legalBasis = z.strictObject({
    title: singleLine(ctx, "title", "Norm, z. B. „Bundesmeldegesetz (BMG) § 17“", 300),
    url: webAddress("Adresse der Norm, z. B. bei gesetze-im-internet.de").optional(),
  });

  return z
    .strictObject({
      id: slug(ctx, "id", "Kennung aus dem Titel, z. B. personalausweis-beantragen; ändert sich nie"),
      title: singleLine(ctx, "title", "Titel der Leistung", MAX_TITLE_LENGTH),
      leistungsschluessel: leistungsschluessel.optional(),
      ozgId: z
        .string()
        .superRefine((value, context) => {
          if (!isOzgId(value)) ctx.report(context, "invalid_ozg_id", "ozgId", { value: value.slice(0, 20) });
        })
        .optional()
        .meta({ pattern: OZG_ID_PATTERN, description: "OZG-ID der OZG-Leistung (Leistungsbündel), z. B. 10169" }),
      leikaTyp: z.enum(LEIKA_TYPEN).optional().meta({ description: "LeiKa-Typ: wer regelt und wer vollzieht" }),
      shortText: markdown(ctx, "shortText", "Kurztext für Suchergebnisse und Übersichten", MAX_SHORT_TEXT_LENGTH),
      fullText: markdown(ctx, "fullText", "Volltext der Leistungsbeschreibung").optional(),
      themenfeld: z.enum(THEMENFELDER).meta({ description: "Themenfeld des OZG-Umsetzungskatalogs" }),
      lebenslage: singleLine(ctx, "lebenslage", "Lebenslage, z. B. „Umzug“", 100).optional(),
      keywords: z.array(term("keywords")).optional().meta({ description: "Suchbegriffe" }),
      synonyms: z.array(term("synonyms")).optional().meta({ description: "Andere Namen, z. B. „Perso“" }),
      prerequisites: markdown(ctx, "prerequisites", "Voraussetzungen").optional(),
      documents: z.array(document).optional().meta({ description: "Erforderliche Unterlagen" }),
      fees: z.array(fee).optional().meta({ description: "Gebühren (Basiswerte; eine Stadt kann sie ersetzen)" }),
      deadlines: z.array(deadline).optional().meta({ description: "Fristen" }),
      processingTime: processingTime.optional(),
      legalBases: z.array(legalBasis).optional().meta({ description: "Rechtsgrundlagen" }),
      onlineService: onlineService.optional(),
      forms: z.array(form).optional().meta({ description: "Formulare" }),
      provenance: provenanceOf(fact, SERVICE_PROVENANCE_KEYS).optional(),
    })
    .superRefine((service, context) => {
      // A key without a traceable source is how invented keys got into public repositories (reference §0.2).
      for (const key of ["leistungsschluessel", "ozgId"] as const) {
        if (service[key] !== undefined && service.provenance?.[key] === undefined) {
          ctx.report(context, "provenance_required", key, { key }, [key]);
        }
      }
    })
    .meta({ description: "Leistung des Basiskatalogs" });
}

function isOzgId(value: string): boolean {
  if (value.length === 0 || value.length > 6) return false;
  for (const character of value) if (character < "0" || character > "9") return false;
  return true;
}

/**
 * The structure of a service's Leistungsschlüssel (catalogue, group, Leistungsobjekt, Verrichtung,
 * detail), or undefined when the service has none. `leistungsschluesselPartsOf(service)?.group` is
 * `"115"` (Meldewesen) for "Wohnsitz anmelden".
 */
export function leistungsschluesselPartsOf(service: {
  leistungsschluessel?: string | undefined;
}): Leistungsschluessel | undefined {
  if (service.leistungsschluessel === undefined) return undefined;
  const result = parseLeistungsschluessel(service.leistungsschluessel);
  return result.ok ? result.value : undefined;
}
