/**
 * Fees (Gebühren): this package owns the Fee schema for the whole toolkit (ARCHITECTURE.md, "Fees"), and
 * `payments` computes with it. Amounts are integer cents. One service may have several fees (the regular
 * Personalausweis and the vorläufiger Personalausweis); each has an `id` that is stable within the
 * service, so a payment can name the fee it charged.
 *
 * Kinds (`kind`):
 * - `fixed`: one amount (`amount`).
 * - `perUnit`: `amountPerUnit` per `unit` (per page, per copy, per person).
 * - `perPeriod`: `amount` per `period` (day, week, month, year), e.g. a Sondernutzung per month.
 * - `range`: between `minAmount` and `maxAmount`, set case by case on `basis` (e.g. Baukosten).
 * - `byAge`: `tiers` by completed years of age (Personalausweis: under 24, 24 and older).
 * - `free`: no fee.
 * - `unknown`: the amount is set by a Satzung or Kostenordnung not yet collected; `text` says so.
 * Priced kinds may have `addOns` (an express fee, a 48-page passport) and `reductions` (exemptions,
 * percentages or amounts off, each with its reason).
 */
import { z } from "zod";
import { FEE_PERIODS, REDUCTION_KINDS } from "./code-lists.js";
import type { SchemaContext } from "./context.js";
import { cents, confidence, isoDate, singleLine, slug, sourceText } from "./fields.js";

/** Oldest age a tier may name; beyond any human age, so it only catches typos such as 240. */
const MAX_AGE = 150;

export function createFeeSchema(ctx: SchemaContext) {
  const id = slug(ctx, "id", "Kennung, eindeutig innerhalb der Leistung, z. B. regulaer oder express");
  const reason = singleLine(ctx, "reason", "Grund, z. B. „Mittellosigkeit“ oder „Ehrenamt“", 500);
  const legalBasis = singleLine(ctx, "legalBasis", "Rechtsgrundlage, z. B. „PAuswGebV § 1“", 500);

  const addOn = z
    .strictObject({
      id,
      label: singleLine(ctx, "label", "Bezeichnung, z. B. „Expresszuschlag“", 200),
      amount: cents("Zuschlag"),
      note: singleLine(ctx, "note", "Anmerkung", 1000).optional(),
    })
    .meta({ description: "Zuschlag, den der Antragsteller wählen kann (z. B. Express)" });

  const reductionBase = { id, reason, legalBasis: legalBasis.optional() };
  const reduction = z
    .discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("exemption"), ...reductionBase }),
      z.strictObject({
        kind: z.literal("percent"),
        percent: z.number().int().min(1).max(100).meta({ description: "Ermäßigung in Prozent" }),
        ...reductionBase,
      }),
      z.strictObject({ kind: z.literal("amount"), amount: cents("Ermäßigungsbetrag"), ...reductionBase }),
    ])
    .meta({ description: `Ermäßigung oder Befreiung (${REDUCTION_KINDS.join(", ")}) mit Grund` });

  const common = {
    id,
    label: singleLine(ctx, "label", "Bezeichnung, z. B. „Personalausweis“", 200).optional(),
    legalBasis: legalBasis.optional(),
    validFrom: isoDate(ctx, "validFrom", "Gültig ab").optional(),
    validUntil: isoDate(ctx, "validUntil", "Gültig bis einschließlich").optional(),
    haushaltsstelle: singleLine(ctx, "haushaltsstelle", "Haushaltsstelle für die Buchung", 100).optional(),
    objektnummer: singleLine(ctx, "objektnummer", "Objektnummer für die Buchung", 100).optional(),
    note: singleLine(ctx, "note", "Anmerkung", 1000).optional(),
    source: sourceText(ctx),
    confidence: confidence(),
  };
  const priced = {
    ...common,
    addOns: z.array(addOn).optional(),
    reductions: z.array(reduction).optional(),
  };

  const ageTier = z
    .strictObject({
      minAge: z.number().int().min(0).max(MAX_AGE).optional().meta({ description: "Ab vollendetem Lebensjahr" }),
      maxAge: z
        .number()
        .int()
        .min(0)
        .max(MAX_AGE)
        .optional()
        .meta({ description: "Bis vollendetem Lebensjahr einschließlich" }),
      amount: cents("Betrag dieser Altersstufe"),
    })
    .superRefine((tier, context) => {
      if (tier.minAge !== undefined && tier.maxAge !== undefined && tier.maxAge < tier.minAge) {
        ctx.report(context, "age_range_order", "maxAge", { minAge: tier.minAge, maxAge: tier.maxAge }, ["maxAge"]);
      }
    });

  const fixed = z.strictObject({ kind: z.literal("fixed"), amount: cents("Betrag"), ...priced });
  const perUnit = z.strictObject({
    kind: z.literal("perUnit"),
    amountPerUnit: cents("Betrag je Einheit"),
    unit: singleLine(ctx, "unit", "Einheit, z. B. „Seite“ oder „Person“", 100),
    ...priced,
  });
  const perPeriod = z.strictObject({
    kind: z.literal("perPeriod"),
    amount: cents("Betrag je Zeitraum"),
    period: z.enum(FEE_PERIODS).meta({ description: "Zeitraum: day, week, month, year" }),
    ...priced,
  });
  const range = z
    .strictObject({
      kind: z.literal("range"),
      minAmount: cents("Mindestbetrag"),
      maxAmount: cents("Höchstbetrag"),
      basis: singleLine(ctx, "basis", "Bemessungsgrundlage, z. B. „nach Baukosten“", 500).optional(),
      ...priced,
    })
    .superRefine((fee, context) => {
      if (fee.maxAmount < fee.minAmount) {
        const params = { minAmount: fee.minAmount, maxAmount: fee.maxAmount };
        ctx.report(context, "amount_range_order", "maxAmount", params, ["maxAmount"]);
      }
    });
  const byAge = z
    .strictObject({
      kind: z.literal("byAge"),
      tiers: z.array(ageTier).min(1).meta({ description: "Altersstufen; sie dürfen sich nicht überschneiden" }),
      ...priced,
    })
    .superRefine((fee, context) => reportTierOverlaps(ctx, context, fee.tiers));
  const free = z.strictObject({ kind: z.literal("free"), ...common });
  const unknown = z.strictObject({
    kind: z.literal("unknown"),
    text: singleLine(ctx, "text", "Was bekannt ist, z. B. „nach Verwaltungskostensatzung der Stadt“", 1000),
    ...common,
  });

  return z
    .discriminatedUnion("kind", [fixed, perUnit, perPeriod, range, byAge, free, unknown])
    .superRefine((fee, context) => {
      if (fee.validFrom !== undefined && fee.validUntil !== undefined && fee.validUntil < fee.validFrom) {
        const params = { value: fee.validUntil, other: fee.validFrom };
        ctx.report(context, "date_range_order", "validUntil", params, ["validUntil"]);
      }
    })
    .meta({ description: "Gebühr; Beträge in ganzen Cent" });
}

interface AgeTierInput {
  minAge?: number | undefined;
  maxAge?: number | undefined;
}

function reportTierOverlaps(ctx: SchemaContext, context: z.RefinementCtx, tiers: readonly AgeTierInput[]): void {
  const spans = tiers.map((tier) => ({ low: tier.minAge ?? 0, high: tier.maxAge ?? Number.POSITIVE_INFINITY }));
  for (const [index, span] of spans.entries()) {
    if (span.high < span.low) continue; // reported by the tier itself
    const earlier = spans
      .slice(0, index)
      .find((other) => other.low <= other.high && other.low <= span.high && span.low <= other.high);
    if (earlier) {
      const params = { value: ageSpanLabel(span), other: ageSpanLabel(earlier) };
      ctx.report(context, "age_tiers_overlap", "tiers", params, ["tiers", index]);
    }
  }
}

function ageSpanLabel(span: { low: number; high: number }): string {
  return span.high === Number.POSITIVE_INFINITY ? `${span.low}+` : `${span.low}–${span.high}`;
}
