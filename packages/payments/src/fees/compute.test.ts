// @vitest-environment node
import { describe, expect, it } from "vitest";
import { PaymentError, type PaymentErrorCode } from "../core/errors.js";
import { computeFee } from "./compute.js";
import { fees, tableInput } from "./fixtures.test-data.js";
import { defineFeeTable } from "./table.js";
import type { FeeSelection } from "./types.js";

const NBSP = "\u00a0";
const table = defineFeeTable(tableInput);
const date = "2025-06-15";
const compute = (selection: FeeSelection, on = date) => computeFee(table, selection, { date: on });

function failure(action: () => unknown): PaymentError {
  try {
    action();
  } catch (error) {
    if (error instanceof PaymentError) return error;
    throw error;
  }
  throw new Error("expected a PaymentError");
}

function expectError(action: () => unknown, code: PaymentErrorCode, field: string | undefined): PaymentError {
  const error = failure(action);
  expect({ code: error.code, field: error.field }).toEqual({ code, field });
  if (field !== undefined) expect(error.message).toContain(field);
  return error;
}

describe("computeFee: the kinds", () => {
  it("fixed: one line of the amount", () => {
    const result = compute({ feeId: "fuehrungszeugnis" });
    expect(result.total).toBe(1300);
    expect(result.lineItems).toEqual([
      {
        id: "fuehrungszeugnis",
        label: { de: "Führungszeugnis", en: "Führungszeugnis" },
        quantity: 1,
        unitAmount: 1300,
        amount: 1300,
        booking: {},
      },
    ]);
    expect(result.feeId).toBe("fuehrungszeugnis");
    expect(result.feeTableVersion).toBe("giessen/testleistung@2025-01-01");
    expect(result.legalSource).toEqual(tableInput.legalSource);
    expect(result.explanation).toEqual({
      de: `Die Gebühr „Führungszeugnis“ beträgt 13,00${NBSP}€.`,
      en: "The fee “Führungszeugnis” is €13.00.",
    });
  });

  it("perUnit: units × amount per unit, with the booking data of the fee", () => {
    const result = compute({ feeId: "kopie", units: 7 });
    expect(result.total).toBe(350);
    expect(result.lineItems[0]).toMatchObject({ quantity: 7, unitAmount: 50, amount: 350 });
    expect(result.lineItems[0]?.booking).toEqual({ haushaltsstelle: "1.1100.431000" });
    expect(result.explanation).toEqual({
      de: `Die Gebühr „Kopie“ beträgt 3,50${NBSP}€ (7 × 0,50${NBSP}€ je Seite).`,
      en: "The fee “Copy” is €3.50 (7 × €0.50 per page).",
    });
  });

  it("perPeriod: periods × amount per period", () => {
    const result = compute({ feeId: "sondernutzung", periods: 3 });
    expect(result.total).toBe(6000);
    expect(result.lineItems[0]).toMatchObject({ quantity: 3, unitAmount: 2000, amount: 6000 });
    expect(result.explanation.de).toBe(
      `Die Gebühr „Sondernutzung“ beträgt 60,00${NBSP}€ (3 × 20,00${NBSP}€ je Monat).`,
    );
    expect(result.explanation.en).toBe("The fee “Sondernutzung” is €60.00 (3 × €20.00 per month).");
  });

  it.each([5000, 12345, 50000])("range: the authority's chosen amount %i within the limits", (chosenAmount) => {
    const result = compute({ feeId: "baugenehmigung", chosenAmount });
    expect(result.total).toBe(chosenAmount);
    expect(result.lineItems[0]).toMatchObject({ quantity: 1, unitAmount: chosenAmount, amount: chosenAmount });
  });

  it("range: explains the limits and the basis", () => {
    expect(compute({ feeId: "baugenehmigung", chosenAmount: 12345 }).explanation).toEqual({
      de: `Die Gebühr „Baugenehmigung“ beträgt 123,45${NBSP}€; die Behörde hat sie im Rahmen von 50,00${NBSP}€ bis 500,00${NBSP}€ festgesetzt (nach Baukosten).`,
      en: "The fee “Baugenehmigung” is €123.45; the authority set it within the range of €50.00 to €500.00 (nach Baukosten).",
    });
  });

  it.each([
    [0, 3750],
    [23, 3750],
    [24, 7000],
    [150, 7000],
  ])("byAge: age %i pays %i cents", (age, amount) => {
    expect(compute({ feeId: "reisepass", age }).total).toBe(amount);
  });

  it("byAge: explains the tier without the age itself", () => {
    expect(compute({ feeId: "reisepass", age: 30 }).explanation).toEqual({
      de: `Die Gebühr „Reisepass“ beträgt 70,00${NBSP}€, weil Sie 24 Jahre oder älter sind.`,
      en: "The fee “Passport” is €70.00, because you are 24 or older.",
    });
    expect(compute({ feeId: "reisepass", age: 12 }).explanation).toEqual({
      de: `Die Gebühr „Reisepass“ beträgt 37,50${NBSP}€, weil Sie jünger als 24 Jahre sind.`,
      en: "The fee “Passport” is €37.50, because you are under 24.",
    });
  });

  it.each([
    ["2001-06-15", 7000], // 24th birthday on the computation date: 24 completed years
    ["2001-06-16", 3750], // birthday tomorrow: still 23
    ["2025-06-15", 3750], // born today: 0 years
  ])("byAge: birth date %s gives %i cents on 2025-06-15", (birthDate, amount) => {
    expect(compute({ feeId: "reisepass", birthDate }).total).toBe(amount);
  });

  it("byAge: the birth date never appears in the result", () => {
    const result = compute({ feeId: "reisepass", birthDate: "2001-06-15" });
    expect(JSON.stringify(result)).not.toContain("2001");
  });

  it("free: total 0 with one zero line and an explanation", () => {
    const result = compute({ feeId: "anmeldung" });
    expect(result.total).toBe(0);
    expect(result.lineItems).toEqual([
      {
        id: "anmeldung",
        label: { de: "Anmeldung", en: "Anmeldung" },
        quantity: 1,
        unitAmount: 0,
        amount: 0,
        booking: {},
      },
    ]);
    expect(result.explanation).toEqual({
      de: "Für „Anmeldung“ wird keine Gebühr erhoben.",
      en: "There is no fee for “Anmeldung”.",
    });
  });

  it("free without a label: a general sentence and the fallback line label", () => {
    const plain = defineFeeTable({
      ...tableInput,
      english: undefined,
      fees: [{ id: "antrag", kind: "free", source: "Test", confidence: "verified" }],
    });
    const result = computeFee(plain, { feeId: "antrag" }, { date });
    expect(result.lineItems[0]?.label).toEqual({ de: "Gebühr", en: "Fee" });
    expect(result.explanation.de).toBe("Für diese Leistung wird keine Gebühr erhoben.");
  });
});

describe("computeFee: add-ons", () => {
  it("adds a line per chosen add-on, in the table's order, with the fee's booking data", () => {
    const result = compute({ feeId: "reisepass", age: 30, addOns: ["48-seiten", "express"] });
    expect(result.lineItems.map((line) => [line.id, line.amount])).toEqual([
      ["reisepass", 7000],
      ["express", 3200],
      ["48-seiten", 2200],
    ]);
    expect(result.total).toBe(12400);
    for (const line of result.lineItems) {
      expect(line.booking).toEqual({ haushaltsstelle: "1.1220.431000", objektnummer: "PASS-01" });
    }
    expect(result.lineItems[1]?.label).toEqual({ de: "Expresszuschlag", en: "Express surcharge" });
    expect(result.explanation).toEqual({
      de: `Die Gebühr „Reisepass“ beträgt 70,00${NBSP}€, weil Sie 24 Jahre oder älter sind. Expresszuschlag: 32,00${NBSP}€. Reisepass mit 48 Seiten: 22,00${NBSP}€. Gesamt: 124,00${NBSP}€.`,
      en: "The fee “Passport” is €70.00, because you are 24 or older. Express surcharge: €32.00. Reisepass mit 48 Seiten: €22.00. Total: €124.00.",
    });
  });
});

describe("computeFee: reductions", () => {
  it("exemption: total 0, the reduction line cancels everything", () => {
    const result = compute({ feeId: "reisepass", age: 30, addOns: ["express"], reductions: ["mittellosigkeit"] });
    expect(result.total).toBe(0);
    expect(result.lineItems.at(-1)).toEqual({
      id: "mittellosigkeit",
      label: {
        de: "Gebührenbefreiung (Mittellosigkeit (auf Antrag))",
        en: "Fee exemption (lack of means (on application))",
      },
      quantity: 1,
      unitAmount: -10200,
      amount: -10200,
      booking: { haushaltsstelle: "1.1220.431000", objektnummer: "PASS-01" },
    });
    expect(result.explanation.de).toBe(
      `Die Gebühr „Reisepass“ beträgt 70,00${NBSP}€, weil Sie 24 Jahre oder älter sind. Expresszuschlag: 32,00${NBSP}€. Gebührenbefreiung (Mittellosigkeit (auf Antrag)): -102,00${NBSP}€. Gesamt: 0,00${NBSP}€.`,
    );
    expect(result.explanation.en).toBe(
      "The fee “Passport” is €70.00, because you are 24 or older. Express surcharge: €32.00. Fee exemption (lack of means (on application)): -€102.00. Total: €0.00.",
    );
  });

  it("percent: of the subtotal including add-ons", () => {
    const result = compute({
      feeId: "reisepass",
      age: 30,
      addOns: ["express"],
      reductions: ["bescheinigte-beduerftigkeit"],
    });
    expect(result.lineItems.at(-1)).toMatchObject({ amount: -5100, unitAmount: -5100 });
    expect(result.total).toBe(5100);
    expect(result.lineItems.at(-1)?.label).toEqual({
      de: `Ermäßigung um 50${NBSP}% (Bedürftigkeit)`,
      en: "50% reduction (Bedürftigkeit)",
    });
    expect(result.explanation.de).toContain(
      `Ermäßigung um 50${NBSP}% (Bedürftigkeit): -51,00${NBSP}€. Gesamt: 51,00${NBSP}€.`,
    );
  });

  it("percent of an odd number of cents rounds the reduction half up (3750 × 50 % = 1875; 3751 → 1875.5 → 1876)", () => {
    const odd = defineFeeTable({
      ...tableInput,
      english: undefined,
      fees: [
        {
          id: "gebuehr",
          kind: "range",
          minAmount: 0,
          maxAmount: 100000,
          reductions: [
            { id: "halb", kind: "percent", percent: 50, reason: "Halbe Gebühr" },
            { id: "drittel", kind: "percent", percent: 33, reason: "Ein Drittel" },
          ],
          source: "Test",
          confidence: "verified",
        },
      ],
    });
    const reduce = (chosenAmount: number, reduction: string) =>
      computeFee(odd, { feeId: "gebuehr", chosenAmount, reductions: [reduction] }, { date });
    expect(reduce(3750, "halb").total).toBe(1875);
    expect(reduce(3751, "halb").total).toBe(1875); // reduction 1876
    expect(reduce(1, "halb").total).toBe(0); // reduction 0.5 → 1
    expect(reduce(3, "drittel").total).toBe(2); // reduction 0.99 → 1
    expect(reduce(101, "drittel").total).toBe(68); // reduction 33.33 → 33
    expect(reduce(150, "drittel").total).toBe(100); // reduction 49.5 → 50
    expect(reduce(0, "halb").lineItems.at(-1)?.amount).toBe(0);
  });

  it("amount: a fixed amount off", () => {
    const result = compute({ feeId: "reisepass", age: 30, reductions: ["ehrenamt"] });
    expect(result.total).toBe(6000);
    expect(result.lineItems.at(-1)).toMatchObject({ id: "ehrenamt", amount: -1000 });
    expect(result.explanation.en).toContain("Reduction (Ehrenamtskarte): -€10.00. Total: €60.00.");
  });

  it("amount: never makes the total negative; the line is limited and says so", () => {
    const small = defineFeeTable({
      ...tableInput,
      english: undefined,
      fees: [
        {
          id: "gebuehr",
          kind: "fixed",
          label: "Bescheinigung",
          amount: 700,
          reductions: [{ id: "gutschein", kind: "amount", amount: 1000, reason: "Gutschein" }],
          source: "Test",
          confidence: "verified",
        },
      ],
    });
    const result = computeFee(small, { feeId: "gebuehr", reductions: ["gutschein"] }, { date });
    expect(result.total).toBe(0);
    expect(result.lineItems.at(-1)).toMatchObject({ amount: -700, unitAmount: -700 });
    expect(result.explanation).toEqual({
      de: `Die Gebühr „Bescheinigung“ beträgt 7,00${NBSP}€. Ermäßigung (Gutschein), begrenzt auf den verbleibenden Betrag: -7,00${NBSP}€. Gesamt: 0,00${NBSP}€.`,
      en: "The fee “Bescheinigung” is €7.00. Reduction (Gutschein), limited to the remaining amount: -€7.00. Total: €0.00.",
    });
  });

  it("combines percent and amount in the table's order, whatever order the client sends", () => {
    const a = compute({ feeId: "reisepass", age: 30, reductions: ["ehrenamt", "bescheinigte-beduerftigkeit"] });
    const b = compute({ feeId: "reisepass", age: 30, reductions: ["bescheinigte-beduerftigkeit", "ehrenamt"] });
    expect(a).toEqual(b);
    // 7000 − 50 % of 7000 − 1000
    expect(a.total).toBe(2500);
    expect(a.lineItems.map((line) => line.id)).toEqual(["reisepass", "bescheinigte-beduerftigkeit", "ehrenamt"]);
  });

  it("an exemption after other reductions takes what remains; every claimed reason keeps its line", () => {
    const result = compute({
      feeId: "reisepass",
      age: 30,
      addOns: ["express"],
      reductions: ["mittellosigkeit", "ehrenamt", "bescheinigte-beduerftigkeit"],
    });
    expect(result.lineItems.map((line) => [line.id, line.amount])).toEqual([
      ["reisepass", 7000],
      ["express", 3200],
      ["bescheinigte-beduerftigkeit", -5100],
      ["ehrenamt", -1000],
      ["mittellosigkeit", -4100],
    ]);
    expect(result.total).toBe(0);
  });

  it("a reduction that finds nothing left is 0, not -0", () => {
    const twice = defineFeeTable({
      ...tableInput,
      english: undefined,
      fees: [
        {
          id: "fz",
          kind: "fixed",
          amount: 1300,
          reductions: [
            { id: "mittellosigkeit", kind: "exemption", reason: "Mittellosigkeit" },
            { id: "ehrenamt", kind: "exemption", reason: "Ehrenamt" },
          ],
          source: "Test",
          confidence: "verified",
        },
      ],
    });
    const result = computeFee(twice, { feeId: "fz", reductions: ["ehrenamt", "mittellosigkeit"] }, { date });
    expect(result.lineItems.map((line) => line.amount)).toEqual([1300, -1300, 0]);
    expect(Object.is(result.lineItems[2]?.amount, 0)).toBe(true);
    expect(Object.is(result.lineItems[2]?.unitAmount, 0)).toBe(true);
    expect(result.explanation.de).toBe(
      `Die Gebühr beträgt 13,00${NBSP}€. Gebührenbefreiung (Mittellosigkeit): -13,00${NBSP}€. Gebührenbefreiung (Ehrenamt): 0,00${NBSP}€. Gesamt: 0,00${NBSP}€.`,
    );
  });
});

describe("computeFee: validity dates", () => {
  it("applies from validFrom to validUntil inclusive", () => {
    expect(compute({ feeId: "fuehrungszeugnis" }, "2024-01-01").total).toBe(1300);
    expect(compute({ feeId: "fuehrungszeugnis" }, "2030-12-31").total).toBe(1300);
  });

  it.each(["2023-12-31", "2031-01-01"])("a table not valid on %s: fee_not_applicable at date", (on) => {
    const error = expectError(() => compute({ feeId: "fuehrungszeugnis" }, on), "fee_not_applicable", "date");
    expect(error.message).toContain("giessen/testleistung@2025-01-01");
  });

  it("a fee past its own validUntil is not applicable; before, it is", () => {
    expect(compute({ feeId: "alt" }, "2024-12-31").total).toBe(500);
    expectError(() => compute({ feeId: "alt" }, "2025-01-01"), "fee_not_applicable", "date");
  });

  it("a fee before its own validFrom is not applicable", () => {
    const later = defineFeeTable({
      ...tableInput,
      english: undefined,
      fees: [{ ...fees[1], validFrom: "2026-01-01" } as never],
    });
    expectError(() => computeFee(later, { feeId: "fuehrungszeugnis" }, { date }), "fee_not_applicable", "date");
    expect(computeFee(later, { feeId: "fuehrungszeugnis" }, { date: "2026-01-01" }).total).toBe(1300);
  });

  it.each(["2025-02-30", "15.06.2025", "", "2025-6-1"])("rejects the computation date %j as invalid_input", (bad) => {
    expectError(() => compute({ feeId: "fuehrungszeugnis" }, bad), "invalid_input", "date");
  });
});

describe("computeFee: bad selections", () => {
  it.each<[string, FeeSelection, PaymentErrorCode, string]>([
    ["an unknown fee id", { feeId: "nope" }, "fee_not_applicable", "feeId"],
    ["a fee of kind unknown", { feeId: "meldebescheinigung" }, "fee_not_applicable", "feeId"],
    ["missing units", { feeId: "kopie" }, "invalid_input", "units"],
    ["zero units", { feeId: "kopie", units: 0 }, "invalid_input", "units"],
    ["fractional units", { feeId: "kopie", units: 1.5 }, "invalid_input", "units"],
    ["too many units", { feeId: "kopie", units: 1_000_001 }, "invalid_input", "units"],
    ["units for a fixed fee", { feeId: "fuehrungszeugnis", units: 2 }, "invalid_input", "units"],
    ["missing periods", { feeId: "sondernutzung" }, "invalid_input", "periods"],
    ["negative periods", { feeId: "sondernutzung", periods: -1 }, "invalid_input", "periods"],
    ["periods for a perUnit fee", { feeId: "kopie", units: 1, periods: 1 }, "invalid_input", "periods"],
    ["missing chosenAmount", { feeId: "baugenehmigung" }, "invalid_input", "chosenAmount"],
    [
      "chosenAmount below the minimum",
      { feeId: "baugenehmigung", chosenAmount: 4999 },
      "invalid_input",
      "chosenAmount",
    ],
    [
      "chosenAmount above the maximum",
      { feeId: "baugenehmigung", chosenAmount: 50001 },
      "invalid_input",
      "chosenAmount",
    ],
    ["chosenAmount in euros", { feeId: "baugenehmigung", chosenAmount: 123.45 }, "invalid_input", "chosenAmount"],
    ["missing age", { feeId: "reisepass" }, "invalid_input", "age"],
    ["a negative age", { feeId: "reisepass", age: -1 }, "invalid_input", "age"],
    ["an age above 150", { feeId: "reisepass", age: 151 }, "invalid_input", "age"],
    [
      "age and birthDate together",
      { feeId: "reisepass", age: 30, birthDate: "1995-01-01" },
      "invalid_input",
      "birthDate",
    ],
    ["a birth date after the date", { feeId: "reisepass", birthDate: "2025-06-16" }, "invalid_input", "birthDate"],
    ["an impossible birth date", { feeId: "reisepass", birthDate: "1995-02-29" }, "invalid_input", "birthDate"],
    ["a birth date 200 years ago", { feeId: "reisepass", birthDate: "1825-01-01" }, "invalid_input", "birthDate"],
    ["an age for a fixed fee", { feeId: "fuehrungszeugnis", age: 30 }, "invalid_input", "age"],
    ["an unknown add-on", { feeId: "reisepass", age: 30, addOns: ["turbo"] }, "invalid_input", "addOns[0]"],
    [
      "a repeated add-on",
      { feeId: "reisepass", age: 30, addOns: ["express", "express"] },
      "invalid_input",
      "addOns[1]",
    ],
    ["an add-on of a free fee", { feeId: "anmeldung", addOns: ["express"] }, "invalid_input", "addOns[0]"],
    ["an unknown reduction", { feeId: "reisepass", age: 30, reductions: ["x"] }, "invalid_input", "reductions[0]"],
    [
      "a reduction of another fee",
      { feeId: "fuehrungszeugnis", reductions: ["ehrenamt"] },
      "invalid_input",
      "reductions[0]",
    ],
    ["an empty add-on id", { feeId: "reisepass", age: 30, addOns: [""] }, "invalid_input", "addOns[0]"],
    ["an unknown field", { feeId: "fuehrungszeugnis", amount: 1 } as FeeSelection, "invalid_input", "amount"],
    ["a missing fee id", {} as FeeSelection, "invalid_input", "feeId"],
  ])("%s: %s at %s", (_name, selection, code, field) => {
    expectError(() => compute(selection), code, field);
  });

  it("a selection that is not an object", () => {
    expectError(() => compute(null as unknown as FeeSelection), "invalid_input", "selection");
  });

  it("an age without a tier is fee_not_applicable at age, and the age stays out of the message", () => {
    const adults = defineFeeTable({
      ...tableInput,
      english: undefined,
      fees: [
        {
          id: "erwachsene",
          kind: "byAge",
          tiers: [{ minAge: 18, amount: 1000 }],
          source: "Test",
          confidence: "verified",
        },
      ],
    });
    const error = expectError(
      () => computeFee(adults, { feeId: "erwachsene", age: 17 }, { date }),
      "fee_not_applicable",
      "age",
    );
    expect(error.message).not.toContain("17");
    expectError(
      () => computeFee(adults, { feeId: "erwachsene", birthDate: "2010-01-01" }, { date }),
      "fee_not_applicable",
      "birthDate",
    );
  });

  it("totals beyond safe integers: invalid_amount", () => {
    const huge = defineFeeTable({
      ...tableInput,
      english: undefined,
      fees: [
        {
          id: "gross",
          kind: "fixed",
          amount: Number.MAX_SAFE_INTEGER,
          addOns: [{ id: "express", label: "Express", amount: 1 }],
          source: "Test",
          confidence: "verified",
        },
        { id: "seite", kind: "perUnit", amountPerUnit: 2 ** 52, unit: "Seite", source: "Test", confidence: "verified" },
      ],
    });
    expect(computeFee(huge, { feeId: "gross" }, { date }).total).toBe(Number.MAX_SAFE_INTEGER);
    expectError(() => computeFee(huge, { feeId: "gross", addOns: ["express"] }, { date }), "invalid_amount", "addOns");
    expectError(() => computeFee(huge, { feeId: "seite", units: 2 }, { date }), "invalid_amount", "units");
  });

  it("re-validates a table that did not come from defineFeeTable", () => {
    const forged = {
      ...tableInput,
      fees: [{ id: "x", kind: "fixed", amount: -5, source: "s", confidence: "verified" }],
    };
    expectError(() => computeFee(forged as never, { feeId: "x" }, { date }), "invalid_fee_table", "fees[0].amount");
    // A plain object that is valid works as well.
    expect(computeFee(tableInput as never, { feeId: "fuehrungszeugnis" }, { date }).total).toBe(1300);
  });
});
