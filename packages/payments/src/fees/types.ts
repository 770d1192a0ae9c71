/**
 * Types of the fee engine. A fee table holds the service catalogue's own `Fee` objects unchanged, so a
 * table can be built straight from the catalogue; what the table adds is who it is for (city and
 * service), which version of the tariff it is, when it applies and the legal source it rests on.
 */
import type { Fee } from "@digitale-kommune/service-catalog";
import type { LineItem, LocalizedText } from "../core/types.js";

/** The norm a fee table rests on: a Gebührenordnung, a Satzung or a federal regulation. */
export interface LegalSource {
  /** E.g. „Personalausweisgebührenverordnung (PAuswGebV)“. */
  title: string;
  /** An http(s) address of the published text. */
  url?: string;
  /** E.g. „§ 1“. */
  paragraph?: string;
}

/**
 * English wording for one fee of the table. The catalogue writes labels, units and reasons in German
 * only; without these the English explanation quotes the German wording.
 */
export interface FeeEnglishLabels {
  label?: string;
  /** The `unit` of a perUnit fee, e.g. "adult". */
  unit?: string;
  /** The `basis` of a range fee, e.g. "by construction costs". */
  basis?: string;
  /** Add-on id → English label. */
  addOns?: Record<string, string>;
  /** Reduction id → English reason. */
  reductions?: Record<string, string>;
}

/** The declarative input of a fee table, as written in configuration or built from the catalogue. */
export interface FeeTableInput {
  cityId: string;
  serviceId: string;
  /**
   * The tariff version, e.g. the date the Satzung took effect (`2025-01-01`) or `2025-1`. Letters, digits,
   * `.`, `_` and `-`; it ends up in every payment as `<city>/<service>@<version>`.
   */
  version: string;
  /** First day the table applies (ISO date, Europe/Berlin). */
  validFrom: string;
  /** Last day the table applies, inclusive. */
  validUntil?: string;
  legalSource: LegalSource;
  /** The catalogue's fees, unchanged (`Fee` of `@digitale-kommune/service-catalog`). */
  fees: readonly Fee[];
  /** Fee id → English wording (optional). */
  english?: Record<string, FeeEnglishLabels>;
}

/** A validated, frozen fee table; only `defineFeeTable` and `feeTableFromCatalog` make one. */
export type FeeTable = Readonly<FeeTableInput>;

/**
 * What the citizen (or the authority, for a range) chose. Only the fields the fee's kind needs may be
 * given; anything else is rejected so a confused client never goes unnoticed.
 */
export interface FeeSelection {
  /** The `id` of the fee in the table. */
  feeId: string;
  /** perUnit: how many units (at least 1). */
  units?: number;
  /** perPeriod: how many periods (at least 1). */
  periods?: number;
  /** range: the amount in cents the authority set, within `minAmount`–`maxAmount`. */
  chosenAmount?: number;
  /** byAge: completed years of age; or give `birthDate` instead. */
  age?: number;
  /** byAge: ISO birth date; the age is computed on the computation date. Never stored or shown. */
  birthDate?: string;
  /** Ids of the chosen add-ons (e.g. `express`). */
  addOns?: readonly string[];
  /** Ids of the reductions or exemptions that apply (each has its reason in the table). */
  reductions?: readonly string[];
}

export interface ComputeFeeOptions {
  /** The day the fee is computed for (ISO date, Europe/Berlin; see `berlinDate`). */
  date: string;
}

/** The result of `computeFee`: what the payment stores. */
export interface FeeComputation {
  feeId: string;
  /** Base line, add-on lines, reduction lines (negative amounts), in that order. */
  lineItems: LineItem[];
  /** Sum of the line items' amounts, in cents; never negative. */
  total: number;
  /** Plain-language explanation for the citizen. */
  explanation: LocalizedText;
  /** `<city>/<service>@<version>`, stored with the payment. */
  feeTableVersion: string;
  legalSource: LegalSource;
}
