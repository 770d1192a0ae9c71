// @vitest-environment node
import { describe, expect, it } from "vitest";
import { isPaymentError, type PaymentError } from "../../core/errors.js";
import type { ProviderCreateRequest } from "../types.js";
import { DEFAULT_BOOKING_DATA_KEYS } from "./config.js";
import { buildPaymentRequest } from "./payment-request.js";
import { createRequest, lineItem } from "./test-fixtures.js";

const NOW = new Date("2025-03-01T10:15:30.123Z");

function rejected(run: () => unknown): PaymentError {
  try {
    run();
  } catch (error) {
    if (isPaymentError(error)) return error;
    throw error;
  }
  throw new Error("expected a PaymentError");
}

describe("buildPaymentRequest", () => {
  it("maps our request onto the standard's PaymentRequest", () => {
    const request = createRequest();
    const built = buildPaymentRequest(request, DEFAULT_BOOKING_DATA_KEYS, NOW);
    expect(built).toEqual({
      requestId: request.paymentId,
      requestTimestamp: "2025-03-01T10:15:30.123Z",
      currency: "EUR",
      grosAmount: 40.6,
      purpose: "GI-2025-000123",
      description: "Bewohnerparkausweis Zone A",
      redirectUrl: request.returnUrl,
      items: [
        {
          id: "regulaer",
          description: "Bewohnerparkausweis (1 Jahr)",
          taxRate: 0,
          quantity: 1,
          singleNetAmount: 30.5,
          singleTaxAmount: 0,
          totalNetAmount: 30.5,
          totalTaxAmount: 0,
          bookingData: {
            haushaltsstelle: "1.1220.432100",
            objektnummer: "OBJ-4711",
            buchungstext: "Bewohnerparken",
          },
        },
        {
          id: "express",
          description: "Expressbearbeitung",
          taxRate: 0,
          quantity: 2,
          singleNetAmount: 5.05,
          singleTaxAmount: 0,
          totalNetAmount: 10.1,
          totalTaxAmount: 0,
          bookingData: { haushaltsstelle: "1.1220.432100" },
        },
      ],
    });
  });

  it("sends no requestor and no payer data (data minimisation)", () => {
    const built = buildPaymentRequest(createRequest(), DEFAULT_BOOKING_DATA_KEYS, NOW);
    expect(built).not.toHaveProperty("requestor");
  });

  it("uses the city's booking data keys and the citizen's language", () => {
    const built = buildPaymentRequest(
      createRequest({ locale: "en" }),
      { haushaltsstelle: "HHST", objektnummer: "OBJNR", buchungstext: "BUTEXT" },
      NOW,
    );
    expect(built.items[0]?.bookingData).toEqual({ HHST: "1.1220.432100", OBJNR: "OBJ-4711", BUTEXT: "Bewohnerparken" });
    expect(built.description).toBe("Resident parking permit zone A");
    expect(built.items[1]?.description).toBe("Express processing");
  });

  it("sends a fractional quantity as one unit of the line amount", () => {
    const built = buildPaymentRequest(
      createRequest({
        amount: 1525,
        lineItems: [lineItem({ id: "anteilig", quantity: 0.5, unitAmount: 3050, amount: 1525 })],
      }),
      DEFAULT_BOOKING_DATA_KEYS,
      NOW,
    );
    expect(built.items[0]).toMatchObject({ quantity: 1, singleNetAmount: 15.25, totalNetAmount: 15.25 });
  });

  it("keeps a reduction as a negative position so the items still add up", () => {
    const built = buildPaymentRequest(
      createRequest({
        amount: 1525,
        lineItems: [lineItem(), lineItem({ id: "ermaessigung", quantity: 1, unitAmount: -1525, amount: -1525 })],
      }),
      DEFAULT_BOOKING_DATA_KEYS,
      NOW,
    );
    expect(built.grosAmount).toBe(15.25);
    expect(built.items[1]).toMatchObject({ singleNetAmount: -15.25, totalNetAmount: -15.25 });
  });

  it("replaces an item id the platform would refuse by its position", () => {
    const built = buildPaymentRequest(
      createRequest({ amount: 3050, lineItems: [lineItem({ id: "regulär gebühr" })] }),
      DEFAULT_BOOKING_DATA_KEYS,
      NOW,
    );
    expect(built.items[0]?.id).toBe("position-1");
  });

  it("cuts the description to 250 characters and removes line breaks", () => {
    const long = `Zeile 1\nZeile 2 ${"x".repeat(400)}`;
    const built = buildPaymentRequest(
      createRequest({ description: { de: long, en: long } }),
      DEFAULT_BOOKING_DATA_KEYS,
      NOW,
    );
    expect(built.description).toHaveLength(250);
    expect(built.description.startsWith("Zeile 1 Zeile 2")).toBe(true);
  });

  it("does not split an emoji when cutting", () => {
    const text = `${"x".repeat(249)}😀`;
    const built = buildPaymentRequest(
      createRequest({ description: { de: text, en: text } }),
      DEFAULT_BOOKING_DATA_KEYS,
      NOW,
    );
    expect(built.description).toBe("x".repeat(249));
  });

  it.each([
    ["paymentId", "invalid_input", { paymentId: "x".repeat(37) }],
    ["paymentId", "invalid_input", { paymentId: "a/b" }],
    ["amount", "invalid_amount", { amount: 0 }],
    ["amount", "invalid_amount", { amount: 12.5 }],
    ["amount", "invalid_amount", { amount: 100_000_000, lineItems: [lineItem({ amount: 100_000_000 })] }],
    ["amount", "invalid_amount", { amount: 4061 }],
    ["lineItems[0].amount", "invalid_amount", { amount: 3050, lineItems: [lineItem({ amount: 30.5 })] }],
    ["lineItems", "invalid_input", { amount: 3050, lineItems: [] }],
    [
      "lineItems",
      "invalid_input",
      { amount: 100 * 100, lineItems: Array.from({ length: 100 }, () => lineItem({ amount: 100, unitAmount: 100 })) },
    ],
    ["returnUrl", "invalid_input", { returnUrl: "javascript:alert(1)" }],
    ["returnUrl", "invalid_input", { returnUrl: `https://portal.example.de/${"a".repeat(2060)}` }],
    ["reference", "invalid_input", { reference: "§§§" }],
  ] satisfies [string, string, Partial<ProviderCreateRequest>][])(
    "refuses a bad %s with %s",
    (field, code, overrides) => {
      const error = rejected(() => buildPaymentRequest(createRequest(overrides), DEFAULT_BOOKING_DATA_KEYS, NOW));
      expect(error.code).toBe(code);
      expect(error.field).toBe(field);
    },
  );

  it("accepts the largest amount the platform allows, 999999.00 EUR", () => {
    const built = buildPaymentRequest(
      createRequest({ amount: 999_999_00, lineItems: [lineItem({ unitAmount: 999_999_00, amount: 999_999_00 })] }),
      DEFAULT_BOOKING_DATA_KEYS,
      NOW,
    );
    expect(JSON.stringify(built)).toContain('"grosAmount":999999,');
  });
});
