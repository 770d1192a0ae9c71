/**
 * Checking a fee selection. The selection comes from a form or an API call, so it is untrusted: its shape
 * is checked first (types, bounds, no unknown fields), then against the fee it names (the fields its kind
 * needs, and nothing else; add-on and reduction ids that exist, each once).
 */
import type { Fee } from "@digitale-kommune/service-catalog";
import { z } from "zod";
import { PaymentError } from "../core/errors.js";
import { isIsoDate } from "./dates.js";
import { formatIssuePath } from "./table.js";
import type { FeeSelection } from "./types.js";

/** Most units or periods one computation accepts: far beyond any real case, small enough to stay exact. */
export const MAX_QUANTITY = 1_000_000;
/** Oldest age accepted, as in the catalogue's age tiers. */
export const MAX_AGE = 150;
const MAX_CHOICES = 50;
const MAX_ID_LENGTH = 100;

const id = z.string().min(1).max(MAX_ID_LENGTH);
const quantity = z.number().int().min(1).max(MAX_QUANTITY);

const selectionSchema = z.strictObject({
  feeId: id,
  units: quantity.optional(),
  periods: quantity.optional(),
  chosenAmount: z.number().int().min(0).optional(),
  age: z.number().int().min(0).max(MAX_AGE).optional(),
  birthDate: z.string().max(10).refine(isIsoDate, { message: "must be an ISO date YYYY-MM-DD" }).optional(),
  addOns: z.array(id).max(MAX_CHOICES).optional(),
  reductions: z.array(id).max(MAX_CHOICES).optional(),
});

export type ParsedSelection = z.output<typeof selectionSchema>;

export function invalidInput(field: string, problem: string, details: Record<string, unknown> = {}): PaymentError {
  return new PaymentError("invalid_input", `Invalid fee selection: ${field} ${problem}.`, { field, details });
}

/** The selection's shape; throws `invalid_input` naming the first bad field. */
export function parseSelection(selection: FeeSelection): ParsedSelection {
  const result = selectionSchema.safeParse(selection);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  let field = issue === undefined || issue.path.length === 0 ? "selection" : formatIssuePath(issue.path);
  // An unknown field is reported on the object; name the field itself, as for every other problem.
  if (issue?.code === "unrecognized_keys" && issue.keys[0] !== undefined) field = issue.keys[0].slice(0, MAX_ID_LENGTH);
  // zod's message may quote an unknown key the client sent; bounded so hostile input cannot bloat logs.
  const problem = issue?.message ? `is invalid (${issue.message.slice(0, 200)})` : "is invalid";
  throw invalidInput(field, problem);
}

type SelectionField = "units" | "periods" | "chosenAmount" | "age" | "birthDate";

/** Which kind-specific fields each kind reads. `unknown` fees never get this far. */
const FIELDS_BY_KIND: Record<Exclude<Fee["kind"], "unknown">, readonly SelectionField[]> = {
  fixed: [],
  perUnit: ["units"],
  perPeriod: ["periods"],
  range: ["chosenAmount"],
  byAge: ["age", "birthDate"],
  free: [],
};

const ALL_FIELDS: readonly SelectionField[] = ["units", "periods", "chosenAmount", "age", "birthDate"];

/** Rejects fields the fee's kind does not use: a client sending them has misunderstood the fee. */
export function rejectFieldsNotUsedBy(kind: Exclude<Fee["kind"], "unknown">, selection: ParsedSelection): void {
  const used = FIELDS_BY_KIND[kind];
  for (const field of ALL_FIELDS) {
    if (selection[field] !== undefined && !used.includes(field)) {
      throw invalidInput(field, `is not used by a fee of kind ${kind}`, { kind });
    }
  }
}

/**
 * The entries of `available` that `chosenIds` names, in the table's order (so the result never depends
 * on the order a client lists them); an unknown or repeated id is `invalid_input` at `field[index]`.
 */
export function pickByIds<Entry extends { id: string }>(
  field: "addOns" | "reductions",
  chosenIds: readonly string[] | undefined,
  available: readonly Entry[] | undefined,
): Entry[] {
  const chosen = new Set<string>();
  for (const [index, chosenId] of (chosenIds ?? []).entries()) {
    if (chosen.has(chosenId)) throw invalidInput(`${field}[${index}]`, "is listed twice");
    if (!available?.some((entry) => entry.id === chosenId)) {
      const what = field === "addOns" ? "add-on" : "reduction";
      throw invalidInput(`${field}[${index}]`, `names no ${what} of this fee`, {
        id: chosenId.slice(0, MAX_ID_LENGTH),
      });
    }
    chosen.add(chosenId);
  }
  return (available ?? []).filter((entry) => chosen.has(entry.id));
}
