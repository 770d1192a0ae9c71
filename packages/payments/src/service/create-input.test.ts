import { describe, expect, it } from "vitest";
import { isPaymentError, type PaymentErrorCode } from "../core/errors.js";
import { type CreatePaymentInput, createFingerprint, normaliseCreateInput } from "./create-input.js";
import { canonicalJson } from "./fingerprint.js";
import { createInput, lineItem } from "./test-support/fixtures.js";

function rejection(input: unknown): { code: PaymentErrorCode; field: string | undefined; message: string } {
  try {
    normaliseCreateInput(input as CreatePaymentInput);
  } catch (error) {
    if (isPaymentError(error)) return { code: error.code, field: error.field, message: error.message };
    throw error;
  }
  throw new Error("accepted");
}

describe("normaliseCreateInput", () => {
  it("computes the amount as the sum of the line items, reductions included", () => {
    const normal = normaliseCreateInput(
      createInput({
        lineItems: [
          lineItem({ quantity: 2, unitAmount: 1500 }),
          lineItem({ id: "ermaessigung-ehrenamt", unitAmount: -500 }),
        ],
      }),
    );
    expect(normal.amount).toBe(2500);
    expect(normal).toMatchObject({ reference: null, payer: null, idempotencyKey: null });
  });

  it("ignores an amount smuggled in from the browser", () => {
    const input = { ...createInput(), amount: 1 } as CreatePaymentInput & { amount: number };
    expect(normaliseCreateInput(input).amount).toBe(3050);
  });

  it.each<[string, Partial<CreatePaymentInput> | Record<string, unknown>, PaymentErrorCode, string]>([
    ["missing city", { cityId: "" }, "invalid_input", "cityId"],
    ["city with spaces", { cityId: "gie ssen" }, "invalid_input", "cityId"],
    ["overlong service id", { serviceId: "x".repeat(101) }, "invalid_input", "serviceId"],
    ["no line items", { lineItems: [] }, "invalid_input", "lineItems"],
    [
      "100 line items",
      { lineItems: Array.from({ length: 100 }, () => lineItem({ unitAmount: 1 })) },
      "invalid_input",
      "lineItems",
    ],
    [
      "fractional cents",
      { lineItems: [lineItem({ unitAmount: 12.5, amount: 12.5 })] },
      "invalid_amount",
      "lineItems[0].unitAmount",
    ],
    [
      "amount not quantity × unit",
      { lineItems: [lineItem({ quantity: 2, unitAmount: 100, amount: 150 })] },
      "invalid_amount",
      "lineItems[0].amount",
    ],
    ["zero quantity", { lineItems: [lineItem({ quantity: 0, amount: 0 })] }, "invalid_input", "lineItems[0].quantity"],
    ["a total of zero", { lineItems: [lineItem({ unitAmount: 0, amount: 0 })] }, "invalid_amount", "lineItems"],
    ["a negative total", { lineItems: [lineItem({ unitAmount: -100, amount: -100 })] }, "invalid_amount", "lineItems"],
    [
      "a total beyond the limit",
      { lineItems: [lineItem({ unitAmount: 60_000_000 }), lineItem({ id: "zwei", unitAmount: 60_000_000 })] },
      "invalid_amount",
      "lineItems",
    ],
    [
      "label without English",
      { lineItems: [lineItem({ label: { de: "Gebühr" } as never })] },
      "invalid_input",
      "lineItems[0].label.en",
    ],
    ["missing explanation", { explanation: undefined }, "invalid_input", "explanation"],
    ["reference too long", { reference: "A".repeat(28) }, "invalid_input", "reference"],
    ["reference with umlaut", { reference: "Gebühr 1" }, "invalid_input", "reference"],
    ["reference with a newline", { reference: "DK\n1" }, "invalid_input", "reference"],
    ["idempotency key with a slash", { idempotencyKey: "a/b" }, "invalid_input", "idempotencyKey"],
    ["idempotency key too long", { idempotencyKey: "k".repeat(256) }, "invalid_input", "idempotencyKey"],
    ["empty idempotency key", { idempotencyKey: "" }, "invalid_input", "idempotencyKey"],
    ["invalid payer e-mail", { payer: { email: "not-an-address" } }, "invalid_input", "payer.email"],
    ["invalid payer IBAN", { payer: { iban: "DE00123456780000000000" } }, "invalid_input", "payer.iban"],
  ])("rejects %s", (_, overrides, code, field) => {
    const error = rejection({ ...createInput(), ...overrides });
    expect(error).toMatchObject({ code, field });
    expect(error.message).toContain(field.split("[")[0]);
  });

  it("never repeats personal data in an error message", () => {
    const error = rejection({ ...createInput(), payer: { name: "Erika", email: "erika.mustermann@@example" } });
    expect(error.field).toBe("payer.email");
    expect(error.message).not.toContain("mustermann");
  });

  it("rejects a hostile reference in linear time (no backtracking pattern)", () => {
    // Bounded before any pattern runs; a megabyte of input is refused on its length.
    expect(rejection({ ...createInput(), reference: `${"a ".repeat(500_000)}!` }).field).toBe("reference");
  });

  it("accepts the boundaries: 99 items, 27-character reference, 255-character key", () => {
    const normal = normaliseCreateInput(
      createInput({
        lineItems: Array.from({ length: 99 }, (_, index) => lineItem({ id: `item-${index}`, unitAmount: 1 })),
        reference: "A".repeat(27),
        idempotencyKey: "k".repeat(255),
        payer: { iban: "DE89 3704 0044 0532 0130 00" },
      }),
    );
    expect(normal.amount).toBe(99);
    expect(normal.payer).toEqual({ iban: "DE89370400440532013000" });
  });
});

describe("createFingerprint", () => {
  it("is the same for the same parameters in any property order, and ignores payer and key", () => {
    const a = normaliseCreateInput(createInput({ idempotencyKey: "k1", payer: { name: "A" } }));
    const b = normaliseCreateInput({
      feeTableVersion: "giessen/bewohnerparkausweis@2025-01-01",
      explanation: { en: "Fee according to the fee regulations.", de: "Gebühr laut Gebührenordnung." },
      lineItems: [lineItem()],
      providerId: "scripted",
      serviceId: "bewohnerparkausweis",
      cityId: "giessen",
      idempotencyKey: "k2",
      payer: { name: "B" },
    });
    expect(createFingerprint(a)).toBe(createFingerprint(b));
    expect(createFingerprint(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<Partial<CreatePaymentInput>>([
    { cityId: "marburg" },
    { serviceId: "hundesteuer-anmeldung" },
    { providerId: "bank-transfer" },
    { lineItems: [lineItem({ unitAmount: 3051 })] },
    { lineItems: [lineItem({ booking: { haushaltsstelle: "other" } })] },
    { explanation: { de: "Andere Erklärung.", en: "Fee according to the fee regulations." } },
    { feeTableVersion: "giessen/bewohnerparkausweis@2026-01-01" },
    { reference: "DK-1" },
  ])("changes when a parameter changes: %j", (overrides) => {
    const base = createFingerprint(normaliseCreateInput(createInput()));
    expect(createFingerprint(normaliseCreateInput(createInput(overrides)))).not.toBe(base);
  });

  it("canonical JSON sorts keys at every depth", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});
