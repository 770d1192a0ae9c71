/**
 * Computing a fee on the server: from a validated fee table, the citizen's selection and the day, to line
 * items with booking data, a total in cents and a plain-language explanation. The amount never comes
 * from the browser; the selection only names the fee and what its kind needs.
 *
 * Reductions, in the order the table lists them (not the order the client sends them):
 * - percent: the percentage of the subtotal (base + add-ons), rounded commercially to whole cents (half
 *   a cent rounds up, in the citizen's favour); several percentages do not compound.
 * - amount: the amount as written.
 * - exemption: whatever remains, so the total becomes 0.
 * Each reduction is limited to what remains, so the total is never negative; a reduction that finds
 * nothing left still gets its line (0,00 €), so the record shows every reason that was claimed.
 */
import type { Fee } from "@digitale-kommune/service-catalog";
import { PaymentError } from "../core/errors.js";
import type { BookingData, LineItem, LocalizedText } from "../core/types.js";
import { multiplyCents, percentOfCents, sumCents } from "../money/arithmetic.js";
import { completedYears, isIsoDate } from "./dates.js";
import { type BaseDetail, explainFee, explainFreeFee, type ReductionFact, reductionLabel } from "./explanation.js";
import {
  invalidInput,
  MAX_AGE,
  type ParsedSelection,
  parseSelection,
  pickByIds,
  rejectFieldsNotUsedBy,
} from "./selection.js";
import { ensureFeeTable, feeTableVersionOf, isFeeTableValidOn } from "./table.js";
import type { ComputeFeeOptions, FeeComputation, FeeEnglishLabels, FeeSelection, FeeTable } from "./types.js";

type ComputableFee = Exclude<Fee, { kind: "unknown" }>;
type PricedFee = Exclude<ComputableFee, { kind: "free" }>;

interface BaseLine {
  quantity: number;
  unitAmount: number;
  amount: number;
  detail: BaseDetail;
}

const FALLBACK_LABEL: LocalizedText = { de: "Gebühr", en: "Fee" };

/** A value of a record only when the record itself has the key (a fee id may be `constructor`). */
function own<Value>(record: Record<string, Value> | undefined, key: string): Value | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

function bookingOf(fee: Fee): BookingData {
  return {
    ...(fee.haushaltsstelle === undefined ? {} : { haushaltsstelle: fee.haushaltsstelle }),
    ...(fee.objektnummer === undefined ? {} : { objektnummer: fee.objektnummer }),
  };
}

function notApplicable(message: string, field: string, details: Record<string, unknown> = {}): PaymentError {
  return new PaymentError("fee_not_applicable", message, { field, details });
}

function requireQuantity(value: number | undefined, field: "units" | "periods", kind: Fee["kind"]): number {
  if (value === undefined) throw invalidInput(field, `is required for a fee of kind ${kind}`, { kind });
  return value;
}

function ageOf(selection: ParsedSelection, date: string): { age: number; field: "age" | "birthDate" } {
  if (selection.age !== undefined && selection.birthDate !== undefined) {
    throw invalidInput("birthDate", "must not be given together with age; give one of them");
  }
  if (selection.age !== undefined) return { age: selection.age, field: "age" };
  if (selection.birthDate === undefined)
    throw invalidInput("age", "(or birthDate) is required for a fee of kind byAge");
  const age = completedYears(selection.birthDate, date);
  if (age === undefined) throw invalidInput("birthDate", "must not be after the date of the computation");
  if (age > MAX_AGE) throw invalidInput("birthDate", `gives an age above ${MAX_AGE}`);
  return { age, field: "birthDate" };
}

function baseLineOf(fee: PricedFee, selection: ParsedSelection, date: string, english?: FeeEnglishLabels): BaseLine {
  switch (fee.kind) {
    case "fixed":
      return { quantity: 1, unitAmount: fee.amount, amount: fee.amount, detail: { kind: "fixed" } };
    case "perUnit": {
      const units = requireQuantity(selection.units, "units", fee.kind);
      const amount = multiplyCents(fee.amountPerUnit, units, { field: "units" });
      const unit = { de: fee.unit, en: english?.unit ?? fee.unit };
      return {
        quantity: units,
        unitAmount: fee.amountPerUnit,
        amount,
        detail: { kind: "perUnit", units, unit, unitAmount: fee.amountPerUnit },
      };
    }
    case "perPeriod": {
      const periods = requireQuantity(selection.periods, "periods", fee.kind);
      const amount = multiplyCents(fee.amount, periods, { field: "periods" });
      const detail: BaseDetail = { kind: "perPeriod", periods, unitAmount: fee.amount, period: fee.period };
      return { quantity: periods, unitAmount: fee.amount, amount, detail };
    }
    case "range": {
      const chosen = selection.chosenAmount;
      if (chosen === undefined) throw invalidInput("chosenAmount", "is required for a fee of kind range");
      if (chosen < fee.minAmount || chosen > fee.maxAmount) {
        throw invalidInput("chosenAmount", `must lie between ${fee.minAmount} and ${fee.maxAmount} cents`, {
          minAmount: fee.minAmount,
          maxAmount: fee.maxAmount,
        });
      }
      const basis = fee.basis === undefined ? {} : { basis: { de: fee.basis, en: english?.basis ?? fee.basis } };
      const detail: BaseDetail = { kind: "range", minAmount: fee.minAmount, maxAmount: fee.maxAmount, ...basis };
      return { quantity: 1, unitAmount: chosen, amount: chosen, detail };
    }
    case "byAge": {
      const { age, field } = ageOf(selection, date);
      const tier = fee.tiers.find((t) => (t.minAge ?? 0) <= age && (t.maxAge === undefined || age <= t.maxAge));
      // The age itself stays out of the message: it is personal data when it came from a birth date.
      if (!tier) throw notApplicable(`The fee "${fee.id}" has no age tier for the given age (field ${field}).`, field);
      const detail: BaseDetail = {
        kind: "byAge",
        ...(tier.minAge === undefined ? {} : { minAge: tier.minAge }),
        ...(tier.maxAge === undefined ? {} : { maxAge: tier.maxAge }),
      };
      return { quantity: 1, unitAmount: tier.amount, amount: tier.amount, detail };
    }
  }
}

function checkApplicable(table: FeeTable, selection: ParsedSelection, date: string): ComputableFee {
  const version = feeTableVersionOf(table);
  if (!isFeeTableValidOn(table, date)) {
    const until = table.validUntil ?? "open end";
    throw notApplicable(
      `The fee table ${version} does not apply on ${date} (valid ${table.validFrom} to ${until}; field date).`,
      "date",
      {
        validFrom: table.validFrom,
        validUntil: table.validUntil ?? null,
      },
    );
  }
  const fee = table.fees.find((candidate) => candidate.id === selection.feeId);
  if (!fee) {
    throw notApplicable(`The fee table ${version} has no fee "${selection.feeId}" (field feeId).`, "feeId", {
      feeIds: table.fees.map((candidate) => candidate.id),
    });
  }
  if (
    (fee.validFrom !== undefined && date < fee.validFrom) ||
    (fee.validUntil !== undefined && date > fee.validUntil)
  ) {
    throw notApplicable(`The fee "${fee.id}" does not apply on ${date} (field date).`, "date", {
      validFrom: fee.validFrom ?? null,
      validUntil: fee.validUntil ?? null,
    });
  }
  if (fee.kind === "unknown") {
    throw notApplicable(`The fee "${fee.id}" has no amount yet and cannot be computed (field feeId).`, "feeId", {
      text: fee.text,
    });
  }
  return fee;
}

/**
 * Computes the fee the selection names, as the table says on `date`. Server-side only. Errors are
 * `PaymentError`s: `fee_not_applicable` (unknown fee id, fee of kind `unknown`, table or fee not valid on
 * the date, no age tier), `invalid_input` with the field (missing or bad units, periods, chosenAmount,
 * age, birthDate, add-on or reduction ids, date), `invalid_amount` (a total beyond safe integers) and
 * `invalid_fee_table` (a table that was not made by `defineFeeTable` and does not validate).
 */
export function computeFee(table: FeeTable, selection: FeeSelection, options: ComputeFeeOptions): FeeComputation {
  const validTable = ensureFeeTable(table);
  const date = options?.date;
  if (!isIsoDate(date)) {
    throw new PaymentError("invalid_input", "The computation date must be an ISO date YYYY-MM-DD (field date).", {
      field: "date",
    });
  }
  const chosen = parseSelection(selection);
  const fee = checkApplicable(validTable, chosen, date);
  rejectFieldsNotUsedBy(fee.kind, chosen);
  const addOns = pickByIds("addOns", chosen.addOns, "addOns" in fee ? fee.addOns : undefined);
  const reductions = pickByIds("reductions", chosen.reductions, "reductions" in fee ? fee.reductions : undefined);

  const english = own(validTable.english, fee.id);
  const label = fee.label === undefined ? undefined : { de: fee.label, en: english?.label ?? fee.label };
  const booking = bookingOf(fee);
  const common = { feeId: fee.id, feeTableVersion: feeTableVersionOf(validTable), legalSource: validTable.legalSource };

  if (fee.kind === "free") {
    const line: LineItem = {
      id: fee.id,
      label: label ?? FALLBACK_LABEL,
      quantity: 1,
      unitAmount: 0,
      amount: 0,
      booking,
    };
    return { ...common, lineItems: [line], total: 0, explanation: explainFreeFee(label) };
  }

  const base = baseLineOf(fee, chosen, date, english);
  const lineItems: LineItem[] = [
    {
      id: fee.id,
      label: label ?? FALLBACK_LABEL,
      quantity: base.quantity,
      unitAmount: base.unitAmount,
      amount: base.amount,
      booking,
    },
  ];
  const addOnFacts = addOns.map((addOn) => {
    const addOnLabel = { de: addOn.label, en: own(english?.addOns, addOn.id) ?? addOn.label };
    lineItems.push({
      id: addOn.id,
      label: addOnLabel,
      quantity: 1,
      unitAmount: addOn.amount,
      amount: addOn.amount,
      booking,
    });
    return { label: addOnLabel, amount: addOn.amount };
  });

  const subtotal = sumCents(
    lineItems.map((line) => line.amount),
    { field: "addOns" },
  );
  let remaining = subtotal;
  const reductionFacts: ReductionFact[] = reductions.map((reduction) => {
    const wanted =
      reduction.kind === "exemption"
        ? remaining
        : reduction.kind === "percent"
          ? percentOfCents(subtotal, reduction.percent)
          : reduction.amount;
    const applied = Math.min(wanted, remaining);
    remaining -= applied;
    // `0 - applied`, not `-applied`: a reduction of nothing must be 0, never -0.
    const amount = 0 - applied;
    const fact: ReductionFact = {
      kind: reduction.kind,
      ...(reduction.kind === "percent" ? { percent: reduction.percent } : {}),
      reason: { de: reduction.reason, en: own(english?.reductions, reduction.id) ?? reduction.reason },
      amount,
      limited: applied < wanted,
    };
    lineItems.push({ id: reduction.id, label: reductionLabel(fact), quantity: 1, unitAmount: amount, amount, booking });
    return fact;
  });

  const total = sumCents(
    lineItems.map((line) => line.amount),
    { field: "total" },
  );
  const explanation = explainFee({
    label,
    baseAmount: base.amount,
    detail: base.detail,
    addOns: addOnFacts,
    reductions: reductionFacts,
    total,
  });
  return { ...common, lineItems, total, explanation };
}
