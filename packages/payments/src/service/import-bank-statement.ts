/**
 * Importing a CAMT.053 bank statement end to end: parse (hardened), find the Kassenzeichen in each credit with the
 * bank-transfer provider's layout, match them to payments, and book the matches through the lifecycle. What cannot
 * be booked comes back in the report for the treasury; nothing is dropped silently.
 */
import { parseCamt053, statementEntries } from "../bank-transfer/camt053.js";
import type { KassenzeichenGenerator } from "../bank-transfer/kassenzeichen.js";
import { type IgnoredEntry, matchBankStatement, type UnmatchedEntry } from "../bank-transfer/match.js";
import { PaymentError } from "../core/errors.js";
import { applyBankStatementMatches, type BankStatementReport } from "./bank-statement.js";
import type { ResolvedOptions } from "./options.js";

export interface ImportBankStatementOptions {
  /** Id of the bank-transfer provider whose Kassenzeichen layout finds the references (default `bank-transfer`). */
  providerId?: string;
  /** Upper bound of the file size in bytes (default: the parser's 20 MB). */
  maxBytes?: number;
}

export interface ImportBankStatementReport extends BankStatementReport {
  /** The statement ids of the file (CAMT `Stmt/Id`), also recorded as the audit actor. */
  statementIds: string[];
  /** Credits without a usable Kassenzeichen, or with several that do not add up: for the treasury. */
  unmatched: UnmatchedEntry[];
  /** Debits, entries not booked yet, repeated entries. */
  ignored: IgnoredEntry[];
}

function kassenzeichenLayoutOf(options: ResolvedOptions, providerId: string): KassenzeichenGenerator {
  const provider = options.providers.get(providerId) as { kassenzeichen?: KassenzeichenGenerator } | undefined;
  if (!provider) {
    throw new PaymentError("unknown_provider", `No provider with the id "${providerId}" is configured.`, {
      field: "providerId",
    });
  }
  if (typeof provider.kassenzeichen?.extract !== "function") {
    throw new PaymentError(
      "configuration_error",
      `Provider "${providerId}" has no Kassenzeichen layout; bank statements need the bank-transfer provider.`,
      { field: "providerId" },
    );
  }
  return provider.kassenzeichen;
}

export async function importBankStatement(
  options: ResolvedOptions,
  camt053: string | Uint8Array,
  importOptions: ImportBankStatementOptions = {},
): Promise<ImportBankStatementReport> {
  const layout = kassenzeichenLayoutOf(options, importOptions.providerId ?? "bank-transfer");
  const document = parseCamt053(
    camt053,
    importOptions.maxBytes === undefined ? {} : { maxBytes: importOptions.maxBytes },
  );
  const entries = statementEntries(document);
  const statementIds = [...new Set(entries.map((entry) => entry.statementId))];
  const { matched, unmatched, ignored } = await matchBankStatement(entries, {
    kassenzeichen: layout,
    findByKassenzeichen: async (kassenzeichen) =>
      (await options.store.findByKassenzeichen(kassenzeichen)).map((payment) => ({
        id: payment.id,
        amount: payment.amount,
        state: payment.state,
      })),
  });
  const valueDates = new Map(entries.map((entry) => [entry.entryReference, entry.valueDate]));
  const report = await applyBankStatementMatches(
    options,
    matched.map((match) => ({
      kassenzeichen: match.kassenzeichen,
      amount: match.amount,
      // A booked CAMT entry always has a booking date; the value date stands in for the rare bank that omits it.
      bookingDate: match.bookingDate ?? valueDates.get(match.entryReference) ?? "",
      entryReference: match.entryReference,
    })),
    { statementId: statementIds.join(",") || "camt.053" },
  );
  return { ...report, statementIds, unmatched, ignored };
}
