import fc from "fast-check";
import validator from "validator";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { mod11_10CheckDigit } from "../core/checksums.js";
import { issuesFromZodError } from "../core/zod.js";
import { steuerId, steuerIdSchema } from "./index.js";

function codeOf(input: string): string | undefined {
  const result = steuerId.validate(input);
  return result.ok ? undefined : result.issues[0]?.code;
}

describe("steuerId: digit repetition in the first 10 digits", () => {
  it("rejects 11123456786, which python-stdnum's test suite calls valid", () => {
    // The check digit is right (MOD 11,10 of 1112345678 is 6) and the digit 1 occurs three times, which
    // python-stdnum allows; but the three 1s stand in adjacent positions, which the rule in force since 2016
    // forbids (python-stdnum has no adjacency check). validator.js isTaxID de-DE rejects it as well.
    expect(mod11_10CheckDigit("1112345678")).toBe(6);
    expect(codeOf("11123456786")).toBe("invalid_digit_repetition");
    expect(validator.isTaxID("11123456786", "de-DE")).toBe(false);
  });

  it("rejects a tripled digit in three adjacent positions anywhere, also at the end", () => {
    expect(mod11_10CheckDigit("2345678111")).toBe(8);
    expect(codeOf("23456781118")).toBe("invalid_digit_repetition");
  });

  it("accepts a tripled digit of which only two are adjacent, and a doubled digit side by side", () => {
    expect(steuerId.isValid("11213456783")).toBe(true);
    expect(steuerId.isValid("11234567890")).toBe(true);
  });

  it("judges only the first 10 digits: the check digit may repeat a digit", () => {
    // 9876543219 has 9 twice; its check digit 8 is a third 8 in the whole number.
    expect(mod11_10CheckDigit("9876543219")).toBe(8);
    expect(steuerId.isValid("98765432198")).toBe(true);
  });

  it("agrees with validator.js isTaxID de-DE on 11-digit strings", () => {
    const nearlyValid = fc.stringMatching(/^[1-9][0-9]{9}$/).map((digits) => `${digits}${mod11_10CheckDigit(digits)}`);
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[0-9]{11}$/), nearlyValid), (input) => {
        expect(steuerId.isValid(input)).toBe(validator.isTaxID(input, "de-DE"));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("steuerId: order of checks", () => {
  it.each([
    ["0123456789X", "invalid_characters"], // characters before length
    ["0123456789", "too_short"], // length before leading zero
    ["01234567896", "invalid_format"], // leading zero before repetition and checksum
    ["12345678903", "invalid_digit_repetition"], // correct check digit, but no repeated digit
    ["36574261800", "invalid_checksum"],
  ])("reports %j as %s", (input, code) => {
    expect(codeOf(input)).toBe(code);
    expect(steuerId.isValid(input)).toBe(false);
  });

  it("rejects a 10,000-digit input as too long", () => {
    expect(codeOf("1".repeat(10_000))).toBe("too_long");
  });
});

describe("steuerId: normalisation and display form", () => {
  it("removes ASCII spaces only and writes 2-3-3-3", () => {
    expect(steuerId.normalize(" 86 095 742 719 ")).toBe("86095742719");
    expect(steuerId.normalize("860 9574 2719")).toBe("86095742719");
    expect(steuerId.format("86095742719")).toBe("86 095 742 719");
    expect(steuerId.format("8 6 0 9 5 7 4 2 7 1 9")).toBe("86 095 742 719");
  });

  it("does not treat slashes, dashes or no-break spaces as separators", () => {
    expect(codeOf("86/095/742/719")).toBe("invalid_characters");
    expect(codeOf("86-095-742-719")).toBe("invalid_characters");
    expect(codeOf("86\u2009095\u2009742\u2009719")).toBe("invalid_characters");
  });

  it("returns anything that is not 11 digits compact instead of grouping it", () => {
    expect(steuerId.format("123 45")).toBe("12345");
    expect(steuerId.format("x 1")).toBe("x1");
  });
});

describe("steuerId messages and schema", () => {
  it("speaks German by default and English on request", () => {
    expect(steuerId.validate("36574261808")).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringMatching(/^Die Steuerliche Identifikationsnummer ist ungültig/) }],
    });
    expect(steuerId.validate("36574261808", { locale: "en" })).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringMatching(/^The tax identification number is not valid/) }],
    });
  });

  it("outputs the compact value inside a form and reports codes with the field path", () => {
    const form = z.object({ idnr: steuerIdSchema });
    expect(form.parse({ idnr: "36 574 261 809" })).toEqual({ idnr: "36574261809" });
    const result = form.safeParse({ idnr: "11123456786" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["idnr"], code: "invalid_digit_repetition", message: steuerId.messages.de.invalid_digit_repetition },
      ]);
    }
  });
});
