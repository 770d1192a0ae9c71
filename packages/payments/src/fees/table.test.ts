// @vitest-environment node
import { describe, expect, it } from "vitest";
import { PaymentError } from "../core/errors.js";
import { fees, reisepass, tableInput } from "./fixtures.test-data.js";
import { defineFeeTable, feeTableVersionOf, formatIssuePath, isFeeTableValidOn } from "./table.js";
import { isFeeTableVersion } from "./table-schema.js";

function tableError(input: unknown): PaymentError {
  try {
    defineFeeTable(input);
  } catch (error) {
    if (error instanceof PaymentError) return error;
    throw error;
  }
  throw new Error("expected invalid_fee_table");
}

const FACT = { source: "Test", confidence: "verified" } as const;

describe("defineFeeTable", () => {
  it("accepts the catalogue's fee objects unchanged and returns a frozen copy", () => {
    const table = defineFeeTable(tableInput);
    expect(table.fees).toEqual(fees);
    expect(table.fees).not.toBe(tableInput.fees);
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table.fees[0])).toBe(true);
    expect(Object.isFrozen(table.legalSource)).toBe(true);
    expect(Object.isFrozen(tableInput)).toBe(false);
    expect(() => {
      (table.fees as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it("names the table by city, service and version", () => {
    expect(feeTableVersionOf(defineFeeTable(tableInput))).toBe("giessen/testleistung@2025-01-01");
  });

  it("knows the days it applies, validUntil inclusive, open-ended without validUntil", () => {
    const table = defineFeeTable(tableInput);
    expect(isFeeTableValidOn(table, "2023-12-31")).toBe(false);
    expect(isFeeTableValidOn(table, "2024-01-01")).toBe(true);
    expect(isFeeTableValidOn(table, "2030-12-31")).toBe(true);
    expect(isFeeTableValidOn(table, "2031-01-01")).toBe(false);
    const { validUntil: _omitted, ...openEnded } = tableInput;
    expect(isFeeTableValidOn(defineFeeTable(openEnded), "2999-01-01")).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ["a negative amount", { ...tableInput, fees: [{ id: "x", kind: "fixed", amount: -1, ...FACT }] }, "fees[0].amount"],
    [
      "an amount in euros",
      { ...tableInput, fees: [{ id: "x", kind: "fixed", amount: 12.5, ...FACT }] },
      "fees[0].amount",
    ],
    [
      "overlapping age tiers (the catalogue's own check)",
      {
        ...tableInput,
        english: undefined,
        fees: [
          {
            id: "x",
            kind: "byAge",
            tiers: [
              { maxAge: 30, amount: 1 },
              { minAge: 24, amount: 2 },
            ],
            ...FACT,
          },
        ],
      },
      "fees[0].tiers[1]",
    ],
    ["an unknown kind", { ...tableInput, fees: [{ id: "x", kind: "flat", amount: 1, ...FACT }] }, "fees[0].kind"],
    ["a fee that is not an object", { ...tableInput, english: undefined, fees: [null] }, "fees[0]"],
    ["no fees", { ...tableInput, fees: [], english: undefined }, "fees"],
    ["a duplicate fee id", { ...tableInput, fees: [...fees, { ...fees[1] }] }, `fees[${fees.length}].id`],
    [
      "an add-on with the id of a reduction",
      {
        ...tableInput,
        english: undefined,
        fees: [
          {
            ...reisepass,
            addOns: [{ id: "ehrenamt", label: "X", amount: 1 }],
          },
        ],
      },
      "fees[0].reductions[1].id",
    ],
    ["a missing version", { ...tableInput, version: undefined }, "version"],
    ["a version with a slash", { ...tableInput, version: "2025/1" }, "version"],
    ["a city id that is not a slug", { ...tableInput, cityId: "Gießen" }, "cityId"],
    ["a date that does not exist", { ...tableInput, validFrom: "2025-02-29" }, "validFrom"],
    ["validUntil before validFrom", { ...tableInput, validUntil: "2023-12-31" }, "validUntil"],
    ["a legal source without a title", { ...tableInput, legalSource: { title: " " } }, "legalSource.title"],
    [
      "a javascript: address as legal source",
      { ...tableInput, legalSource: { title: "Satzung", url: "javascript:alert(1)" } },
      "legalSource.url",
    ],
    ["an unknown field", { ...tableInput, currency: "EUR" }, ""],
    [
      "English labels for a fee that does not exist",
      { ...tableInput, english: { nope: { label: "X" } } },
      "english.nope",
    ],
    [
      "English labels for an add-on that does not exist",
      { ...tableInput, english: { reisepass: { addOns: { turbo: "Turbo" } } } },
      "english.reisepass.addOns.turbo",
    ],
    [
      "an English unit for a fixed fee",
      { ...tableInput, english: { fuehrungszeugnis: { unit: "x" } } },
      "english.fuehrungszeugnis.unit",
    ],
  ])("rejects %s as invalid_fee_table at %j", (_name, input, path) => {
    const error = tableError(input);
    expect(error.code).toBe("invalid_fee_table");
    expect(error.field).toBe(path === "" ? undefined : path);
    expect(error.message).toContain(path === "" ? "at the top level" : `at ${path}:`);
    const issues = error.details.issues as { path: string; message: string }[];
    expect(issues[0]?.path).toBe(path);
  });

  it("lists every issue in details, the first one in the message", () => {
    const error = tableError({ ...tableInput, version: "", validFrom: "gestern", fees: [] });
    const issues = error.details.issues as { path: string; message: string }[];
    expect(issues.map((issue) => issue.path)).toEqual(["version", "validFrom", "fees"]);
    expect(error.message).toMatch(/^The fee table is invalid at version: /);
  });

  it.each([null, "table", 42, []])("rejects %j as a table", (input) => {
    expect(tableError(input).code).toBe("invalid_fee_table");
  });
});

describe("isFeeTableVersion", () => {
  it.each(["2025-01-01", "v2", "2025.1", "a_b"])("accepts %s", (value) => expect(isFeeTableVersion(value)).toBe(true));
  it.each(["", "-1", "2025/1", "a@b", "a b", "x".repeat(41), "ä"])("rejects %j", (value) =>
    expect(isFeeTableVersion(value)).toBe(false),
  );
});

describe("formatIssuePath", () => {
  it("writes indices in brackets and keys with dots", () => {
    expect(formatIssuePath(["fees", 0, "tiers", 1, "amount"])).toBe("fees[0].tiers[1].amount");
    expect(formatIssuePath([])).toBe("");
    expect(formatIssuePath([2])).toBe("[2]");
  });
});
