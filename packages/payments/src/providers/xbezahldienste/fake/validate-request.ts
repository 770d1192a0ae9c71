/**
 * Strict checks of a PaymentRequest as an XBezahldienste platform performs them, written from the v1.0.0
 * documentation. Where the documentation gives no limit (item fields), the fake assumes a plausible one and
 * says so below; the adapter stays within all of them. Amounts are compared in integer cents.
 */

export interface ValidPaymentRequest {
  requestId: string;
  grosAmountCents: number;
  purpose: string;
  description: string;
  redirectUrl: string;
  itemCount: number;
  requestorReceived: boolean;
  bookingDataKeys: string[];
}

export type RequestCheck =
  | { ok: true; request: ValidPaymentRequest }
  | { ok: false; functionalCode: "VALIDATION_ERROR" | "CALCULATION_ERROR" | "BOOKING_DATA_MISSING"; detail: string };

const TOP_LEVEL_FIELDS = new Set([
  "requestId",
  "requestTimestamp",
  "currency",
  "grosAmount",
  "purpose",
  "description",
  "redirectUrl",
  "items",
  "requestor",
]);
const ITEM_FIELDS = new Set([
  "id",
  "reference",
  "description",
  "taxRate",
  "quantity",
  "totalNetAmount",
  "totalTaxAmount",
  "singleNetAmount",
  "singleTaxAmount",
  "bookingData",
]);

const MAX_GROS_AMOUNT_CENTS = 999_999_00;
const PURPOSE = /^[\w\s-]+$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
// Assumed limits (not in the published v1.0.0 text): item id ≤ 36, item texts ≤ 250, ≤ 20 booking entries.
const ITEM_ID = /^[\w-]{1,36}$/;
const ITEM_TEXT_MAX = 250;
const MAX_BOOKING_ENTRIES = 20;

class Invalid extends Error {
  constructor(
    readonly functionalCode: "VALIDATION_ERROR" | "CALCULATION_ERROR" | "BOOKING_DATA_MISSING",
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Cents of a JSON euro number with at most two decimals, or `undefined`. */
export function fakeEuroToCents(value: unknown): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  const match = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(String(value));
  if (!match) return undefined;
  const cents = Number(match[2]) * 100 + Number((match[3] ?? "").padEnd(2, "0"));
  return match[1] === "-" ? -cents : cents;
}

export function checkPaymentRequest(body: unknown, requiredBookingDataKeys: readonly string[]): RequestCheck {
  try {
    return { ok: true, request: check(body, requiredBookingDataKeys) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, functionalCode: error.functionalCode, detail: error.detail };
    throw error;
  }
}

function check(body: unknown, requiredBookingDataKeys: readonly string[]): ValidPaymentRequest {
  const request = record(body, "PaymentRequest");
  for (const key of Object.keys(request)) {
    if (!TOP_LEVEL_FIELDS.has(key)) invalid(`unknown field ${key}`);
  }
  const requestId = text(request.requestId, "requestId", 1, 36);
  const timestamp = text(request.requestTimestamp, "requestTimestamp", 1, 40);
  if (!ISO_TIMESTAMP.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
    invalid("requestTimestamp must be an ISO 8601 date-time");
  }
  if (request.currency !== "EUR") invalid("currency must be EUR");
  const grosAmountCents = amount(request.grosAmount, "grosAmount");
  if (grosAmountCents <= 0 || grosAmountCents > MAX_GROS_AMOUNT_CENTS) {
    invalid("grosAmount must be greater than 0 and at most 999999");
  }
  const purpose = text(request.purpose, "purpose", 1, 27);
  if (!PURPOSE.test(purpose)) invalid("purpose must match ^[\\w\\d\\s-]+$");
  const description = request.description === undefined ? "" : text(request.description, "description", 0, 250);
  const redirectUrl = text(request.redirectUrl, "redirectUrl", 1, 2082);
  if (!/^https?:\/\//.test(redirectUrl) || !URL.canParse(redirectUrl)) invalid("redirectUrl must be an http(s) URL");
  if (request.requestor !== undefined) record(request.requestor, "requestor");

  if (!Array.isArray(request.items) || request.items.length < 1 || request.items.length > 99) {
    invalid("items must hold 1 to 99 positions");
  }
  const items = request.items as unknown[];
  const bookingDataKeys = new Set<string>();
  let sum = 0;
  items.forEach((entry, index) => {
    const at = `items[${index}]`;
    const item = record(entry, at);
    for (const key of Object.keys(item)) {
      if (!ITEM_FIELDS.has(key)) invalid(`unknown field ${at}.${key}`);
    }
    if (item.id !== undefined && (typeof item.id !== "string" || !ITEM_ID.test(item.id))) {
      invalid(`${at}.id must be 1 to 36 characters [A-Za-z0-9_-]`);
    }
    if (item.reference !== undefined) text(item.reference, `${at}.reference`, 0, ITEM_TEXT_MAX);
    if (item.description !== undefined) text(item.description, `${at}.description`, 0, ITEM_TEXT_MAX);
    const quantity = item.quantity;
    if (typeof quantity !== "number" || !Number.isSafeInteger(quantity) || quantity < 1) {
      invalid(`${at}.quantity must be a positive whole number`);
    }
    const taxRate = item.taxRate;
    if (typeof taxRate !== "number" || taxRate < 0 || taxRate > 100) invalid(`${at}.taxRate must be 0 to 100`);
    const singleNet = amount(item.singleNetAmount, `${at}.singleNetAmount`);
    const singleTax = amount(item.singleTaxAmount, `${at}.singleTaxAmount`);
    const totalNet = amount(item.totalNetAmount, `${at}.totalNetAmount`);
    const totalTax = amount(item.totalTaxAmount, `${at}.totalTaxAmount`);
    const units = quantity as number;
    if (singleNet * units !== totalNet || singleTax * units !== totalTax) {
      throw new Invalid("CALCULATION_ERROR", `${at}: quantity × single amounts differ from the total amounts`);
    }
    sum += totalNet + totalTax;
    const bookingData = item.bookingData === undefined ? {} : record(item.bookingData, `${at}.bookingData`);
    const entries = Object.entries(bookingData);
    if (entries.length > MAX_BOOKING_ENTRIES) invalid(`${at}.bookingData has more than ${MAX_BOOKING_ENTRIES} entries`);
    for (const [key, value] of entries) {
      text(value, `${at}.bookingData.${key.slice(0, 40)}`, 0, 250);
      bookingDataKeys.add(key);
    }
    for (const required of requiredBookingDataKeys) {
      if (!Object.hasOwn(bookingData, required) || bookingData[required] === "") {
        throw new Invalid("BOOKING_DATA_MISSING", `${at}.bookingData.${required} is required`);
      }
    }
  });
  if (sum !== grosAmountCents) {
    throw new Invalid("CALCULATION_ERROR", "grosAmount differs from the sum of the items");
  }
  return {
    requestId,
    grosAmountCents,
    purpose,
    description,
    redirectUrl,
    itemCount: items.length,
    requestorReceived: request.requestor !== undefined,
    bookingDataKeys: [...bookingDataKeys].sort(),
  };
}

function invalid(detail: string): never {
  throw new Invalid("VALIDATION_ERROR", detail);
}

function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) invalid(`${field} must be an object`);
  return value as Record<string, unknown>;
}

function text(value: unknown, field: string, min: number, max: number): string {
  if (typeof value !== "string") invalid(`${field} must be a string`);
  const length = (value as string).length;
  if (length < min || length > max) invalid(`${field} must have ${min} to ${max} characters`);
  return value as string;
}

function amount(value: unknown, field: string): number {
  const cents = fakeEuroToCents(value);
  if (cents === undefined) invalid(`${field} must be a number with at most two decimals`);
  return cents as number;
}
