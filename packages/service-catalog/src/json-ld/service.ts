/**
 * A service as it applies in one city → schema.org `GovernmentService` (reference §1.5):
 * - `identifier`: the Leistungsschlüssel (`propertyID: "LeiKa"`) and the OZG-ID as `PropertyValue`s;
 * - `description`: the short text as plain text (restricted Markdown stripped, never HTML);
 * - `areaServed`: the city as `AdministrativeArea`, its AGS as identifier;
 * - `provider`: the office that decides (role `zustaendig`); `serviceOperator`: the office that takes the
 *   application if another one does (`antragsannahme`, e.g. the Bürgerbüro for the Führungszeugnis of the
 *   Bundesamt für Justiz), otherwise the provider; both as references by `@id` to `officeJsonLd` nodes;
 * - `availableChannel`: the online service (`serviceUrl`) and, in person, the office the citizen goes to;
 * - `offers`: the fees (see `feesToOffers`);
 * - `serviceType`: the OZG-Themenfeld; `audience`: only when the caller knows it (the model has no
 *   target-group field, and guessing one from the Themenfeld would invent a fact).
 */
import type { Locale } from "@digitale-kommune/validators";
import { themenfeldLabels } from "../model/code-lists.js";
import type { City, Office, Responsibility, Service } from "../model/schemas.js";
import { defaultOfficeIri, type OfficeIri } from "./iri.js";
import { jsonLdTexts } from "./messages.js";
import { feesToOffers } from "./offers.js";
import { markdownToPlainText } from "./plain-text.js";
import {
  type JsonLdAudience,
  type JsonLdGovernmentService,
  type JsonLdOfficeReference,
  type JsonLdPropertyValue,
  type JsonLdServiceChannel,
  SCHEMA_ORG_CONTEXT,
} from "./types.js";

/**
 * What the mapping reads of a service. Pass the service as it applies in the city: the overlay's fees,
 * texts and online service merged over the base catalogue's.
 */
export type ServiceJsonLdInput = Pick<
  Service,
  "title" | "shortText" | "leistungsschluessel" | "ozgId" | "themenfeld" | "fees" | "onlineService"
>;

/** An office responsible for the service in the city, with its role. */
export interface ServiceResponsibilityInput {
  role: Responsibility["role"];
  office: Pick<Office, "id" | "name">;
}

/** Who the service is for; maps to `Audience` / `BusinessAudience`. */
export type ServiceAudienceKind = "citizens" | "businesses";

export interface ServiceJsonLdContext {
  /** The city the page is for: its name and AGS become `areaServed`. */
  city: Pick<City, "name" | "ags">;
  /** The city's responsibilities for this service, each with its office. */
  responsibilities?: readonly ServiceResponsibilityInput[];
  /** The page's address, written as `url`. */
  url?: string;
  /** The service node's `@id`, e.g. `${url}#service`. */
  id?: string;
  /** Who the service is for, when the app knows it. */
  audience?: readonly ServiceAudienceKind[];
  /** Resolves an online service given as a form of this portal (`formId`) to its address. */
  formUrl?: (formId: string) => string | undefined;
  /** How offices are named as `@id`; use the same function for `officeJsonLd`. */
  officeIri?: OfficeIri;
  /** Language of the texts the mapping writes (channel names, fee descriptions); default `"de"`. */
  locale?: Locale;
}

const AUDIENCE_TYPES: Readonly<Record<Locale, Record<ServiceAudienceKind, string>>> = {
  de: { citizens: "Bürgerinnen und Bürger", businesses: "Unternehmen" },
  en: { citizens: "Citizens", businesses: "Businesses" },
};

export function serviceJsonLd(service: ServiceJsonLdInput, context: ServiceJsonLdContext): JsonLdGovernmentService {
  const locale = context.locale ?? "de";
  const texts = jsonLdTexts[locale];
  const officeIri = context.officeIri ?? defaultOfficeIri;
  const reference = (office: Pick<Office, "id" | "name">): JsonLdOfficeReference => ({
    "@type": "GovernmentOffice",
    "@id": officeIri(office.id),
    name: office.name,
  });

  const responsibilities = context.responsibilities ?? [];
  const deciding = responsibilities.find((entry) => entry.role === "zustaendig");
  const accepting = responsibilities.find((entry) => entry.role === "antragsannahme");
  const provider = deciding ?? accepting;
  const operator = accepting ?? deciding;
  // The citizen goes where applications are taken; only if nobody takes them for another, to the deciding office.
  const locations = responsibilities.filter((entry) => entry.role === "antragsannahme");
  const inPerson = locations.length > 0 ? locations : responsibilities.filter((entry) => entry.role === "zustaendig");

  const channels: JsonLdServiceChannel[] = [];
  const onlineUrl = onlineServiceUrl(service.onlineService, context.formUrl);
  if (onlineUrl !== undefined) {
    channels.push({
      "@type": "ServiceChannel",
      name: service.onlineService?.title ?? texts.onlineChannel,
      serviceUrl: onlineUrl,
    });
  }
  for (const entry of inPerson) {
    channels.push({ "@type": "ServiceChannel", name: texts.inPersonChannel, serviceLocation: reference(entry.office) });
  }

  const description = markdownToPlainText(service.shortText);
  const identifiers = serviceIdentifiers(service);
  const audience = (context.audience ?? []).map(
    (kind): JsonLdAudience => ({
      "@type": kind === "businesses" ? "BusinessAudience" : "Audience",
      audienceType: AUDIENCE_TYPES[locale][kind],
    }),
  );
  const offers = feesToOffers(service.fees ?? [], { locale });

  return {
    "@context": SCHEMA_ORG_CONTEXT,
    "@type": "GovernmentService",
    ...(context.id === undefined ? {} : { "@id": context.id }),
    name: service.title,
    ...(description === "" ? {} : { description }),
    ...(context.url === undefined ? {} : { url: context.url }),
    ...(identifiers.length === 0 ? {} : { identifier: identifiers }),
    serviceType: themenfeldLabels[locale][service.themenfeld],
    ...(audience.length === 0 ? {} : { audience }),
    areaServed: {
      "@type": "AdministrativeArea",
      name: context.city.name,
      identifier: {
        "@type": "PropertyValue",
        propertyID: "AGS",
        name: "Amtlicher Gemeindeschlüssel",
        value: context.city.ags,
      },
    },
    ...(provider === undefined ? {} : { provider: reference(provider.office) }),
    ...(operator === undefined ? {} : { serviceOperator: reference(operator.office) }),
    ...(channels.length === 0 ? {} : { availableChannel: channels }),
    ...(offers.length === 0 ? {} : { offers }),
  };
}

function serviceIdentifiers(service: ServiceJsonLdInput): JsonLdPropertyValue[] {
  const identifiers: JsonLdPropertyValue[] = [];
  if (service.leistungsschluessel !== undefined) {
    identifiers.push({
      "@type": "PropertyValue",
      propertyID: "LeiKa",
      name: "Leistungsschlüssel",
      value: service.leistungsschluessel,
    });
  }
  if (service.ozgId !== undefined) {
    identifiers.push({ "@type": "PropertyValue", propertyID: "OZG-ID", name: "OZG-ID", value: service.ozgId });
  }
  return identifiers;
}

function onlineServiceUrl(
  onlineService: Service["onlineService"],
  formUrl: ServiceJsonLdContext["formUrl"],
): string | undefined {
  if (onlineService === undefined) return undefined;
  if (onlineService.url !== undefined) return onlineService.url;
  return onlineService.formId === undefined ? undefined : formUrl?.(onlineService.formId);
}
