/**
 * Builds the XBezahldienste PaymentRequest from our provider-neutral create request. Only what the
 * platform needs travels: amounts, purpose, a description, booking data and the return URL. No requestor
 * (name, address) is sent: the standard makes it optional and data minimisation (Art. 5 DSGVO) applies.
 */
import { PaymentError } from "../../core/errors.js";
import type { LineItem } from "../../core/types.js";
import type { ProviderCreateRequest } from "../types.js";
import { centsToEuroNumber, MAX_GROS_AMOUNT_CENTS } from "./amount.js";
import type { XBezahldiensteBookingDataKeys } from "./config.js";
import { sanitisePurpose } from "./purpose.js";
import type { XBezahldienstePaymentItem, XBezahldienstePaymentRequest } from "./wire.js";

export const REQUEST_ID_MAX_LENGTH = 36;
export const DESCRIPTION_MAX_LENGTH = 250;
export const REDIRECT_URL_MAX_LENGTH = 2082;
export const MAX_ITEMS = 99;
const ITEM_ID_MAX_LENGTH = 36;
const BOOKING_VALUE_MAX_LENGTH = 250;

export function buildPaymentRequest(
  request: ProviderCreateRequest,
  bookingDataKeys: XBezahldiensteBookingDataKeys,
  now: Date,
): XBezahldienstePaymentRequest {
  checkRequestId(request.paymentId);
  if (request.lineItems.length < 1 || request.lineItems.length > MAX_ITEMS) {
    throw new PaymentError(
      "invalid_input",
      `XBezahldienste accepts 1 to ${MAX_ITEMS} line items; the payment has ${request.lineItems.length}.`,
      { field: "lineItems" },
    );
  }
  checkAmount(request);
  checkRedirectUrl(request.returnUrl);
  return {
    requestId: request.paymentId,
    requestTimestamp: now.toISOString(),
    currency: "EUR",
    grosAmount: centsToEuroNumber(request.amount),
    purpose: sanitisePurpose(request.reference),
    description: shorten(plainText(request.description[request.locale]), DESCRIPTION_MAX_LENGTH),
    redirectUrl: request.returnUrl,
    items: request.lineItems.map((item, index) => toItem(item, index, request.locale, bookingDataKeys)),
  };
}

function checkRequestId(paymentId: string): void {
  if (paymentId.length === 0 || paymentId.length > REQUEST_ID_MAX_LENGTH || !/^[\w-]+$/.test(paymentId)) {
    throw new PaymentError(
      "invalid_input",
      `The payment id must be 1 to ${REQUEST_ID_MAX_LENGTH} characters [A-Za-z0-9_-] to serve as XBezahldienste requestId.`,
      { field: "paymentId" },
    );
  }
}

function checkAmount(request: ProviderCreateRequest): void {
  const { amount, lineItems } = request;
  if (!Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_GROS_AMOUNT_CENTS) {
    throw new PaymentError(
      "invalid_amount",
      `XBezahldienste accepts amounts from 0.01 to 999999.00 EUR; the amount must be integer cents in that range.`,
      { field: "amount", details: { amount } },
    );
  }
  let sum = 0;
  lineItems.forEach((item, index) => {
    if (!Number.isSafeInteger(item.amount) || Math.abs(item.amount) > MAX_GROS_AMOUNT_CENTS) {
      throw new PaymentError("invalid_amount", `Line item ${index} has an amount that is not valid integer cents.`, {
        field: `lineItems[${index}].amount`,
      });
    }
    sum += item.amount;
  });
  // The platform answers CALCULATION_ERROR for this; catching it here gives the caller a precise field.
  if (sum !== amount) {
    throw new PaymentError("invalid_amount", "The amount differs from the sum of the line items.", {
      field: "amount",
      details: { amount, lineItemsSum: sum },
    });
  }
}

function checkRedirectUrl(returnUrl: string): void {
  let valid = returnUrl.length <= REDIRECT_URL_MAX_LENGTH;
  if (valid) {
    try {
      const url = new URL(returnUrl);
      valid = url.protocol === "https:" || url.protocol === "http:";
    } catch {
      valid = false;
    }
  }
  if (!valid) {
    throw new PaymentError(
      "invalid_input",
      `The return URL must be an http(s) URL of at most ${REDIRECT_URL_MAX_LENGTH} characters (XBezahldienste redirectUrl).`,
      { field: "returnUrl" },
    );
  }
}

function toItem(
  item: LineItem,
  index: number,
  locale: "de" | "en",
  keys: XBezahldiensteBookingDataKeys,
): XBezahldienstePaymentItem {
  // Whole units whose product is the line amount travel as such; anything else (e.g. a pro-rata period)
  // travels as one unit of the line amount, so the platform's own check single × quantity = total holds.
  const wholeUnits =
    Number.isSafeInteger(item.quantity) &&
    item.quantity > 0 &&
    Number.isSafeInteger(item.unitAmount) &&
    item.quantity * item.unitAmount === item.amount;
  const quantity = wholeUnits ? item.quantity : 1;
  const single = wholeUnits ? item.unitAmount : item.amount;
  const bookingData: Record<string, string> = {};
  const entries: [keyof XBezahldiensteBookingDataKeys, string | undefined][] = [
    ["haushaltsstelle", item.booking.haushaltsstelle],
    ["objektnummer", item.booking.objektnummer],
    ["buchungstext", item.booking.buchungstext],
  ];
  for (const [field, value] of entries) {
    if (value !== undefined && value !== "") {
      bookingData[keys[field]] = shorten(plainText(value), BOOKING_VALUE_MAX_LENGTH);
    }
  }
  return {
    id: itemId(item.id, index),
    description: shorten(plainText(item.label[locale]), DESCRIPTION_MAX_LENGTH),
    taxRate: 0,
    quantity,
    singleNetAmount: centsToEuroNumber(single),
    singleTaxAmount: 0,
    totalNetAmount: centsToEuroNumber(item.amount),
    totalTaxAmount: 0,
    bookingData,
  };
}

/** Our line item id when it fits the platform's id rules, else its position (still unique per request). */
function itemId(id: string, index: number): string {
  return id.length > 0 && id.length <= ITEM_ID_MAX_LENGTH && /^[\w-]+$/.test(id) ? id : `position-${index + 1}`;
}

/** Removes control characters (line breaks would break CSV exports of the treasury). */
function plainText(text: string): string {
  return text
    .slice(0, 2000)
    .replace(/\p{Cc}+/gu, " ")
    .trim();
}

/** Cuts at a code point boundary so no half surrogate pair is sent. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text)
    .slice(0, max)
    .join("")
    .slice(0, max)
    .replace(/[\ud800-\udbff]$/, "");
}
