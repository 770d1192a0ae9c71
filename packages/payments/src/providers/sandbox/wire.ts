/**
 * The sandbox's JSON API on the wire: request bodies it accepts and the transaction it answers with. The
 * server parses requests with these schemas and the provider adapter parses responses with them, so the two
 * sides cannot drift apart.
 */
import { z } from "zod";
import type { SandboxTransaction } from "./ledger.js";

/** Path of the JSON API below the sandbox's base path. */
export const API_PREFIX = "/api/v1";
/** Largest cent amount the sandbox takes (999,999,999.99 €, the EPC QR maximum). */
export const MAX_AMOUNT_CENTS = 99_999_999_999;

const idSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]+$/);

const httpUrlSchema = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.username === "" && url.password === "";
    } catch {
      return false;
    }
  }, "must be an absolute http(s) URL without credentials");

const centsSchema = z.number().int().min(1).max(MAX_AMOUNT_CENTS);

export const createTransactionRequestSchema = z.strictObject({
  paymentId: idSchema,
  amount: centsSchema,
  currency: z.literal("EUR"),
  reference: z.string().min(1).max(140),
  description: z.strictObject({ de: z.string().min(1).max(500), en: z.string().min(1).max(500) }),
  returnUrl: httpUrlSchema,
  locale: z.enum(["de", "en"]).default("de"),
});
export type CreateTransactionRequest = z.input<typeof createTransactionRequestSchema>;

export const refundRequestSchema = z.strictObject({ refundId: idSchema, amount: centsSchema });

export const FAULT_KINDS = ["http_500", "timeout", "malformed_json"] as const;
export const faultControlRequestSchema = z.strictObject({
  kind: z.enum(FAULT_KINDS),
  count: z.number().int().min(1).max(1000).default(1),
});

export const refundJsonSchema = z.object({
  id: z.string().min(1).max(100),
  refundId: idSchema,
  amount: centsSchema,
  createdAt: z.iso.datetime(),
});

export const transactionJsonSchema = z.object({
  id: z.string().min(1).max(100),
  paymentId: idSchema,
  status: z.enum(["open", "paid", "failed", "cancelled"]),
  amount: centsSchema,
  currency: z.literal("EUR"),
  reference: z.string(),
  paidAmount: z.number().int().min(0).nullable(),
  refundedAmount: z.number().int().min(0),
  refunds: z.array(refundJsonSchema).max(1000),
  paymentUrl: httpUrlSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TransactionJson = z.infer<typeof transactionJsonSchema>;

/** Errors are RFC 9457 problem details with our stable `code`. */
export const problemJsonSchema = z.object({
  status: z.number().int(),
  title: z.string(),
  code: z.string().optional(),
  detail: z.string().optional(),
});

/** The hosted page of a transaction; English when the transaction was created for English. */
export function paymentPageUrl(sandboxBaseUrl: string, transaction: Pick<SandboxTransaction, "id" | "locale">): string {
  const suffix = transaction.locale === "en" ? "?lang=en" : "";
  return `${sandboxBaseUrl}/pay/${encodeURIComponent(transaction.id)}${suffix}`;
}

export function toTransactionJson(transaction: SandboxTransaction, sandboxBaseUrl: string): TransactionJson {
  return {
    id: transaction.id,
    paymentId: transaction.paymentId,
    status: transaction.status,
    amount: transaction.amount,
    currency: transaction.currency,
    reference: transaction.reference,
    paidAmount: transaction.paidAmount,
    refundedAmount: transaction.refundedAmount,
    refunds: transaction.refunds.map((refund) => ({
      id: refund.id,
      refundId: refund.refundId,
      amount: refund.amount,
      createdAt: refund.createdAt.toISOString(),
    })),
    paymentUrl: paymentPageUrl(sandboxBaseUrl, transaction),
    createdAt: transaction.createdAt.toISOString(),
    updatedAt: transaction.updatedAt.toISOString(),
  };
}
