// The catalogue: model, validation and merging of base data and city overlays
export { createCatalog } from "./catalog/create-catalog.js";
export type {
  Catalog,
  CatalogInput,
  CatalogIssue,
  CatalogSource,
  CityService,
  CreateCatalogOptions,
  CreateCatalogResult,
  ResolvedResponsibility,
} from "./catalog/types.js";
// Public holidays of Hessen and office opening hours (Europe/Berlin)
export { easterSunday } from "./holidays/easter.js";
export {
  HESSEN_HOLIDAY_YEARS,
  hessenHolidayOn,
  hessenHolidays,
  isHessenHoliday,
  isSupportedHolidayYear,
  ONE_OFF_HOLIDAYS,
  type PublicHoliday,
} from "./holidays/hessen.js";
// schema.org JSON-LD
export { centsToDecimalString } from "./json-ld/cents.js";
export { defaultOfficeIri, type OfficeIri } from "./json-ld/iri.js";
export { feesToOffers, type OffersJsonLdOptions } from "./json-ld/offers.js";
export {
  internationalPhone,
  type OfficeJsonLdInput,
  type OfficeJsonLdOptions,
  officeJsonLd,
} from "./json-ld/office.js";
export {
  type OpeningHoursJsonLdOptions,
  openingHoursSpecification,
  type PublicHolidayLike,
} from "./json-ld/opening-hours.js";
export { markdownToPlainText } from "./json-ld/plain-text.js";
export {
  findSchemaOrgViolations,
  SCHEMA_ORG_PROPERTIES,
  type SchemaOrgViolation,
} from "./json-ld/schema-org-vocabulary.js";
export { jsonLdScript } from "./json-ld/script.js";
export {
  type ServiceAudienceKind,
  type ServiceJsonLdContext,
  type ServiceJsonLdInput,
  type ServiceResponsibilityInput,
  serviceJsonLd,
} from "./json-ld/service.js";
export {
  type JsonLdAdministrativeArea,
  type JsonLdAudience,
  type JsonLdGeoCoordinates,
  type JsonLdGovernmentOffice,
  type JsonLdGovernmentService,
  type JsonLdOffer,
  type JsonLdOfficeReference,
  type JsonLdOpeningHoursSpecification,
  type JsonLdPostalAddress,
  type JsonLdPriceSpecification,
  type JsonLdPropertyValue,
  type JsonLdQuantitativeValue,
  type JsonLdServiceChannel,
  SCHEMA_ORG_CONTEXT,
} from "./json-ld/types.js";
export { type CatalogJsonSchemaName, catalogJsonSchemaFiles, catalogJsonSchemas } from "./json-schema/json-schemas.js";
export {
  type LeistungsschluesselIssueCode,
  leistungsschluesselMessages,
} from "./leistungsschluessel/messages.js";
export {
  type Leistungsschluessel,
  type ParseLeistungsschluesselResult,
  parseLeistungsschluessel,
} from "./leistungsschluessel/parse.js";
export {
  CITY_KINDS,
  type CityKind,
  DEADLINE_UNITS,
  type DeadlineUnit,
  FEE_KINDS,
  FEE_PERIODS,
  type FeeKind,
  type FeePeriod,
  LEIKA_TYPEN,
  type LeikaTyp,
  OFFICE_LEVELS,
  type OfficeLevel,
  REDUCTION_KINDS,
  RESPONSIBILITY_ROLES,
  type ReductionKind,
  type ResponsibilityRole,
  THEMENFELDER,
  type Themenfeld,
  TRUST_LEVELS,
  type TrustLevel,
  themenfeldLabels,
} from "./model/code-lists.js";
export type { CatalogSchemaOptions } from "./model/context.js";
export { catalogErrorMap } from "./model/error-map.js";
export { findMarkdownProblems, type MarkdownProblem, type MarkdownProblemCode } from "./model/markdown.js";
export { type CatalogIssueCode, catalogFieldNames, catalogMessages } from "./model/messages.js";
export {
  type BaseCatalogFile,
  type CatalogSchemas,
  type CitiesFile,
  type City,
  type CityOverlay,
  catalogSchemas,
  catalogSchemasFor,
  cityOverlaySchema,
  citySchema,
  createCatalogSchemas,
  type Fact,
  type Fee,
  type FeeAddOn,
  type FeeAgeTier,
  type FeeReduction,
  feeSchema,
  type Office,
  type OfficeAddress,
  type OnlineService,
  type OverlayService,
  officeSchema,
  type ParseCatalogDataOptions,
  parseCatalogData,
  type Responsibility,
  responsibilitySchema,
  type Service,
  type ServiceForm,
  serviceSchema,
} from "./model/schemas.js";
export { leistungsschluesselPartsOf } from "./model/service.js";
export { isSlug, slugFromTitle } from "./model/slug.js";
export { type DayHours, type DayTimeRange, hoursOnDate } from "./opening-hours/day-hours.js";
export { type FormatOpeningHoursOptions, formatOpeningHours, localizeText } from "./opening-hours/format.js";
export { type OpeningHoursIssueCode, openingHoursMessages } from "./opening-hours/messages.js";
export {
  createOpeningHoursSchema,
  type LocalizedText,
  type OpeningHours,
  type OpeningHoursException,
  type OpeningHoursInput,
  type OpeningHoursSchemaOptions,
  type OpeningHoursTimeRange,
  type OpeningHoursWeeklyRule,
  openingHoursSchema,
  WEEKDAYS,
  type Weekday,
} from "./opening-hours/schema.js";
export {
  DEFAULT_SEARCH_DAYS,
  isOpenAt,
  nextOpening,
  type OpeningPeriod,
  type OpeningSearchOptions,
  type OpeningStatus,
  openingStatus,
} from "./opening-hours/status.js";
