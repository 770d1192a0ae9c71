/**
 * `createPayment`: validates, computes the amount from the line items, stores the payment in `created`
 * (idempotently, when a key is given) and hands out the opaque return token.
 */
import type { Payment } from "../core/types.js";
import { type CreatePaymentInput, createFingerprint, normaliseCreateInput } from "./create-input.js";
import { defaultReference, newPaymentId } from "./ids.js";
import type { ResolvedOptions } from "./options.js";
import { providerFor } from "./provider-calls.js";
import { deriveReturnToken, hashReturnToken } from "./return-token.js";

export interface CreatePaymentResult {
  payment: Payment;
  /** Opaque; put it into the return URL. The same idempotency key gives the same token again. */
  returnToken: string;
  /** False when an earlier call with the same idempotency key had created it. */
  created: boolean;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export async function createPayment(options: ResolvedOptions, input: CreatePaymentInput): Promise<CreatePaymentResult> {
  const normalised = normaliseCreateInput(input);
  const provider = providerFor(options, normalised.providerId);
  const now = options.now();
  const id = newPaymentId();
  const expiresAt = new Date(
    now.getTime() +
      (provider.capabilities.method === "bank_transfer"
        ? options.bankTransferExpiresAfterDays * DAY
        : options.expiresAfterMinutes * MINUTE),
  );
  const { payment, created } = await options.store.insertPayment(
    {
      id,
      cityId: normalised.cityId,
      serviceId: normalised.serviceId,
      providerId: normalised.providerId,
      amount: normalised.amount,
      lineItems: normalised.lineItems,
      explanation: normalised.explanation,
      feeTableVersion: normalised.feeTableVersion,
      reference: normalised.reference ?? defaultReference(id),
      kassenzeichen: null,
      payer: normalised.payer,
      returnTokenHash: hashReturnToken(deriveReturnToken(options.returnTokenSecret, id)),
      expiresAt,
      createdAt: now,
    },
    {
      actor: { kind: "system" },
      action: "created",
      cause: "Payment created from the fee computation.",
      details: {
        amount: normalised.amount,
        feeTableVersion: normalised.feeTableVersion,
        lineItems: normalised.lineItems.length,
        idempotent: normalised.idempotencyKey !== null,
      },
    },
    normalised.idempotencyKey === null
      ? undefined
      : { key: normalised.idempotencyKey, fingerprint: createFingerprint(normalised) },
  );
  options.logger.info(created ? "payment.created" : "payment.create_replayed", {
    paymentId: payment.id,
    providerId: payment.providerId,
    cityId: payment.cityId,
    serviceId: payment.serviceId,
    amount: payment.amount,
  });
  // On a replay the stored payment has another id than the one we generated: derive the token from it.
  return { payment, returnToken: deriveReturnToken(options.returnTokenSecret, payment.id), created };
}
