/**
 * All schemas of the data model, built together for one language, and the types inferred from them.
 * The schemas are built per language because our checks word their messages when they run; the German
 * set is ready-made (`catalogSchemas`), other sets are built once per language and kept.
 */
import { issuesFromZodError, type Locale, type ValidationResult } from "@digitale-kommune/validators";
import type { z } from "zod";
import { createCitySchema } from "./city.js";
import { type CatalogSchemaOptions, createSchemaContext } from "./context.js";
import { catalogErrorMap } from "./error-map.js";
import { createFactSchema } from "./fact.js";
import { createFeeSchema } from "./fee.js";
import { createBaseCatalogFileSchema, createCitiesFileSchema, createOverlayFileSchema } from "./files.js";
import { createOfficeSchema } from "./office.js";
import { createOverlayServiceSchema } from "./overlay.js";
import { createResponsibilitySchema } from "./responsibility.js";
import { createServiceSchema } from "./service.js";

export function createCatalogSchemas(options: CatalogSchemaOptions = {}) {
  const ctx = createSchemaContext(options);
  const fact = createFactSchema(ctx);
  const fee = createFeeSchema(ctx);
  const service = createServiceSchema(ctx, fact, fee);
  const office = createOfficeSchema(ctx, fact);
  const city = createCitySchema(ctx, fact);
  const overlayService = createOverlayServiceSchema(ctx, fact, fee);
  return {
    fact,
    fee,
    service,
    office,
    city,
    responsibility: createResponsibilitySchema(ctx),
    overlayService,
    baseCatalogFile: createBaseCatalogFileSchema(service, office),
    citiesFile: createCitiesFileSchema(city),
    overlayFile: createOverlayFileSchema(ctx, overlayService, office),
  };
}

export type CatalogSchemas = ReturnType<typeof createCatalogSchemas>;

/** The schemas with German messages. */
export const catalogSchemas: CatalogSchemas = /* @__PURE__ */ createCatalogSchemas();

const schemasByLocale = /* @__PURE__ */ new Map<Locale, CatalogSchemas>([["de", catalogSchemas]]);

/** The schemas with built-in messages in `locale`, built on first use. */
export function catalogSchemasFor(locale: Locale): CatalogSchemas {
  let schemas = schemasByLocale.get(locale);
  if (!schemas) {
    schemas = createCatalogSchemas({ locale });
    schemasByLocale.set(locale, schemas);
  }
  return schemas;
}

// A property read could run a getter, so bundlers keep it; a pure-annotated call lets them drop
// every unused schema (and the whole set) when an app imports only a function of this package.
function schemaOf<Name extends keyof CatalogSchemas>(schemas: CatalogSchemas, name: Name): CatalogSchemas[Name] {
  return schemas[name];
}

export const feeSchema = /* @__PURE__ */ schemaOf(catalogSchemas, "fee");
export const serviceSchema = /* @__PURE__ */ schemaOf(catalogSchemas, "service");
export const officeSchema = /* @__PURE__ */ schemaOf(catalogSchemas, "office");
export const citySchema = /* @__PURE__ */ schemaOf(catalogSchemas, "city");
export const responsibilitySchema = /* @__PURE__ */ schemaOf(catalogSchemas, "responsibility");
export const cityOverlaySchema = /* @__PURE__ */ schemaOf(catalogSchemas, "overlayFile");

/** Source and confidence of a researched fact. */
export type Fact = z.output<CatalogSchemas["fact"]>;
/** A fee in integer cents; see `createFeeSchema` for the kinds. */
export type Fee = z.output<CatalogSchemas["fee"]>;
export type FeeAddOn = NonNullable<Extract<Fee, { kind: "fixed" }>["addOns"]>[number];
export type FeeReduction = NonNullable<Extract<Fee, { kind: "fixed" }>["reductions"]>[number];
export type FeeAgeTier = Extract<Fee, { kind: "byAge" }>["tiers"][number];
/** A service (Leistung) of the base catalogue. */
export type Service = z.output<CatalogSchemas["service"]>;
export type OnlineService = NonNullable<Service["onlineService"]>;
export type ServiceForm = NonNullable<Service["forms"]>[number];
/** An office (Organisationseinheit). */
export type Office = z.output<CatalogSchemas["office"]>;
export type OfficeAddress = NonNullable<Office["address"]>;
/** A city with its official keys. */
export type City = z.output<CatalogSchemas["city"]>;
/** Which office handles which service for which city, and in which role. */
export type Responsibility = z.output<CatalogSchemas["responsibility"]>;
/** One service entry of a city overlay. */
export type OverlayService = z.output<CatalogSchemas["overlayService"]>;
/** A city's overlay on the base catalogue (the content of `data/overlays/<city>.json`). */
export type CityOverlay = z.output<CatalogSchemas["overlayFile"]>;
export type BaseCatalogFile = z.output<CatalogSchemas["baseCatalogFile"]>;
export type CitiesFile = z.output<CatalogSchemas["citiesFile"]>;

export interface ParseCatalogDataOptions {
  /** Language of every message, including zod's own shape errors (default `"de"`). */
  locale?: Locale;
}

/**
 * Parses `data` with one of the catalogue's schemas and returns the value or every issue, each a
 * `ValidationIssue` whose code is our own (from `params.code`) or zod's, and whose message is in `locale`.
 * Pass a schema built for the same locale (`catalogSchemasFor(locale).service`) so both kinds agree.
 */
export function parseCatalogData<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  options: ParseCatalogDataOptions = {},
): ValidationResult<z.output<Schema>> {
  const result = schema.safeParse(data, { error: catalogErrorMap(options.locale ?? "de") });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: issuesFromZodError(result.error) };
}
