// @vitest-environment node
import type { Fee } from "@digitale-kommune/service-catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PaymentError } from "../core/errors.js";
import { formatMoney } from "../money/format.js";
import { computeFee } from "./compute.js";
import { defineFeeTable } from "./table.js";
import type { FeeSelection } from "./types.js";

const FACT = { source: "Test", confidence: "verified" } as const;
const date = "2025-06-15";
const amount = fc.integer({ min: 0, max: 1_000_000_000 });

const addOns = fc.uniqueArray(fc.record({ id: fc.constantFrom("a1", "a2", "a3", "a4"), amount }), {
  selector: (entry) => entry.id,
  maxLength: 4,
});

const reductions = fc.uniqueArray(
  fc.oneof(
    fc.record({ id: fc.constantFrom("r1", "r2", "r3", "r4", "r5"), kind: fc.constant("exemption" as const) }),
    fc.record({
      id: fc.constantFrom("r1", "r2", "r3", "r4", "r5"),
      kind: fc.constant("percent" as const),
      percent: fc.integer({ min: 1, max: 100 }),
    }),
    fc.record({ id: fc.constantFrom("r1", "r2", "r3", "r4", "r5"), kind: fc.constant("amount" as const), amount }),
  ),
  { selector: (entry) => entry.id, maxLength: 5 },
);

/** A priced fee of any kind with a valid selection for it. */
const feeAndSelection = fc
  .tuple(
    fc.oneof(
      amount.map((value) => [{ kind: "fixed", amount: value }, {}] as const),
      fc
        .tuple(amount, fc.integer({ min: 1, max: 1000 }))
        .map(([value, units]) => [{ kind: "perUnit", amountPerUnit: value, unit: "Stück" }, { units }] as const),
      fc
        .tuple(amount, fc.integer({ min: 1, max: 1000 }), fc.constantFrom("day", "week", "month", "year"))
        .map(([value, periods, period]) => [{ kind: "perPeriod", amount: value, period }, { periods }] as const),
      fc.tuple(amount, amount, fc.integer({ min: 0, max: 1000 })).map(([a, b, pick]) => {
        const [minAmount, maxAmount] = a <= b ? [a, b] : [b, a];
        const chosenAmount = minAmount + Math.floor(((maxAmount - minAmount) * pick) / 1000);
        return [{ kind: "range", minAmount, maxAmount }, { chosenAmount }] as const;
      }),
      fc
        .tuple(amount, amount, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 150 }))
        .map(([young, old, border, age]) => {
          const tiers = [
            { maxAge: border - 1, amount: young },
            { minAge: border, amount: old },
          ];
          return [{ kind: "byAge", tiers }, { age }] as const;
        }),
    ),
    addOns,
    reductions,
    fc.func(fc.boolean()),
  )
  .map(([[shape, kindSelection], feeAddOns, feeReductions, choose]) => {
    const fee = {
      id: "gebuehr",
      ...shape,
      addOns: feeAddOns.map((entry) => ({ ...entry, label: `Zuschlag ${entry.id}` })),
      reductions: feeReductions.map((entry) => ({ ...entry, reason: `Grund ${entry.id}` })),
      ...FACT,
    } as Fee;
    const selection: FeeSelection = {
      feeId: "gebuehr",
      ...kindSelection,
      addOns: feeAddOns.filter((entry) => choose(entry.id)).map((entry) => entry.id),
      reductions: feeReductions.filter((entry) => choose(entry.id)).map((entry) => entry.id),
    };
    return { fee, selection };
  });

const tableFor = (fee: Fee) =>
  defineFeeTable({
    cityId: "giessen",
    serviceId: "test",
    version: "1",
    validFrom: "2025-01-01",
    legalSource: { title: "Test" },
    fees: [fee],
  });

describe("computeFee properties", () => {
  it("the total is the sum of the line items, never negative, and each line is quantity × unit amount", () => {
    fc.assert(
      fc.property(feeAndSelection, ({ fee, selection }) => {
        const result = computeFee(tableFor(fee), selection, { date });
        const sum = result.lineItems.reduce((total, line) => total + line.amount, 0);
        expect(result.total).toBe(sum);
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(Number.isSafeInteger(result.total)).toBe(true);
        for (const line of result.lineItems) {
          expect(line.amount).toBe(line.quantity * line.unitAmount);
          expect(Object.is(line.amount, -0)).toBe(false);
        }
        const reductionCount = selection.reductions?.length ?? 0;
        const charged = result.lineItems.slice(0, result.lineItems.length - reductionCount);
        const reductionLines = result.lineItems.slice(result.lineItems.length - reductionCount);
        for (const line of charged) expect(line.amount).toBeGreaterThanOrEqual(0);
        for (const line of reductionLines) expect(line.amount).toBeLessThanOrEqual(0);
        const chosenExemption =
          "reductions" in fee &&
          fee.reductions?.some((r) => r.kind === "exemption" && selection.reductions?.includes(r.id));
        if (chosenExemption) expect(result.total).toBe(0);
        if (result.lineItems.length > 1) {
          expect(result.explanation.de.endsWith(`Gesamt: ${formatMoney(result.total)}.`)).toBe(true);
          expect(result.explanation.en.endsWith(`Total: ${formatMoney(result.total, { locale: "en" })}.`)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("any selection either computes or throws a PaymentError, never anything else", () => {
    const table = tableFor({
      id: "gebuehr",
      kind: "perUnit",
      amountPerUnit: 2 ** 40,
      unit: "Seite",
      addOns: [{ id: "express", label: "Express", amount: 100 }],
      reductions: [{ id: "halb", kind: "percent", percent: 50, reason: "Halb" }],
      ...FACT,
    });
    const anything = fc.oneof(fc.anything(), fc.integer(), fc.double(), fc.string({ maxLength: 12 }));
    const selection = fc.record(
      {
        feeId: fc.oneof(fc.constant("gebuehr"), anything),
        units: fc.oneof(fc.integer({ min: -5, max: 1_000_000 }), anything),
        age: anything,
        addOns: fc.oneof(fc.constant(["express"]), fc.array(anything, { maxLength: 3 })),
        reductions: fc.oneof(fc.constant(["halb"]), anything),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(selection, (input) => {
        try {
          const result = computeFee(table, input as FeeSelection, { date });
          expect(result.total).toBeGreaterThanOrEqual(0);
        } catch (error) {
          expect(error).toBeInstanceOf(PaymentError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
