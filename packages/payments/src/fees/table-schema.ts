/**
 * The zod schema of a fee table. Each entry of `fees` is checked by the service catalogue's own fee
 * schema (its English-message variant), so the catalogue stays the one definition of a fee; this schema
 * adds the table's frame and the cross-checks a computation relies on (unique ids, date order, English
 * labels that point at something).
 */
import { catalogSchemasFor, type Fee, isSlug } from "@digitale-kommune/service-catalog";
import { z } from "zod";
import { isIsoDate } from "./dates.js";

/** Most fees one table may hold; a service has a handful, so this only stops runaway input. */
export const MAX_FEES_PER_TABLE = 200;
export const MAX_VERSION_LENGTH = 40;
const MAX_URL_LENGTH = 2048;

/** Letters, digits, `.`, `_`, `-`; starting with a letter or digit. A loop, so no regex can backtrack. */
export function isFeeTableVersion(value: string): boolean {
  if (value.length === 0 || value.length > MAX_VERSION_LENGTH) return false;
  for (const [index, character] of [...value].entries()) {
    const alphanumeric =
      (character >= "a" && character <= "z") ||
      (character >= "A" && character <= "Z") ||
      (character >= "0" && character <= "9");
    if (alphanumeric) continue;
    if (index === 0 || !"._-".includes(character)) return false;
  }
  return true;
}

function singleLine(maxLength: number) {
  return z
    .string()
    .max(maxLength)
    .refine((value) => value.trim() !== "", { message: "must not be empty" })
    .refine((value) => !value.includes("\n") && !value.includes("\r"), { message: "must be a single line" });
}

const slugId = z
  .string()
  .max(100)
  .refine(isSlug, { message: "must be a slug: lower-case letters a–z, digits and single hyphens" });

const isoDate = z.string().max(10).refine(isIsoDate, { message: "must be an ISO date YYYY-MM-DD" });

const legalSourceSchema = z.strictObject({
  title: singleLine(500),
  url: z
    .url({ protocol: /^https?$/ })
    .max(MAX_URL_LENGTH)
    .optional(),
  paragraph: singleLine(100).optional(),
});

const englishLabelsSchema = z.strictObject({
  label: singleLine(200).optional(),
  unit: singleLine(100).optional(),
  basis: singleLine(500).optional(),
  addOns: z.record(slugId, singleLine(200)).optional(),
  reductions: z.record(slugId, singleLine(500)).optional(),
});

function createFeeTableSchema() {
  return z.strictObject({
    cityId: slugId,
    serviceId: slugId,
    version: z.string().refine(isFeeTableVersion, {
      message: `must be 1–${MAX_VERSION_LENGTH} letters, digits, ".", "_" or "-", starting with a letter or digit`,
    }),
    validFrom: isoDate,
    validUntil: isoDate.optional(),
    legalSource: legalSourceSchema,
    fees: z.array(catalogSchemasFor("en").fee).min(1).max(MAX_FEES_PER_TABLE),
    english: z.record(slugId, englishLabelsSchema).optional(),
  });
}

export type ParsedFeeTable = z.output<ReturnType<typeof createFeeTableSchema>>;

/** A problem found by the cross-checks, shaped like a zod issue. */
export interface FeeTableProblem {
  path: (string | number)[];
  code: "custom";
  message: string;
}

type Report = (path: (string | number)[], message: string) => void;

/**
 * The cross-checks a computation relies on, run only on a table whose fields all passed the schema: on a
 * half-parsed table they would report follow-up noise (or trip over a fee that is not even an object).
 */
export function findFeeTableProblems(table: ParsedFeeTable): FeeTableProblem[] {
  const problems: FeeTableProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, code: "custom", message });
  if (table.validUntil !== undefined && table.validUntil < table.validFrom) {
    report(["validUntil"], "must not be before validFrom");
  }
  checkFeeIds(table.fees, report);
  if (table.english) checkEnglishLabels(table.fees, table.english, report);
  return problems;
}

/** Fee ids are unique in the table; within a fee, the fee, add-on and reduction ids name distinct lines. */
function checkFeeIds(fees: readonly Fee[], report: Report): void {
  const feeIds = new Set<string>();
  for (const [feeIndex, fee] of fees.entries()) {
    if (feeIds.has(fee.id)) report(["fees", feeIndex, "id"], `fee id "${fee.id}" is used twice`);
    feeIds.add(fee.id);
    const lineIds = new Set<string>([fee.id]);
    const parts = [
      ["addOns", "addOns" in fee ? fee.addOns : undefined],
      ["reductions", "reductions" in fee ? fee.reductions : undefined],
    ] as const;
    for (const [key, entries] of parts) {
      for (const [index, entry] of (entries ?? []).entries()) {
        if (lineIds.has(entry.id)) {
          report(
            ["fees", feeIndex, key, index, "id"],
            `id "${entry.id}" is already used by this fee, its add-ons or reductions (line items need distinct ids)`,
          );
        }
        lineIds.add(entry.id);
      }
    }
  }
}

/** An English label for something the table does not have is a typo; it would never be shown. */
function checkEnglishLabels(
  fees: readonly Fee[],
  english: Record<string, z.output<typeof englishLabelsSchema>>,
  report: Report,
): void {
  for (const [feeId, labels] of Object.entries(english)) {
    const fee = fees.find((candidate) => candidate.id === feeId);
    if (!fee) {
      report(["english", feeId], `no fee with id "${feeId}" in this table`);
      continue;
    }
    if (labels.unit !== undefined && fee.kind !== "perUnit") {
      report(["english", feeId, "unit"], "only a perUnit fee has a unit");
    }
    if (labels.basis !== undefined && fee.kind !== "range") {
      report(["english", feeId, "basis"], "only a range fee has a basis");
    }
    const addOnIds = new Set(("addOns" in fee ? fee.addOns : undefined)?.map((addOn) => addOn.id));
    for (const id of Object.keys(labels.addOns ?? {})) {
      if (!addOnIds.has(id)) report(["english", feeId, "addOns", id], `fee "${feeId}" has no add-on "${id}"`);
    }
    const reductionIds = new Set(("reductions" in fee ? fee.reductions : undefined)?.map((reduction) => reduction.id));
    for (const id of Object.keys(labels.reductions ?? {})) {
      if (!reductionIds.has(id))
        report(["english", feeId, "reductions", id], `fee "${feeId}" has no reduction "${id}"`);
    }
  }
}

let feeTableSchema: ReturnType<typeof createFeeTableSchema> | undefined;

/** The schema, built on first use so that importing the package does not build the catalogue's schemas. */
export function getFeeTableSchema(): ReturnType<typeof createFeeTableSchema> {
  feeTableSchema ??= createFeeTableSchema();
  return feeTableSchema;
}
