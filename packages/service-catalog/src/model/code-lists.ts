/**
 * The code lists of the data model, with German and English labels where people read them.
 * Sources: reference/service-catalog.md §1.1 (LeiKa-Typ), §1.2 (Themenfelder), §1.3 (Vertrauensniveau, Rolle).
 */
import type { Locale } from "@digitale-kommune/validators";

/**
 * The 14 Themenfelder of the OZG-Umsetzungskatalog, as slugs (the labels carry "&", which makes poor ids).
 * Source: digitale-verwaltung.de "Themenfelder" via reference §1.2 (confidence high).
 */
export const THEMENFELDER = [
  "arbeit-ruhestand",
  "bauen-wohnen",
  "bildung",
  "ein-auswanderung",
  "engagement-hobby",
  "familie-kind",
  "forschung-foerderung",
  "gesundheit",
  "mobilitaet-reisen",
  "querschnitt",
  "recht-ordnung",
  "steuern-zoll",
  "umwelt",
  "unternehmensfuehrung-entwicklung",
] as const;
export type Themenfeld = (typeof THEMENFELDER)[number];

export const themenfeldLabels: Record<Locale, Record<Themenfeld, string>> = {
  de: {
    "arbeit-ruhestand": "Arbeit & Ruhestand",
    "bauen-wohnen": "Bauen & Wohnen",
    bildung: "Bildung",
    "ein-auswanderung": "Ein- & Auswanderung",
    "engagement-hobby": "Engagement & Hobby",
    "familie-kind": "Familie & Kind",
    "forschung-foerderung": "Forschung & Förderung",
    gesundheit: "Gesundheit",
    "mobilitaet-reisen": "Mobilität & Reisen",
    querschnitt: "Querschnitt",
    "recht-ordnung": "Recht & Ordnung",
    "steuern-zoll": "Steuern & Zoll",
    umwelt: "Umwelt",
    "unternehmensfuehrung-entwicklung": "Unternehmensführung & -entwicklung",
  },
  en: {
    "arbeit-ruhestand": "Work & retirement",
    "bauen-wohnen": "Building & housing",
    bildung: "Education",
    "ein-auswanderung": "Immigration & emigration",
    "engagement-hobby": "Volunteering & hobbies",
    "familie-kind": "Family & children",
    "forschung-foerderung": "Research & funding",
    gesundheit: "Health",
    "mobilitaet-reisen": "Mobility & travel",
    querschnitt: "Cross-cutting services",
    "recht-ordnung": "Law & order",
    "steuern-zoll": "Taxes & customs",
    umwelt: "Environment",
    "unternehmensfuehrung-entwicklung": "Running & developing a business",
  },
};

/**
 * LeiKa-Typ (Leistungstypisierung): which level regulates a Leistung and which carries it out.
 * Typ 6/7/8 are informative entries, not Leistungen, so a service never has them.
 * Source: digital-direkt.nrw FAQ "LeiKa-Typ", docs.fitko.de "Typisierung" via reference §1.1.
 */
export const LEIKA_TYPEN = ["1", "2", "3", "2/3", "4", "4a", "4b", "5", "10"] as const;
export type LeikaTyp = (typeof LEIKA_TYPEN)[number];

/**
 * Typen whose Stammtext the Bund or the Land writes: a city adds local data (fees, addresses, links,
 * hints) but does not replace the text (reference §1.1, last bullet).
 */
export const LEIKA_TYPEN_WITH_FIXED_TEXT: readonly LeikaTyp[] = ["1", "2", "3", "2/3"];

/** Vertrauensniveau of an online service (eIDAS levels of assurance low / substantial / high). */
export const TRUST_LEVELS = ["niedrig", "substanziell", "hoch"] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

/** Kinds of the six cities' municipalities (reference §3). */
export const CITY_KINDS = ["kreisfrei", "sonderstatus", "kreisangehörig"] as const;
export type CityKind = (typeof CITY_KINDS)[number];

/** The level of administration an office belongs to; responsibilities may point at Landkreis or Land offices. */
export const OFFICE_LEVELS = ["stadt", "landkreis", "land", "bund", "sonstige"] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];

/**
 * The part an office plays for a service in a city, after XZuFi's Zuständigkeit `rolle`:
 * `zustaendig` decides (zuständige Stelle); `antragsannahme` takes applications on for another authority
 * (the Bürgerbüro for the Führungszeugnis of the Bundesamt für Justiz); `ansprechpunkt` informs only.
 */
export const RESPONSIBILITY_ROLES = ["zustaendig", "antragsannahme", "ansprechpunkt"] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

export const FEE_KINDS = ["fixed", "perUnit", "perPeriod", "range", "byAge", "free", "unknown"] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

export const FEE_PERIODS = ["day", "week", "month", "year"] as const;
export type FeePeriod = (typeof FEE_PERIODS)[number];

export const REDUCTION_KINDS = ["exemption", "percent", "amount"] as const;
export type ReductionKind = (typeof REDUCTION_KINDS)[number];

export const DEADLINE_UNITS = ["days", "weeks", "months", "years"] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];
