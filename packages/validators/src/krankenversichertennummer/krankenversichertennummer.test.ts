import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "../core/zod.js";
import { krankenversichertennummer, krankenversichertennummerSchema } from "./index.js";

function codeOf(input: string): string | undefined {
  const result = krankenversichertennummer.validate(input);
  return result.ok ? undefined : result.issues[0]?.code;
}

describe("krankenversichertennummer check digit (GKV-Spitzenverband, Anlage 1)", () => {
  it("accepts the official worked example A000500015", () => {
    // A = 01, so the digits are 0 1 0 0 0 5 0 0 0 1; weights 1 2 1 2 1 2 1 2 1 2;
    // products 0 2 0 0 0 10 0 0 0 2; cross sums 0 2 0 0 0 1 0 0 0 2 = 5 -> check digit 5.
    expect(krankenversichertennummer.validate("A000500015")).toEqual({ ok: true, value: "A000500015" });
  });

  it("accepts the official worked example C000500021", () => {
    // C = 03: digits 0 3 0 0 0 5 0 0 0 2; products 0 6 0 0 0 10 0 0 0 4; cross sums 0+6+1+4 = 11 -> 1.
    expect(krankenversichertennummer.validate("C000500021")).toEqual({ ok: true, value: "C000500021" });
  });

  // presidio #1972 used the weights 2, 9, 8, ... and so rejected the official examples. With the right weights
  // exactly one check digit is accepted for each example body.
  it.each([
    ["A00050001", "5"],
    ["C00050002", "1"],
  ])("accepts only check digit %s + %s", (body, check) => {
    for (let digit = 0; digit <= 9; digit++) {
      expect(krankenversichertennummer.isValid(`${body}${digit}`)).toBe(String(digit) === check);
    }
  });

  it("weights the two digits of the letter: J (10) and K (11) differ from A (01)", () => {
    // J = 1 0: 1x1 + 0x2 = 1; K = 1 1: 1 + 2 = 3; A = 0 1: 0 + 2 = 2; the rest 0 0 0 5 0 0 0 1 adds 1 + 2 = 3.
    expect(krankenversichertennummer.isValid("J000500014")).toBe(true);
    expect(krankenversichertennummer.isValid("K000500016")).toBe(true);
    expect(krankenversichertennummer.isValid("Z000500018")).toBe(true); // Z = 2 6: 2 + cross sum 12 = 5; 5 + 3 = 8
  });

  it("rejects a 10,000-character input as too long", () => {
    expect(codeOf("A".repeat(10_000))).toBe("too_long");
  });

  it("reports invalid characters before length and format", () => {
    expect(codeOf("Ä0")).toBe("invalid_characters");
    expect(codeOf("12")).toBe("too_short");
  });
});

describe("krankenversichertennummer format and schema", () => {
  it("displays the compact upper-case form", () => {
    expect(krankenversichertennummer.format(" a 000 500 015 ")).toBe("A000500015");
  });

  it("reports the same code and message in a form, in German and English", () => {
    const form = z.object({ kvnr: krankenversichertennummerSchema });
    expect(form.parse({ kvnr: "c000500021" })).toEqual({ kvnr: "C000500021" });
    const result = form.safeParse({ kvnr: "A000500016" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        {
          path: ["kvnr"],
          code: "invalid_checksum",
          message: krankenversichertennummer.messages.de.invalid_checksum,
        },
      ]);
    }
    const english = krankenversichertennummer.schema({ locale: "en" }).safeParse("A00050001");
    expect(english.success).toBe(false);
    if (!english.success)
      expect(english.error.issues[0]?.message).toBe(krankenversichertennummer.messages.en.too_short);
  });
});
