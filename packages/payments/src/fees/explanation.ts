/**
 * The plain-language explanation of a computed fee, German and English: one short sentence for the fee
 * and why it is this amount, one line per add-on and reduction, and the total when there is more than
 * one line. Sentences are built from the facts of the computation only; a birth date is never shown.
 */
import type { FeePeriod } from "@digitale-kommune/service-catalog";
import type { LocalizedText } from "../core/types.js";
import { formatMoney } from "../money/format.js";

const NBSP = "\u00a0";

export type BaseDetail =
  | { kind: "fixed" }
  | { kind: "perUnit"; units: number; unitAmount: number; unit: LocalizedText }
  | { kind: "perPeriod"; periods: number; unitAmount: number; period: FeePeriod }
  | { kind: "range"; minAmount: number; maxAmount: number; basis?: LocalizedText }
  | { kind: "byAge"; minAge?: number; maxAge?: number };

export interface ReductionFact {
  kind: "exemption" | "percent" | "amount";
  percent?: number;
  reason: LocalizedText;
  /** Negative cents (or zero). */
  amount: number;
  /** True when the reduction was cut so the total does not fall below zero. */
  limited: boolean;
}

export interface ExplanationFacts {
  label: LocalizedText | undefined;
  baseAmount: number;
  detail: BaseDetail;
  addOns: readonly { label: LocalizedText; amount: number }[];
  reductions: readonly ReductionFact[];
  total: number;
}

const PERIOD_WORDS: Record<FeePeriod, LocalizedText> = {
  day: { de: "Tag", en: "day" },
  week: { de: "Woche", en: "week" },
  month: { de: "Monat", en: "month" },
  year: { de: "Jahr", en: "year" },
};

const de = (cents: number) => formatMoney(cents);
const en = (cents: number) => formatMoney(cents, { locale: "en" });

function years(count: number): LocalizedText {
  return count === 1 ? { de: "1 Jahr", en: "1 year" } : { de: `${count} Jahre`, en: `${count} years` };
}

/** Why this age tier: „weil Sie 24 Jahre oder älter sind“. Empty when the tier covers every age. */
function ageReason(minAge: number | undefined, maxAge: number | undefined): LocalizedText {
  const from = minAge === undefined || minAge === 0 ? undefined : minAge;
  if (from === undefined && maxAge === undefined) return { de: "", en: "" };
  if (maxAge === undefined && from !== undefined) {
    return { de: `, weil Sie ${years(from).de} oder älter sind`, en: `, because you are ${from} or older` };
  }
  if (from === undefined && maxAge !== undefined) {
    return { de: `, weil Sie jünger als ${years(maxAge + 1).de} sind`, en: `, because you are under ${maxAge + 1}` };
  }
  if (from === maxAge && from !== undefined) {
    return { de: `, weil Sie ${years(from).de} alt sind`, en: `, because you are ${years(from).en} old` };
  }
  return {
    de: `, weil Sie ${from} bis ${maxAge} Jahre alt sind`,
    en: `, because you are between ${from} and ${maxAge} years old`,
  };
}

function detailText(detail: BaseDetail): LocalizedText {
  switch (detail.kind) {
    case "fixed":
      return { de: "", en: "" };
    case "perUnit":
      return {
        de: ` (${detail.units} × ${de(detail.unitAmount)} je ${detail.unit.de})`,
        en: ` (${detail.units} × ${en(detail.unitAmount)} per ${detail.unit.en})`,
      };
    case "perPeriod": {
      const period = PERIOD_WORDS[detail.period];
      return {
        de: ` (${detail.periods} × ${de(detail.unitAmount)} je ${period.de})`,
        en: ` (${detail.periods} × ${en(detail.unitAmount)} per ${period.en})`,
      };
    }
    case "range":
      return {
        de: `; die Behörde hat sie im Rahmen von ${de(detail.minAmount)} bis ${de(detail.maxAmount)} festgesetzt${detail.basis ? ` (${detail.basis.de})` : ""}`,
        en: `; the authority set it within the range of ${en(detail.minAmount)} to ${en(detail.maxAmount)}${detail.basis ? ` (${detail.basis.en})` : ""}`,
      };
    case "byAge":
      return ageReason(detail.minAge, detail.maxAge);
  }
}

/** The label of a reduction, for its line item and its sentence, e.g. „Gebührenbefreiung (Ehrenamt)“. */
export function reductionLabel(reduction: Pick<ReductionFact, "kind" | "percent" | "reason">): LocalizedText {
  switch (reduction.kind) {
    case "exemption":
      return { de: `Gebührenbefreiung (${reduction.reason.de})`, en: `Fee exemption (${reduction.reason.en})` };
    case "percent":
      return {
        de: `Ermäßigung um ${reduction.percent}${NBSP}% (${reduction.reason.de})`,
        en: `${reduction.percent}% reduction (${reduction.reason.en})`,
      };
    case "amount":
      return { de: `Ermäßigung (${reduction.reason.de})`, en: `Reduction (${reduction.reason.en})` };
  }
}

export function explainFee(facts: ExplanationFacts): LocalizedText {
  const detail = detailText(facts.detail);
  const sentences: LocalizedText[] = [
    facts.label
      ? {
          de: `Die Gebühr „${facts.label.de}“ beträgt ${de(facts.baseAmount)}${detail.de}.`,
          en: `The fee “${facts.label.en}” is ${en(facts.baseAmount)}${detail.en}.`,
        }
      : {
          de: `Die Gebühr beträgt ${de(facts.baseAmount)}${detail.de}.`,
          en: `The fee is ${en(facts.baseAmount)}${detail.en}.`,
        },
  ];
  for (const addOn of facts.addOns) {
    sentences.push({ de: `${addOn.label.de}: ${de(addOn.amount)}.`, en: `${addOn.label.en}: ${en(addOn.amount)}.` });
  }
  for (const reduction of facts.reductions) {
    const label = reductionLabel(reduction);
    const limited = reduction.limited
      ? { de: ", begrenzt auf den verbleibenden Betrag", en: ", limited to the remaining amount" }
      : { de: "", en: "" };
    sentences.push({
      de: `${label.de}${limited.de}: ${de(reduction.amount)}.`,
      en: `${label.en}${limited.en}: ${en(reduction.amount)}.`,
    });
  }
  if (facts.addOns.length + facts.reductions.length > 0) {
    sentences.push({ de: `Gesamt: ${de(facts.total)}.`, en: `Total: ${en(facts.total)}.` });
  }
  return { de: sentences.map((s) => s.de).join(" "), en: sentences.map((s) => s.en).join(" ") };
}

export function explainFreeFee(label: LocalizedText | undefined): LocalizedText {
  return label
    ? { de: `Für „${label.de}“ wird keine Gebühr erhoben.`, en: `There is no fee for “${label.en}”.` }
    : { de: "Für diese Leistung wird keine Gebühr erhoben.", en: "There is no fee for this service." };
}
