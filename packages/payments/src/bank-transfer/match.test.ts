// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isPaymentError } from "../core/errors.js";
import { type BankStatementEntry, parseCamt053, statementEntries } from "./camt053.js";
import { createKassenzeichenGenerator } from "./kassenzeichen.js";
import { type MatchCandidatePayment, matchBankStatement } from "./match.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

// The layout the fixtures were written with: 5100 + year + 8 random digits + Luhn.
const kassenzeichen = createKassenzeichenGenerator({
  prefix: "5100",
  parts: ["year2", { random: 8 }],
  checkDigit: "mod10-luhn",
});

const KZ = {
  parking: "510025123456782",
  dog: "510025876543216",
  certificate: "510025000000018",
  pending: "510025444411110",
  structured: "510025555500008",
} as const;

const payments: Record<string, MatchCandidatePayment[]> = {
  [KZ.parking]: [{ id: "pay-parking", amount: 2850, state: "pending" }],
  [KZ.dog]: [{ id: "pay-dog", amount: 1000, state: "created" }],
  [KZ.certificate]: [{ id: "pay-certificate", amount: 1500, state: "expired" }],
  [KZ.structured]: [{ id: "pay-structured", amount: 700, state: "pending" }],
};

function finder(table: Record<string, MatchCandidatePayment[]> = payments) {
  const calls: string[] = [];
  return {
    calls,
    findByKassenzeichen: async (value: string) => {
      calls.push(value);
      return table[value] ?? [];
    },
  };
}

function entry(overrides: Partial<BankStatementEntry> & { text?: string[] }): BankStatementEntry {
  const { text, ...rest } = overrides;
  return {
    entryReference: "E1",
    statementId: "S1",
    amount: 2850,
    currency: "EUR",
    creditDebit: "CRDT",
    status: "BOOK",
    bookingDate: "2025-06-17",
    valueDate: "2025-06-17",
    remittance: { unstructured: text ?? [], creditorReference: null },
    endToEndId: null,
    accountServicerReference: null,
    ...rest,
  };
}

describe("matchBankStatement on the camt.053.001.02 fixture", async () => {
  const entries = statementEntries(parseCamt053(fixture("camt053-001-02.xml")));
  const { findByKassenzeichen, calls } = finder();
  const result = await matchBankStatement(entries, { findByKassenzeichen, kassenzeichen });

  it("matches by Kassenzeichen in grouped text, across bank line breaks, hyphenated and in the RF reference", () => {
    expect(result.matched).toEqual([
      {
        paymentId: "pay-parking",
        paymentState: "pending",
        kassenzeichen: KZ.parking,
        amount: 2850,
        expectedAmount: 2850,
        amountMatches: true,
        bookingDate: "2025-06-16",
        entryReference: "2025061600001",
        sharedEntry: false,
      },
      expect.objectContaining({ paymentId: "pay-dog", kassenzeichen: KZ.dog, amount: 1000, amountMatches: true }),
      expect.objectContaining({
        paymentId: "pay-certificate",
        paymentState: "expired",
        kassenzeichen: KZ.certificate,
        entryReference: "2025061600002#2",
        amountMatches: true,
      }),
      expect.objectContaining({ paymentId: "pay-structured", kassenzeichen: KZ.structured, amount: 700 }),
    ]);
  });

  it("leaves a credit without Kassenzeichen for the treasury", () => {
    expect(result.unmatched).toHaveLength(1);
    expect(result.unmatched[0]).toMatchObject({
      reason: "no_kassenzeichen",
      kassenzeichen: [],
      entry: { entryReference: "2025061600002#3", amount: 500 },
    });
  });

  it("ignores debits and entries not booked yet", () => {
    expect(result.ignored.map((item) => [item.entry.entryReference, item.reason])).toEqual([
      ["2025061600003", "debit"],
      ["2025061600004", "not_booked"],
    ]);
    // The pending entry's Kassenzeichen was never even looked up.
    expect(calls).not.toContain(KZ.pending);
  });
});

describe("matchBankStatement on the camt.053.001.08 fixture", async () => {
  const entries = statementEntries(parseCamt053(fixture("camt053-001-08.xml")));
  const result = await matchBankStatement(entries, { ...finder(), kassenzeichen });

  it("matches but flags a transfer of the wrong amount", () => {
    expect(result.matched[0]).toMatchObject({
      paymentId: "pay-parking",
      amount: 2800,
      expectedAmount: 2850,
      amountMatches: false,
      bookingDate: "2025-06-17",
    });
  });

  it("splits one transfer for two Kassenzeichen when the expected amounts add up", () => {
    const shared = result.matched.filter((match) => match.entryReference === "A-0002");
    expect(shared.map((match) => [match.paymentId, match.amount, match.amountMatches, match.sharedEntry])).toEqual([
      ["pay-dog", 1000, true, true],
      ["pay-certificate", 1500, true, true],
    ]);
  });

  it("reports a Kassenzeichen that was never issued", () => {
    expect(result.unmatched).toEqual([
      expect.objectContaining({ reason: "unknown_kassenzeichen", kassenzeichen: [KZ.pending] }),
    ]);
    expect(result.ignored.map((item) => item.reason)).toEqual(["not_booked"]);
  });
});

describe("matchBankStatement edge cases", () => {
  it("does not split two Kassenzeichen whose amounts do not add up", async () => {
    const result = await matchBankStatement([entry({ amount: 2000, text: [`${KZ.dog} ${KZ.certificate}`] })], {
      ...finder(),
      kassenzeichen,
    });
    expect(result.matched).toEqual([]);
    expect(result.unmatched[0]).toMatchObject({
      reason: "several_kassenzeichen",
      kassenzeichen: [KZ.dog, KZ.certificate],
    });
  });

  it("matches the known one when a second Kassenzeichen in the line is unknown", async () => {
    const result = await matchBankStatement([entry({ amount: 1000, text: [`${KZ.dog} / ${KZ.pending}`] })], {
      ...finder(),
      kassenzeichen,
    });
    expect(result.matched).toEqual([expect.objectContaining({ paymentId: "pay-dog", amountMatches: true })]);
  });

  it("prefers the one open payment when a Kassenzeichen was used twice, else leaves it to the treasury", async () => {
    const table = {
      [KZ.dog]: [
        { id: "old", amount: 1000, state: "succeeded" as const },
        { id: "new", amount: 1000, state: "pending" as const },
      ],
      [KZ.parking]: [
        { id: "a", amount: 2850, state: "pending" as const },
        { id: "b", amount: 2850, state: "created" as const },
      ],
    };
    const result = await matchBankStatement(
      [
        entry({ entryReference: "1", amount: 1000, text: [KZ.dog] }),
        entry({ entryReference: "2", text: [KZ.parking] }),
      ],
      { ...finder(table), kassenzeichen },
    );
    expect(result.matched.map((match) => match.paymentId)).toEqual(["new"]);
    expect(result.unmatched[0]).toMatchObject({ reason: "several_payments", kassenzeichen: [KZ.parking] });
  });

  it("still matches a payment that is already paid, so the service can flag a double payment", async () => {
    const table = { [KZ.dog]: [{ id: "paid", amount: 1000, state: "succeeded" as const }] };
    const result = await matchBankStatement([entry({ amount: 1000, text: [KZ.dog] })], {
      ...finder(table),
      kassenzeichen,
    });
    expect(result.matched[0]).toMatchObject({ paymentId: "paid", paymentState: "succeeded" });
  });

  it("ignores a repeated entry reference and looks each Kassenzeichen up once", async () => {
    const { findByKassenzeichen, calls } = finder();
    const repeated = entry({ text: [KZ.parking] });
    const result = await matchBankStatement([repeated, repeated, entry({ entryReference: "E2", text: [KZ.parking] })], {
      findByKassenzeichen,
      kassenzeichen,
    });
    expect(result.ignored.map((item) => item.reason)).toEqual(["duplicate_entry"]);
    expect(result.matched).toHaveLength(2);
    expect(calls).toEqual([KZ.parking]);
  });

  it("leaves foreign-currency credits unmatched", async () => {
    const result = await matchBankStatement([entry({ currency: "CHF", text: [KZ.parking] })], {
      ...finder(),
      kassenzeichen,
    });
    expect(result.unmatched[0]).toMatchObject({ reason: "currency", kassenzeichen: [KZ.parking] });
  });

  it("finds the Kassenzeichen when the structured reference is the Kassenzeichen itself", async () => {
    const result = await matchBankStatement(
      [entry({ amount: 700, remittance: { unstructured: [], creditorReference: KZ.structured } })],
      { ...finder(), kassenzeichen },
    );
    expect(result.matched[0]).toMatchObject({ paymentId: "pay-structured" });
  });

  it("accepts a custom extractor", async () => {
    const result = await matchBankStatement([entry({ text: ["Az. 123"] })], {
      ...finder({ "AZ-123": [{ id: "custom", amount: 2850, state: "pending" }] }),
      extractKassenzeichen: (text) => (text.includes("123") ? ["AZ-123"] : []),
    });
    expect(result.matched[0]).toMatchObject({ paymentId: "custom", kassenzeichen: "AZ-123" });
  });

  it("needs an extractor and a finder", async () => {
    await expect(matchBankStatement([], { findByKassenzeichen: finder().findByKassenzeichen })).rejects.toSatisfy(
      (error) => isPaymentError(error, "configuration_error"),
    );
    await expect(
      matchBankStatement([], { kassenzeichen } as unknown as Parameters<typeof matchBankStatement>[1]),
    ).rejects.toMatchObject({ code: "configuration_error", field: "findByKassenzeichen" });
  });
});
