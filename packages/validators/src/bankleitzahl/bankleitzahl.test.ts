import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "../core/zod.js";
import { bankleitzahl, bankleitzahlSchema } from "./index.js";

function codeOf(input: string): string | undefined {
  const result = bankleitzahl.validate(input);
  return result.ok ? undefined : result.issues[0]?.code;
}

describe("bankleitzahl: Clearinggebiet", () => {
  it("accepts every first digit 1-8 and rejects 0 and 9 as unknown_code", () => {
    for (const first of "12345678") expect(bankleitzahl.isValid(`${first}0000000`)).toBe(true);
    for (const first of "09") expect(codeOf(`${first}0000000`)).toBe("unknown_code");
  });

  it("decides by the first digit alone among well-formed 8-digit strings", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8}$/), (input) => {
        expect(bankleitzahl.isValid(input)).toBe(input[0] !== "0" && input[0] !== "9");
      }),
    );
  });
});

describe("bankleitzahl: order of checks, normalisation and display form", () => {
  it.each([
    ["9704004", "too_short"], // length before the Clearinggebiet
    ["0704004X", "invalid_characters"], // characters before everything else
    ["970400440", "too_long"],
  ])("reports %j as %s", (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it("rejects a 10,000-digit input as too long", () => {
    expect(codeOf("1".repeat(10_000))).toBe("too_long");
  });

  it("removes ASCII spaces only and displays 3-3-2", () => {
    expect(bankleitzahl.normalize(" 370 400 44 ")).toBe("37040044");
    expect(bankleitzahl.format("37040044")).toBe("370 400 44");
    expect(bankleitzahl.format("3704 0044")).toBe("370 400 44");
  });

  it("shows input that is not 8 characters in its compact form rather than grouped", () => {
    expect(bankleitzahl.format("370 400 4")).toBe("3704004");
    expect(bankleitzahl.format("")).toBe("");
  });
});

describe("bankleitzahlSchema", () => {
  const form = z.object({ blz: bankleitzahlSchema });

  it("outputs the compact value and reports codes and messages with the field path", () => {
    expect(form.parse({ blz: "370 400 44" })).toEqual({ blz: "37040044" });
    const result = form.safeParse({ blz: "90000000" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["blz"], code: "unknown_code", message: bankleitzahl.messages.de.unknown_code },
      ]);
    }
  });

  it("speaks English when built with locale en", () => {
    const result = bankleitzahl.schema({ locale: "en" }).safeParse("3704");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe(bankleitzahl.messages.en.too_short);
  });
});
