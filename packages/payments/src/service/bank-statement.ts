/**
 * Applying credits from a bank statement (CAMT.053) that the bank-transfer module already parsed and
 * matched by Kassenzeichen. Each credit is booked like a treasury confirmation: success when the amount
 * equals, `amount_mismatch` otherwise, `duplicate_payment` for a second credit on a paid payment.
 * Importing the same statement twice changes nothing: an entry already recorded on the payment is skipped.
 */
import type { AuditActor, AuditEntry, Payment } from "../core/types.js";
import { updateWithRetry } from "./compare-and-set.js";
import { type DecisionOutcome, decideOnReceivedAmount } from "./decisions.js";
import type { ResolvedOptions } from "./options.js";
import { invalid, requireAmount, requireIdentifier, requireString } from "./validate-input.js";

/** One credit of a bank statement, matched to a Kassenzeichen by the bank-transfer module. */
export interface MatchedBankStatementEntry {
  kassenzeichen: string;
  /** Cents credited. */
  amount: number;
  /** `YYYY-MM-DD`. */
  bookingDate: string;
  /** The bank's unique reference of the entry (CAMT `NtryRef` / `AcctSvcrRef`): recognises re-imports. */
  entryReference: string;
}

export type BankStatementEntryOutcome = DecisionOutcome | "already_applied";

export interface BankStatementReport {
  /** Entries matched to exactly one payment, with what happened to it. */
  applied: { entryReference: string; paymentId: string; outcome: BankStatementEntryOutcome; state: Payment["state"] }[];
  /** Kassenzeichen no payment has: the treasury books these by hand. */
  unknownKassenzeichen: { entryReference: string; kassenzeichen: string; amount: number }[];
  /** Kassenzeichen several payments share (should not happen): left for the treasury. */
  ambiguous: { entryReference: string; kassenzeichen: string; paymentIds: string[] }[];
}

export const MAX_STATEMENT_ENTRIES = 10_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const BANK_ACTION = "bank_credit";

function checkEntry(value: unknown, index: number): MatchedBankStatementEntry {
  const field = `matches[${index}]`;
  if (!value || typeof value !== "object") throw invalid(field, `${field} must be a matched bank statement entry.`);
  const entry = value as MatchedBankStatementEntry;
  const bookingDate = requireString(entry.bookingDate, `${field}.bookingDate`, 10);
  if (!ISO_DATE.test(bookingDate) || Number.isNaN(Date.parse(`${bookingDate}T00:00:00Z`))) {
    throw invalid(`${field}.bookingDate`, `${field}.bookingDate must be a date YYYY-MM-DD.`);
  }
  return {
    kassenzeichen: requireIdentifier(entry.kassenzeichen, `${field}.kassenzeichen`, 64),
    amount: requireAmount(entry.amount, `${field}.amount`),
    bookingDate,
    entryReference: requireString(entry.entryReference, `${field}.entryReference`, 200),
  };
}

function alreadyApplied(audit: readonly AuditEntry[], entryReference: string): boolean {
  return audit.some((entry) => entry.details[BANK_ACTION] === entryReference);
}

export async function applyBankStatementMatches(
  options: ResolvedOptions,
  matches: readonly MatchedBankStatementEntry[],
  context: { statementId: string },
): Promise<BankStatementReport> {
  if (!Array.isArray(matches)) throw invalid("matches", "matches must be a list of matched entries.");
  if (matches.length > MAX_STATEMENT_ENTRIES) {
    throw invalid("matches", `A statement may have at most ${MAX_STATEMENT_ENTRIES} entries per call.`);
  }
  const statementId = requireIdentifier(context?.statementId, "statementId", 200);
  // Check everything before booking anything: a broken import changes nothing.
  const entries = matches.map(checkEntry);
  const actor: AuditActor = { kind: "bank_statement", statementId };
  const report: BankStatementReport = { applied: [], unknownKassenzeichen: [], ambiguous: [] };

  for (const entry of entries) {
    const candidates = await options.store.findByKassenzeichen(entry.kassenzeichen);
    if (candidates.length === 0) {
      report.unknownKassenzeichen.push({
        entryReference: entry.entryReference,
        kassenzeichen: entry.kassenzeichen,
        amount: entry.amount,
      });
      continue;
    }
    if (candidates.length > 1) {
      report.ambiguous.push({
        entryReference: entry.entryReference,
        kassenzeichen: entry.kassenzeichen,
        paymentIds: candidates.map((payment) => payment.id),
      });
      continue;
    }
    const payment = candidates[0] as Payment;
    if (alreadyApplied(await options.store.listAudit(payment.id), entry.entryReference)) {
      report.applied.push({
        entryReference: entry.entryReference,
        paymentId: payment.id,
        outcome: "already_applied",
        state: payment.state,
      });
      continue;
    }
    const details = { [BANK_ACTION]: entry.entryReference, bookingDate: entry.bookingDate, statementId };
    const result = await updateWithRetry(
      options.store,
      payment.id,
      (current) => {
        const verdict = decideOnReceivedAmount(current, entry.amount, actor, `Bank statement ${statementId}`, details);
        // Every credit must leave a trace carrying its entry reference (that is how re-imports are recognised).
        if (verdict.decision.kind === "none") {
          return {
            ...verdict,
            decision: {
              kind: "audit" as const,
              audit: { actor, action: "bank_credit_ignored", cause: "Credit already reflected.", details },
            },
          };
        }
        return verdict;
      },
      payment,
    );
    report.applied.push({
      entryReference: entry.entryReference,
      paymentId: payment.id,
      outcome: result.verdict.outcome,
      state: result.payment.state,
    });
    options.logger.info("payment.bank_credit", { paymentId: payment.id, outcome: result.verdict.outcome, statementId });
  }
  if (report.unknownKassenzeichen.length + report.ambiguous.length > 0) {
    options.logger.warn("payment.bank_credits_unmatched", {
      statementId,
      unknown: report.unknownKassenzeichen.length,
      ambiguous: report.ambiguous.length,
    });
  }
  return report;
}
