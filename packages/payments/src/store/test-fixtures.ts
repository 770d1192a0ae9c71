/**
 * Builders for store tests (and the service's tests): a valid `NewPayment` with a line item that sums
 * up, and the audit input of its creation. Not part of the public entry.
 */
import { createHash, randomUUID } from "node:crypto";
import type { PayerData } from "../core/types.js";
import type { AuditInput, NewPayment } from "./types.js";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export interface PaymentFixtureOptions extends Partial<Omit<NewPayment, "amount" | "lineItems">> {
  /** Total in cents; one line item carries it. */
  amount?: number;
  payer?: PayerData | null;
}

export function newPaymentFixture(options: PaymentFixtureOptions = {}): NewPayment {
  const { amount = 3050, ...rest } = options;
  const id = rest.id ?? randomUUID();
  const createdAt = rest.createdAt ?? new Date();
  return {
    id,
    cityId: "giessen",
    serviceId: "bewohnerparkausweis",
    providerId: "sandbox",
    lineItems: [
      {
        id: "regulaer",
        label: { de: "Bewohnerparkausweis, 1 Jahr", en: "Resident parking permit, 1 year" },
        quantity: 1,
        unitAmount: amount,
        amount,
        booking: { haushaltsstelle: "1.12.2.01", objektnummer: "4711", buchungstext: "Bewohnerparken" },
      },
    ],
    explanation: { de: "Gebühr laut Gebührenordnung.", en: "Fee according to the fee regulations." },
    feeTableVersion: "giessen/bewohnerparkausweis@2025-01-01",
    reference: `DK-${id.slice(0, 8).toUpperCase()}`,
    kassenzeichen: null,
    payer: null,
    returnTokenHash: sha256Hex(randomUUID()),
    expiresAt: new Date(createdAt.getTime() + 60 * 60 * 1000),
    createdAt,
    ...rest,
    amount,
  };
}

export const CREATED_AUDIT: AuditInput = {
  actor: { kind: "citizen" },
  action: "created",
  cause: "Payment started in the portal.",
};
