/**
 * The input of `createPayment`, its validation and its normal form (which feeds the idempotency
 * fingerprint). The amount is never an input: it is the sum of the server-computed line items.
 */
import { email, iban } from "@digitale-kommune/validators";
import type { LineItem, LocalizedText, PayerData } from "../core/types.js";
import { fingerprintOf, type Json } from "./fingerprint.js";
import {
  invalid,
  MAX_AMOUNT_CENTS,
  optionalString,
  requireIdentifier,
  requireLocalizedText,
  requireString,
} from "./validate-input.js";

export interface CreatePaymentInput {
  cityId: string;
  serviceId: string;
  /** Which configured provider handles the payment (the citizen's choice of method). */
  providerId: string;
  /** Computed on the server by the fee engine; never taken from the browser. */
  lineItems: LineItem[];
  explanation: LocalizedText;
  feeTableVersion: string;
  /** Verwendungszweck, ≤ 27 characters of `A–Z a–z 0–9 space -`; never personal data. Default: derived from the id. */
  reference?: string;
  /** Personal data of the payer, only if a provider needs it; erased by retention. */
  payer?: PayerData;
  /** 1–255 characters of `A–Z a–z 0–9 _ -`: the same key returns the same payment. */
  idempotencyKey?: string;
}

export interface NormalisedCreateInput {
  cityId: string;
  serviceId: string;
  providerId: string;
  lineItems: LineItem[];
  explanation: LocalizedText;
  feeTableVersion: string;
  reference: string | null;
  payer: PayerData | null;
  idempotencyKey: string | null;
  amount: number;
}

/** XBezahldienste allows 99 items per payment request; no fee needs more. */
export const MAX_LINE_ITEMS = 99;
/** XBezahldienste `purpose`: at most 27 characters of word characters, spaces and hyphens. */
const REFERENCE = /^[A-Za-z0-9 -]{1,27}$/;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{1,255}$/;

function bookingField(value: unknown, field: string): string | undefined {
  return optionalString(value, field, 100);
}

function lineItem(value: unknown, index: number): LineItem {
  const field = `lineItems[${index}]`;
  if (!value || typeof value !== "object") throw invalid(field, `${field} must be a line item.`);
  const item = value as Partial<LineItem>;
  const id = requireIdentifier(item.id, `${field}.id`);
  const label = requireLocalizedText(item.label, `${field}.label`, 200);
  if (typeof item.quantity !== "number" || !Number.isSafeInteger(item.quantity) || item.quantity < 1) {
    throw invalid(`${field}.quantity`, `${field}.quantity must be a whole number of at least 1.`);
  }
  for (const key of ["unitAmount", "amount"] as const) {
    const amount = item[key];
    if (typeof amount !== "number" || !Number.isSafeInteger(amount) || Math.abs(amount) > MAX_AMOUNT_CENTS) {
      throw invalid(`${field}.${key}`, `${field}.${key} must be a whole number of cents.`, "invalid_amount");
    }
  }
  if (item.quantity * (item.unitAmount as number) !== item.amount) {
    throw invalid(`${field}.amount`, `${field}.amount must equal quantity × unitAmount.`, "invalid_amount");
  }
  const booking = item.booking ?? {};
  if (typeof booking !== "object") throw invalid(`${field}.booking`, `${field}.booking must be an object.`);
  const haushaltsstelle = bookingField(booking.haushaltsstelle, `${field}.booking.haushaltsstelle`);
  const objektnummer = bookingField(booking.objektnummer, `${field}.booking.objektnummer`);
  const buchungstext = bookingField(booking.buchungstext, `${field}.booking.buchungstext`);
  return {
    id,
    label,
    quantity: item.quantity,
    unitAmount: item.unitAmount as number,
    amount: item.amount as number,
    booking: {
      ...(haushaltsstelle === undefined ? {} : { haushaltsstelle }),
      ...(objektnummer === undefined ? {} : { objektnummer }),
      ...(buchungstext === undefined ? {} : { buchungstext }),
    },
  };
}

function payerData(value: unknown): PayerData | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "object") throw invalid("payer", "payer must be an object.");
  const payer = value as PayerData;
  const name = optionalString(payer.name, "payer.name", 200);
  const mail = optionalString(payer.email, "payer.email", 254);
  if (mail !== undefined && !email.isValid(mail))
    throw invalid("payer.email", "payer.email is not a valid e-mail address.");
  const account = optionalString(payer.iban, "payer.iban", 50);
  if (account !== undefined && !iban.isValid(account)) throw invalid("payer.iban", "payer.iban is not a valid IBAN.");
  const result: PayerData = {
    ...(name === undefined ? {} : { name }),
    ...(mail === undefined ? {} : { email: mail }),
    ...(account === undefined ? {} : { iban: iban.normalize(account) }),
  };
  return Object.keys(result).length === 0 ? null : result;
}

/** Checks every field and returns the normal form; the amount is the sum of the line items. */
export function normaliseCreateInput(input: CreatePaymentInput): NormalisedCreateInput {
  if (!input || typeof input !== "object") throw invalid("input", "createPayment needs its parameters.");
  const cityId = requireIdentifier(input.cityId, "cityId");
  const serviceId = requireIdentifier(input.serviceId, "serviceId");
  const providerId = requireIdentifier(input.providerId, "providerId");
  if (!Array.isArray(input.lineItems) || input.lineItems.length === 0) {
    throw invalid("lineItems", "lineItems must list at least one line item.");
  }
  if (input.lineItems.length > MAX_LINE_ITEMS) {
    throw invalid("lineItems", `lineItems may have at most ${MAX_LINE_ITEMS} entries.`);
  }
  const lineItems = input.lineItems.map(lineItem);
  const amount = lineItems.reduce((sum, item) => sum + item.amount, 0);
  if (amount <= 0 || amount > MAX_AMOUNT_CENTS) {
    throw invalid("lineItems", `lineItems must add up to between 1 and ${MAX_AMOUNT_CENTS} cents.`, "invalid_amount");
  }
  const explanation = requireLocalizedText(input.explanation, "explanation", 2000);
  const feeTableVersion = requireIdentifier(input.feeTableVersion, "feeTableVersion", 200);
  let reference: string | null = null;
  if (input.reference !== undefined) {
    reference = requireString(input.reference, "reference", 27);
    if (!REFERENCE.test(reference)) {
      throw invalid("reference", "reference may contain only letters A–Z, digits, spaces and hyphens (at most 27).");
    }
  }
  let idempotencyKey: string | null = null;
  if (input.idempotencyKey !== undefined) {
    if (typeof input.idempotencyKey !== "string" || !IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
      throw invalid("idempotencyKey", "idempotencyKey must be 1–255 characters of A–Z, a–z, 0–9, _ and -.");
    }
    idempotencyKey = input.idempotencyKey;
  }
  return {
    cityId,
    serviceId,
    providerId,
    lineItems,
    explanation,
    feeTableVersion,
    reference,
    payer: payerData(input.payer),
    idempotencyKey,
    amount,
  };
}

/** SHA-256 over the normalised parameters, without the payer's personal data (see fingerprint.ts). */
export function createFingerprint(input: NormalisedCreateInput): string {
  const { payer: _payer, idempotencyKey: _key, ...parameters } = input;
  return fingerprintOf(parameters as unknown as Json);
}
