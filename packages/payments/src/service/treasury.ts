/**
 * `markPaidByTreasury`: a treasury user records that a bank transfer arrived. Audited with the user's id;
 * the amount check applies (a wrong amount is flagged, not booked). Only for bank transfers: an online
 * payment's outcome comes from its provider.
 */
import { PaymentError } from "../core/errors.js";
import type { AuditActor, Payment } from "../core/types.js";
import { getPaymentOrThrow, updateWithRetry } from "./compare-and-set.js";
import { type DecisionOutcome, decideOnReceivedAmount } from "./decisions.js";
import type { ResolvedOptions } from "./options.js";
import { providerFor } from "./provider-calls.js";
import { invalid, requireAmount, requireIdentifier } from "./validate-input.js";

export interface MarkPaidInput {
  /** The treasury user's id (not their name). */
  userId: string;
  /** Cents that arrived. */
  amount: number;
}

export interface MarkPaidResult {
  payment: Payment;
  outcome: DecisionOutcome;
}

export async function markPaidByTreasury(
  options: ResolvedOptions,
  paymentId: string,
  input: MarkPaidInput,
): Promise<MarkPaidResult> {
  if (!input || typeof input !== "object") throw invalid("input", "markPaidByTreasury needs userId and amount.");
  const userId = requireIdentifier(input.userId, "userId");
  const amount = requireAmount(input.amount, "amount");
  const payment = await getPaymentOrThrow(options.store, paymentId);
  const provider = providerFor(options, payment.providerId);
  if (provider.capabilities.method !== "bank_transfer") {
    throw new PaymentError(
      "not_supported",
      `Payment ${paymentId} is an online payment; its outcome is confirmed by provider "${provider.id}".`,
      { field: "paymentId" },
    );
  }
  const actor: AuditActor = { kind: "treasury", userId };
  const result = await updateWithRetry(
    options.store,
    paymentId,
    (current) => {
      // Marking a paid payment paid again is a repeated click, not a second transfer (bank statements
      // detect those): nothing to do.
      if (current.state === "succeeded" && current.confirmedAmount === amount) {
        return { outcome: "unchanged" as const, decision: { kind: "none" as const } };
      }
      return decideOnReceivedAmount(current, amount, actor, `Treasury user ${userId}`, { userId });
    },
    payment,
  );
  if (result.verdict.outcome === "conflict") {
    throw new PaymentError(
      "illegal_transition",
      `Payment ${paymentId} is "${result.payment.state}" and cannot be paid.`,
      {
        field: "paymentId",
        details: { paymentId, state: result.payment.state },
      },
    );
  }
  options.logger.info("payment.marked_paid", {
    paymentId,
    outcome: result.verdict.outcome,
    state: result.payment.state,
  });
  return { payment: result.payment, outcome: result.verdict.outcome };
}
