/** Builders and a settable clock for the service's tests. */
import type { LineItem } from "../../core/types.js";
import type { CreatePaymentInput } from "../create-input.js";

export const SECRET = "a-return-token-secret-of-at-least-32-chars";

export function lineItem(overrides: Partial<LineItem> = {}): LineItem {
  const quantity = overrides.quantity ?? 1;
  const unitAmount = overrides.unitAmount ?? 3050;
  return {
    id: "regulaer",
    label: { de: "Bewohnerparkausweis, 1 Jahr", en: "Resident parking permit, 1 year" },
    quantity,
    unitAmount,
    amount: quantity * unitAmount,
    booking: { haushaltsstelle: "1.12.2.01", objektnummer: "4711" },
    ...overrides,
  };
}

export function createInput(overrides: Partial<CreatePaymentInput> = {}): CreatePaymentInput {
  return {
    cityId: "giessen",
    serviceId: "bewohnerparkausweis",
    providerId: "scripted",
    lineItems: [lineItem()],
    explanation: { de: "Gebühr laut Gebührenordnung.", en: "Fee according to the fee regulations." },
    feeTableVersion: "giessen/bewohnerparkausweis@2025-01-01",
    ...overrides,
  };
}

export class TestClock {
  private current: number;
  constructor(start = "2026-03-02T09:00:00.000Z") {
    this.current = Date.parse(start);
  }
  readonly now = (): Date => new Date(this.current);
  advanceMinutes(minutes: number): void {
    this.current += minutes * 60_000;
  }
  advanceDays(days: number): void {
    this.advanceMinutes(days * 24 * 60);
  }
}
