/**
 * Making a fee table: validate the declarative input once, freeze it, and remember that it was
 * validated, so `computeFee` can trust it without parsing it again on every request (and re-validates
 * anything that did not come from here).
 */
import { catalogErrorMap } from "@digitale-kommune/service-catalog";
import { PaymentError } from "../core/errors.js";
import { findFeeTableProblems, getFeeTableSchema } from "./table-schema.js";
import type { FeeTable } from "./types.js";

const validatedTables = new WeakSet<object>();

/** `["fees", 0, "tiers", 1, "amount"]` → `fees[0].tiers[1].amount`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let result = "";
  for (const key of path) {
    if (typeof key === "number") result += `[${key}]`;
    else result += result === "" ? String(key) : `.${String(key)}`;
  }
  return result;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function invalidFeeTable(
  issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[],
): PaymentError {
  const listed = issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    code: issue.code,
    message: issue.message,
  }));
  const first = listed[0];
  const where = first === undefined || first.path === "" ? "at the top level" : `at ${first.path}`;
  return new PaymentError(
    "invalid_fee_table",
    `The fee table is invalid ${where}: ${first?.message ?? "unknown problem"}`,
    {
      ...(first?.path ? { field: first.path } : {}),
      details: { issues: listed },
    },
  );
}

/**
 * Validates a fee table (see `FeeTableInput`) and returns it frozen. Throws a `PaymentError` with code
 * `invalid_fee_table`: the message and `field` name the path of the first problem, `details.issues`
 * lists them all.
 */
export function defineFeeTable(input: unknown): FeeTable {
  const result = getFeeTableSchema().safeParse(input, { error: catalogErrorMap("en") });
  if (!result.success) throw invalidFeeTable(result.error.issues);
  const problems = findFeeTableProblems(result.data);
  if (problems.length > 0) throw invalidFeeTable(problems);
  // Frozen, so nothing can change a table after it passed validation; zod's output is a fresh copy, so
  // the caller's input stays as it was.
  const table = deepFreeze(result.data) as FeeTable;
  validatedTables.add(table);
  return table;
}

/** The table itself when `defineFeeTable` made it, otherwise the result of validating it now. */
export function ensureFeeTable(table: unknown): FeeTable {
  if (table !== null && typeof table === "object" && validatedTables.has(table)) return table as FeeTable;
  return defineFeeTable(table);
}

/** `<city>/<service>@<version>`, the identifier a payment stores, e.g. `giessen/reisepass-beantragen@2024-01-01`. */
export function feeTableVersionOf(table: Pick<FeeTable, "cityId" | "serviceId" | "version">): string {
  return `${table.cityId}/${table.serviceId}@${table.version}`;
}

/** Whether the table applies on `date` (ISO; `validUntil` is inclusive). */
export function isFeeTableValidOn(table: Pick<FeeTable, "validFrom" | "validUntil">, date: string): boolean {
  return table.validFrom <= date && (table.validUntil === undefined || date <= table.validUntil);
}
