import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { withDigitChanged } from "../../test/support/describe-kind.js";
import { issuesFromZodError } from "../core/zod.js";
import { rentenversicherungsnummer, rentenversicherungsnummerSchema } from "./index.js";

function codeOf(input: string): string | undefined {
  const result = rentenversicherungsnummer.validate(input);
  return result.ok ? undefined : result.issues[0]?.code;
}

/** Independent check digit (see contract.test.ts): letter as 2 digits, weights 2,1,2,5,7,1,2,1,2,1,2,1, cross sums. */
function withCheckDigit(first11: string): string {
  const letter = String(first11.charCodeAt(8) - 64).padStart(2, "0");
  const digits = `${first11.slice(0, 8)}${letter}${first11.slice(9, 11)}`;
  let sum = 0;
  [..."212571212121"].forEach((weight, index) => {
    for (const digit of String(Number(digits[index]) * Number(weight))) sum += Number(digit);
  });
  return `${first11}${sum % 10}`;
}

describe("rentenversicherungsnummer check digit (VKVV § 2)", () => {
  it("accepts a number computed by hand", () => {
    // Bereich 12 (DRV Hessen), born 15.03.1985, birth name Özdemir (Ö resolved to OE, letter O = 15),
    // serial 52 (female). The 12 digits: 1 2 1 5 0 3 8 5 1 5 5 2
    // weights:                           2 1 2 5 7 1 2 1 2 1 2 1
    // products:                          2 2 2 25 0 3 16 5 2 5 10 2
    // cross sums:                        2 2 2 7 0 3 7 5 2 5 1 2  -> sum 38 -> check digit 8
    expect(rentenversicherungsnummer.validate("12 150385 O 52 8")).toEqual({ ok: true, value: "12150385O528" });
    expect(codeOf("12150385O527")).toBe("invalid_checksum");
  });

  it("accepts the often cited 65 170839 J 003, whose check digit is right", () => {
    // 6 5 1 7 0 8 3 9 1 0 0 0 (J = 10) x 2 1 2 5 7 1 2 1 2 1 2 1 -> 12 5 2 35 0 8 6 9 2 0 0 0
    // cross sums 3 5 2 8 0 8 6 9 2 0 0 0 = 43 -> 3.
    expect(rentenversicherungsnummer.isValid("65170839J003")).toBe(true);
  });

  it("uses the single cross sum of each product (28 counts 10, 49 counts 13)", () => {
    // Month tens digit 4 (weight 7, product 28): cross sum 10, not 1. Built: 65 174839 J 00 + check digit.
    const built = withCheckDigit("65174839J00");
    expect(built).toBe("65174839J003");
    expect(rentenversicherungsnummer.isValid(built)).toBe(true);
  });
});

describe("rentenversicherungsnummer single-digit errors", () => {
  const MONTH_TENS = 4;
  const BLIND_PAIRS = new Set(["0-4", "4-0", "3-7", "7-3"]);
  const samples = ["65170839J003", "15070649C103", "10010490A443", "12150385O528"];

  it("detects every single-digit change except 0<->4 and 3<->7 in the month's tens digit (exhaustive)", () => {
    for (const sample of samples) {
      for (const position of [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11]) {
        for (let digit = 0; digit <= 9; digit++) {
          const original = sample[position];
          if (String(digit) === original) continue;
          const changed = `${sample.slice(0, position)}${digit}${sample.slice(position + 1)}`;
          const blind = position === MONTH_TENS && BLIND_PAIRS.has(`${original}-${digit}`);
          expect(rentenversicherungsnummer.isValid(changed), `${sample} -> ${changed}`).toBe(blind);
        }
      }
    }
  });

  it("detects every single-digit change outside the month's tens digit (property)", () => {
    const first11 = fc
      .tuple(
        fc.constantFrom("02", "12", "38", "53", "65", "89"),
        fc.stringMatching(/^[0-9]{6}$/),
        fc.constantFrom(..."ABCJOXZ"),
        fc.stringMatching(/^[0-9]{2}$/),
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(first11, fc.constantFrom(0, 1, 2, 3, 5, 6, 7, 9, 10, 11), fc.nat(), (start, position, shift) => {
        const valid = withCheckDigit(start);
        expect(rentenversicherungsnummer.isValid(valid)).toBe(true);
        expect(rentenversicherungsnummer.isValid(withDigitChanged(valid, position, shift))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe("rentenversicherungsnummer structure", () => {
  it.each([
    "02",
    "03",
    "04",
    "08",
    "09",
    "10",
    "21",
    "23",
    "26",
    "28",
    "29",
    "38",
    "39",
    "42",
    "43",
    "44",
    "48",
    "49",
    "50",
    "61",
    "63",
    "66",
    "68",
    "69",
    "80",
    "81",
    "82",
    "89",
  ])("accepts the Bereichsnummer %s", (bereich) => {
    expect(rentenversicherungsnummer.isValid(withCheckDigit(`${bereich}170839J00`))).toBe(true);
  });

  it.each([
    "00",
    "01",
    "05",
    "06",
    "07",
    "22",
    "27",
    "30",
    "37",
    "40",
    "41",
    "45",
    "46",
    "47",
    "62",
    "67",
    "70",
    "78",
    "79",
    "83",
    "88",
    "90",
    "99",
  ])("rejects the Bereichsnummer %s with unknown_code, even with a matching check digit", (bereich) => {
    expect(codeOf(withCheckDigit(`${bereich}170839J00`))).toBe("unknown_code");
  });

  it("does not check the date positions, which VKVV § 2 (3), (5) lets deviate", () => {
    expect(rentenversicherungsnummer.isValid(withCheckDigit("65000039J00"))).toBe(true); // day and month unknown
    expect(rentenversicherungsnummer.isValid(withCheckDigit("65640039J00"))).toBe(true); // day raised by 2 x 32
    expect(rentenversicherungsnummer.isValid(withCheckDigit("65311339J00"))).toBe(true); // month 13: digits only
  });

  it("accepts every letter A-Z and reports an umlaut or ß as invalid_characters", () => {
    for (const letter of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
      expect(rentenversicherungsnummer.isValid(withCheckDigit(`65170839${letter}00`))).toBe(true);
    }
    for (const letter of "ÄÖÜäöüß") expect(codeOf(`65170839${letter}003`)).toBe("invalid_characters");
  });

  it("rejects a 10,000-character input as too long", () => {
    expect(codeOf("6".repeat(10_000))).toBe("too_long");
  });
});

describe("rentenversicherungsnummer.sexOf", () => {
  it("reads the serial number: 00-49 male, 50-99 female", () => {
    expect(rentenversicherungsnummer.sexOf("65170839J003")).toBe("male");
    expect(rentenversicherungsnummer.sexOf(withCheckDigit("65170839J49"))).toBe("male");
    expect(rentenversicherungsnummer.sexOf(withCheckDigit("65170839J50"))).toBe("female");
    expect(rentenversicherungsnummer.sexOf("12 150385 O 528")).toBe("female");
    expect(rentenversicherungsnummer.sexOf(withCheckDigit("65170839J99"))).toBe("female");
  });

  it("gives undefined for invalid input", () => {
    expect(rentenversicherungsnummer.sexOf("65170839J004")).toBeUndefined();
    expect(rentenversicherungsnummer.sexOf("")).toBeUndefined();
  });
});

describe("rentenversicherungsnummer format and schema", () => {
  it("groups Bereichsnummer, date, letter, serial with check digit", () => {
    expect(rentenversicherungsnummer.format("65170839j003")).toBe("65 170839 J 003");
    expect(rentenversicherungsnummer.format("6517")).toBe("6517"); // not 12 characters: left compact
  });

  it("reports the same code and message in a form", () => {
    const form = z.object({ rvnr: rentenversicherungsnummerSchema });
    expect(form.parse({ rvnr: "65 170839 J 003" })).toEqual({ rvnr: "65170839J003" });
    const result = form.safeParse({ rvnr: "40170839J003" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["rvnr"], code: "unknown_code", message: rentenversicherungsnummer.messages.de.unknown_code },
      ]);
    }
  });

  it("speaks English on request", () => {
    expect(rentenversicherungsnummer.validate("65170839J004", { locale: "en" })).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringMatching(/^The pension insurance number/) }],
    });
  });
});
