/** Shared inputs for the XBezahldienste tests (not part of the public API). */
import { randomUUID } from "node:crypto";
import type { LineItem } from "../../core/types.js";
import type { ProviderCreateRequest } from "../types.js";

export function lineItem(overrides: Partial<LineItem> = {}): LineItem {
  return {
    id: "regulaer",
    label: { de: "Bewohnerparkausweis (1 Jahr)", en: "Resident parking permit (1 year)" },
    quantity: 1,
    unitAmount: 3050,
    amount: 3050,
    booking: { haushaltsstelle: "1.1220.432100", objektnummer: "OBJ-4711", buchungstext: "Bewohnerparken" },
    ...overrides,
  };
}

/** A create request for 40,60 €: one permit (30,50 €) and two express surcharges (2 × 5,05 €). */
export function createRequest(overrides: Partial<ProviderCreateRequest> = {}): ProviderCreateRequest {
  return {
    paymentId: randomUUID(),
    cityId: "giessen",
    serviceId: "bewohnerparkausweis",
    amount: 4060,
    currency: "EUR",
    lineItems: [
      lineItem(),
      lineItem({
        id: "express",
        label: { de: "Expressbearbeitung", en: "Express processing" },
        quantity: 2,
        unitAmount: 505,
        amount: 1010,
        booking: { haushaltsstelle: "1.1220.432100" },
      }),
    ],
    reference: "GI-2025-000123",
    description: { de: "Bewohnerparkausweis Zone A", en: "Resident parking permit zone A" },
    returnUrl: "https://portal.example.de/zahlung/rueckkehr?token=opaque123",
    locale: "de",
    ...overrides,
  };
}
