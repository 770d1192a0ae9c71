/**
 * Matches bank statement credits to payments by Kassenzeichen (and then checks the amount). Matching only
 * proposes: the payment service applies the matches (transition to succeeded, or a flag for the treasury) in its
 * own transaction, and de-duplicates entries it has seen before by `entryReference`.
 *
 * Where the Kassenzeichen is looked for: the structured creditor reference (the Kassenzeichen itself, or an RF
 * reference built from it) and the unstructured remittance lines, joined as banks split them, tolerant to spaces,
 * hyphens, dots, slashes and case. A layout's check digit keeps stray digit runs from being taken for one.
 */

import { PaymentError } from "../core/errors.js";
import type { PaymentState } from "../core/types.js";
import type { BankStatementEntry } from "./camt053.js";
import { referenceOfCreditorReference } from "./creditor-reference.js";

/** What the matcher needs to know of a payment. */
export interface MatchCandidatePayment {
  id: string;
  /** Expected amount in cents. */
  amount: number;
  state: PaymentState;
}

export interface MatchBankStatementOptions {
  /** Payments issued with this Kassenzeichen (normally one). */
  findByKassenzeichen: (kassenzeichen: string) => Promise<readonly MatchCandidatePayment[]>;
  /** The city's Kassenzeichen layout (e.g. `provider.kassenzeichen`); its `extract` finds them in text. */
  kassenzeichen?: { extract(text: string): string[] };
  /** Alternative to `kassenzeichen`: a function that finds every Kassenzeichen in a text. */
  extractKassenzeichen?: (text: string) => string[];
}

export interface BankStatementMatch {
  paymentId: string;
  paymentState: PaymentState;
  kassenzeichen: string;
  /** Cents received for this payment (for a transfer that paid several Kassenzeichen: this payment's share). */
  amount: number;
  expectedAmount: number;
  /** False means: flag `amount_mismatch` for the treasury, do not book as paid. */
  amountMatches: boolean;
  bookingDate: string | null;
  entryReference: string;
  /** True when one transfer paid several Kassenzeichen whose expected amounts add up to it. */
  sharedEntry: boolean;
}

export type UnmatchedReason =
  | "no_kassenzeichen"
  | "unknown_kassenzeichen"
  | "several_kassenzeichen"
  | "several_payments"
  | "currency";

export interface UnmatchedEntry {
  entry: BankStatementEntry;
  reason: UnmatchedReason;
  /** Kassenzeichen found in the entry (empty for `no_kassenzeichen`). */
  kassenzeichen: string[];
}

export type IgnoredReason = "debit" | "not_booked" | "duplicate_entry";

export interface IgnoredEntry {
  entry: BankStatementEntry;
  reason: IgnoredReason;
}

export interface BankStatementMatchResult {
  matched: BankStatementMatch[];
  unmatched: UnmatchedEntry[];
  ignored: IgnoredEntry[];
}

/** States in which a payment still waits for money; others still match (a double payment is flagged by the service). */
const OPEN_STATES: readonly PaymentState[] = ["created", "pending", "expired"];

function kassenzeichenIn(entry: BankStatementEntry, extract: (text: string) => string[]): string[] {
  const found: string[] = [];
  const add = (values: string[]) => {
    for (const value of values) if (!found.includes(value)) found.push(value);
  };
  const reference = entry.remittance.creditorReference;
  if (reference) add(extract(referenceOfCreditorReference(reference) ?? reference));
  // Banks cut remittance into lines of 35 or 140 characters, also inside a Kassenzeichen: join without a gap.
  add(extract(entry.remittance.unstructured.join("")));
  return found;
}

/** Among several payments with one Kassenzeichen, the single one still open; else none. */
function pickPayment(payments: readonly MatchCandidatePayment[]): MatchCandidatePayment | undefined {
  if (payments.length === 1) return payments[0];
  const open = payments.filter((payment) => OPEN_STATES.includes(payment.state));
  return open.length === 1 ? open[0] : undefined;
}

/**
 * Sorts statement entries into matched credits, unmatched credits (for the treasury) and ignored entries
 * (debits, entries not booked yet, repeats within the list).
 */
export async function matchBankStatement(
  entries: readonly BankStatementEntry[],
  options: MatchBankStatementOptions,
): Promise<BankStatementMatchResult> {
  const extract =
    options.extractKassenzeichen ??
    (options.kassenzeichen ? (text: string) => options.kassenzeichen?.extract(text) ?? [] : undefined);
  if (typeof extract !== "function") {
    throw new PaymentError("configuration_error", "matchBankStatement needs kassenzeichen or extractKassenzeichen.", {
      field: "kassenzeichen",
    });
  }
  if (typeof options.findByKassenzeichen !== "function") {
    throw new PaymentError("configuration_error", "matchBankStatement needs findByKassenzeichen.", {
      field: "findByKassenzeichen",
    });
  }
  const result: BankStatementMatchResult = { matched: [], unmatched: [], ignored: [] };
  const seen = new Set<string>();
  const lookups = new Map<string, Promise<readonly MatchCandidatePayment[]>>();
  const lookup = (kassenzeichen: string) => {
    let pending = lookups.get(kassenzeichen);
    if (!pending) {
      pending = options.findByKassenzeichen(kassenzeichen);
      lookups.set(kassenzeichen, pending);
    }
    return pending;
  };

  for (const entry of entries) {
    if (seen.has(entry.entryReference)) {
      result.ignored.push({ entry, reason: "duplicate_entry" });
      continue;
    }
    seen.add(entry.entryReference);
    if (entry.creditDebit !== "CRDT") {
      result.ignored.push({ entry, reason: "debit" });
      continue;
    }
    if (entry.status !== "BOOK") {
      result.ignored.push({ entry, reason: "not_booked" });
      continue;
    }
    const found = kassenzeichenIn(entry, extract);
    if (entry.currency !== "EUR") {
      result.unmatched.push({ entry, reason: "currency", kassenzeichen: found });
      continue;
    }
    if (found.length === 0) {
      result.unmatched.push({ entry, reason: "no_kassenzeichen", kassenzeichen: [] });
      continue;
    }
    const resolved: { kassenzeichen: string; payments: readonly MatchCandidatePayment[] }[] = [];
    for (const kassenzeichen of found) resolved.push({ kassenzeichen, payments: await lookup(kassenzeichen) });
    const known = resolved.filter((item) => item.payments.length > 0);
    if (known.length === 0) {
      result.unmatched.push({ entry, reason: "unknown_kassenzeichen", kassenzeichen: found });
      continue;
    }
    const picked = known.map((item) => ({ kassenzeichen: item.kassenzeichen, payment: pickPayment(item.payments) }));
    if (picked.some((item) => item.payment === undefined)) {
      result.unmatched.push({ entry, reason: "several_payments", kassenzeichen: found });
      continue;
    }
    const toMatch = picked as { kassenzeichen: string; payment: MatchCandidatePayment }[];
    const base = { bookingDate: entry.bookingDate, entryReference: entry.entryReference };
    if (toMatch.length === 1) {
      const [{ kassenzeichen, payment }] = toMatch as [(typeof toMatch)[number]];
      result.matched.push({
        ...base,
        paymentId: payment.id,
        paymentState: payment.state,
        kassenzeichen,
        amount: entry.amount,
        expectedAmount: payment.amount,
        amountMatches: entry.amount === payment.amount,
        sharedEntry: false,
      });
      continue;
    }
    // One transfer for several fees: only when the expected amounts add up exactly, else a person decides.
    const expectedSum = toMatch.reduce((sum, item) => sum + item.payment.amount, 0);
    const distinct = new Set(toMatch.map((item) => item.payment.id)).size === toMatch.length;
    if (!distinct || expectedSum !== entry.amount) {
      result.unmatched.push({ entry, reason: "several_kassenzeichen", kassenzeichen: found });
      continue;
    }
    for (const { kassenzeichen, payment } of toMatch) {
      result.matched.push({
        ...base,
        paymentId: payment.id,
        paymentState: payment.state,
        kassenzeichen,
        amount: payment.amount,
        expectedAmount: payment.amount,
        amountMatches: true,
        sharedEntry: true,
      });
    }
  }
  return result;
}
