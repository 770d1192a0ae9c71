import type { Locale } from "@digitale-kommune/validators";
import type { FeePeriod } from "../model/code-lists.js";
import { centsToDecimalString } from "./cents.js";

/** The words the JSON-LD mapping writes itself (channel names, fee descriptions), per language. */
export interface JsonLdTexts {
  closedOnPublicHolidays: string;
  publicHoliday: string;
  onlineChannel: string;
  inPersonChannel: string;
  free: string;
  perUnit(unit: string): string;
  perPeriod(period: FeePeriod): string;
  period(period: FeePeriod): string;
  ageFrom(minAge: number): string;
  /** For a tier up to `maxAge` completed years, i.e. under `maxAge + 1`. */
  ageUnder(limit: number): string;
  ageBetween(minAge: number, maxAge: number): string;
  anyAge: string;
  exemption(reason: string): string;
  percentReduction(percent: number, reason: string): string;
  amountReduction(cents: number, reason: string): string;
  legalBasis(text: string): string;
  /** An amount for reading, e.g. "27,60 €" / "€27.60". */
  money(cents: number): string;
}

const GERMAN_PERIODS: Record<FeePeriod, string> = { day: "Tag", week: "Woche", month: "Monat", year: "Jahr" };
const ENGLISH_PERIODS: Record<FeePeriod, string> = { day: "day", week: "week", month: "month", year: "year" };

export const jsonLdTexts: Readonly<Record<Locale, JsonLdTexts>> = {
  de: {
    closedOnPublicHolidays: "An gesetzlichen Feiertagen geschlossen",
    publicHoliday: "Gesetzlicher Feiertag",
    onlineChannel: "Online-Dienst",
    inPersonChannel: "Persönlich vor Ort",
    free: "gebührenfrei",
    perUnit: (unit) => `je ${unit}`,
    perPeriod: (period) => `je ${GERMAN_PERIODS[period]}`,
    period: (period) => GERMAN_PERIODS[period],
    ageFrom: (minAge) => `ab ${minAge} Jahren`,
    ageUnder: (limit) => `unter ${limit} Jahren`,
    ageBetween: (minAge, maxAge) => `${minAge} bis ${maxAge} Jahre`,
    anyAge: "jedes Alter",
    exemption: (reason) => `Befreiung: ${reason}`,
    percentReduction: (percent, reason) => `Ermäßigung um ${percent} %: ${reason}`,
    amountReduction: (cents, reason) => `Ermäßigung um ${germanMoney(cents)}: ${reason}`,
    legalBasis: (text) => `Rechtsgrundlage: ${text}`,
    money: (cents) => germanMoney(cents),
  },
  en: {
    closedOnPublicHolidays: "Closed on public holidays",
    publicHoliday: "Public holiday",
    onlineChannel: "Online service",
    inPersonChannel: "In person",
    free: "free of charge",
    perUnit: (unit) => `per ${unit}`,
    perPeriod: (period) => `per ${ENGLISH_PERIODS[period]}`,
    period: (period) => ENGLISH_PERIODS[period],
    ageFrom: (minAge) => `aged ${minAge} and over`,
    ageUnder: (limit) => `under ${limit}`,
    ageBetween: (minAge, maxAge) => `aged ${minAge} to ${maxAge}`,
    anyAge: "any age",
    exemption: (reason) => `Exemption: ${reason}`,
    percentReduction: (percent, reason) => `${percent}% reduction: ${reason}`,
    amountReduction: (cents, reason) => `Reduction of ${englishMoney(cents)}: ${reason}`,
    legalBasis: (text) => `Legal basis: ${text}`,
    money: (cents) => englishMoney(cents),
  },
};

function germanMoney(cents: number): string {
  return `${groupedAmount(cents, ".", ",")} €`;
}

function englishMoney(cents: number): string {
  return `€${groupedAmount(cents, ",", ".")}`;
}

/** The amount with thousands grouped, built from the exact decimal string: 123456789 → "1.234.567,89". */
function groupedAmount(cents: number, thousands: string, decimal: string): string {
  const [whole = "", fraction = ""] = centsToDecimalString(cents).split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign === "" ? whole : whole.slice(1);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${sign}${groups.join(thousands)}${decimal}${fraction}`;
}
