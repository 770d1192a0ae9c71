/**
 * The XBezahldienste v1.0.0 wire format as far as this adapter uses it: what we send (PaymentRequest) and
 * zod schemas for what we accept back (PaymentTransaction, problem+json). Written from the published
 * documentation (docs.fitko.de/xbezahldienste, API v1.0.0); not yet verified against a live platform.
 * Optional response fields accept `null` as well, because Java back ends commonly serialise absent values so.
 */
import { z } from "zod";

/** One position of a PaymentRequest. Amounts are decimal euros as JSON numbers. */
export interface XBezahldienstePaymentItem {
  id: string;
  reference?: string;
  description: string;
  /** Percent; fees are not subject to VAT, so `0`. */
  taxRate: number;
  quantity: number;
  singleNetAmount: number;
  singleTaxAmount: number;
  totalNetAmount: number;
  totalTaxAmount: number;
  bookingData: Record<string, string>;
}

/** The body of `POST /paymenttransaction/{originatorId}/{endPointId}`. No `requestor`: data minimisation. */
export interface XBezahldienstePaymentRequest {
  requestId: string;
  requestTimestamp: string;
  currency: "EUR";
  grosAmount: number;
  purpose: string;
  description: string;
  redirectUrl: string;
  items: XBezahldienstePaymentItem[];
}

/** The transaction statuses of v1.0.0. */
export const XBEZAHLDIENSTE_STATUSES = ["INITIAL", "PAYED", "FAILED", "CANCELED"] as const;
export type XBezahldiensteStatus = (typeof XBEZAHLDIENSTE_STATUSES)[number];

/** Functional error codes of v1.0.0 (`functionalCode` in problem+json). */
export const XBEZAHLDIENSTE_FUNCTIONAL_CODES = [
  "NO_VALID_ORIGINATOR_OR_ENDPOINT",
  "PAYMENT_EXISTS",
  "CALCULATION_ERROR",
  "BOOKING_DATA_MISSING",
  "VALIDATION_ERROR",
  "UNSPECIFIED",
  "FORBIDDEN",
] as const;
export type XBezahldiensteFunctionalCode = (typeof XBEZAHLDIENSTE_FUNCTIONAL_CODES)[number];

const optionalText = (max: number) => z.string().max(max).nullish();

export const paymentInformationSchema = z.object({
  transactionUrl: optionalText(2082),
  transactionRedirectUrl: optionalText(2082),
  // Used in URL paths of later calls; a bounded, plain token keeps those paths unambiguous.
  transactionId: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\w.~-]+$/),
  transactionReference: optionalText(200),
  transactionTimestamp: optionalText(100),
  paymentMethod: optionalText(100),
  paymentMethodDetail: optionalText(500),
  // Kept as text so an unknown status gets its own clear error instead of a generic shape error.
  status: z.string().min(1).max(100),
  statusDetail: optionalText(1000),
});

export const paymentTransactionSchema = z.object({
  paymentRequest: z
    .object({
      requestId: optionalText(200),
      grosAmount: z.number().nullish(),
      currency: optionalText(10),
    })
    .nullish(),
  paymentInformation: paymentInformationSchema,
});
export type XBezahldienstePaymentTransaction = z.infer<typeof paymentTransactionSchema>;

/** RFC 7807 problem details with the XBezahldienste `functionalCode` extension. */
export const problemSchema = z.object({
  type: optionalText(2000),
  title: optionalText(500),
  status: z.number().int().nullish(),
  detail: optionalText(4000),
  instance: optionalText(2000),
  functionalCode: optionalText(100),
  // Not in the standard: some platforms name the existing transaction on PAYMENT_EXISTS.
  transactionId: optionalText(200),
});
export type XBezahldiensteProblem = z.infer<typeof problemSchema>;
