import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "../core/zod.js";
import { personalausweisnummer, personalausweisnummerSchema } from "./index.js";
import { personalausweisnummerCheckDigitRequiredMessages } from "./messages.js";

function codeOf(input: string, options?: Parameters<typeof personalausweisnummer.validate>[1]): string | undefined {
  const result = personalausweisnummer.validate(input, options);
  return result.ok ? undefined : result.issues[0]?.code;
}

describe("personalausweisnummer check digit (ICAO 9303 Part 3 §4.9)", () => {
  it("matches the BMI specimen T22000129 with check digit 3, worked by hand", () => {
    // Values: T=29 2 2 0 0 0 1 2 9; weights 7 3 1 7 3 1 7 3 1.
    // Products: 203 + 6 + 2 + 0 + 0 + 0 + 7 + 6 + 9 = 233; 233 mod 10 = 3.
    expect(personalausweisnummer.withCheckDigit("T22000129")).toBe("T220001293");
    expect(personalausweisnummer.isValid("T220001293")).toBe(true);
  });

  it("matches the BMI specimen L01X00T47 with check digit 1", () => {
    // Values: L=21 0 1 X=33 0 0 T=29 4 7; products 147 + 0 + 1 + 231 + 0 + 0 + 203 + 12 + 7 = 601; check digit 1.
    expect(personalausweisnummer.withCheckDigit("L01X00T47")).toBe("L01X00T471");
  });

  it("rejects every wrong check digit of the specimen", () => {
    for (let digit = 0; digit <= 9; digit++) {
      const input = `T22000129${digit}`;
      expect(codeOf(input)).toBe(digit === 3 ? undefined : "invalid_checksum");
    }
  });
});

describe("personalausweisnummer first character and alphabet", () => {
  it.each([..."LMNPRTVWXY"])("accepts cards starting with %s", (first) => {
    expect(personalausweisnummer.isValid(`${first}22000129`)).toBe(true);
  });

  it.each([..."CFGHJKZ0123456789"])("rejects %s as first character with invalid_format", (first) => {
    expect(codeOf(`${first}22000129`)).toBe("invalid_format");
  });

  it.each([..."ABDEIOQSUaeiou"])("rejects the letter %s anywhere with invalid_characters", (letter) => {
    expect(codeOf(`T2200${letter}129`)).toBe("invalid_characters");
    expect(codeOf(`${letter}22000129`)).toBe("invalid_characters");
  });

  it("rejects the pre-2010 format (10 digits) although its shape is otherwise plausible", () => {
    expect(codeOf("1220001297")).toBe("invalid_format");
    expect(codeOf("122000129")).toBe("invalid_format");
  });

  it("reports invalid characters before the length", () => {
    expect(codeOf("TA")).toBe("invalid_characters");
    expect(codeOf(`${"T".repeat(20)}E`)).toBe("invalid_characters");
  });

  it("rejects a 10,000-character input as too long", () => {
    expect(codeOf("T".repeat(10_000))).toBe("too_long");
  });
});

describe("personalausweisnummer option requireCheckDigit", () => {
  it("accepts the number with its check digit and rejects it without", () => {
    expect(personalausweisnummer.validate("T220001293", { requireCheckDigit: true })).toEqual({
      ok: true,
      value: "T220001293",
    });
    expect(personalausweisnummer.validate("T22000129", { requireCheckDigit: true })).toEqual({
      ok: false,
      issues: [{ path: [], code: "too_short", message: personalausweisnummerCheckDigitRequiredMessages.de.too_short }],
    });
  });

  it("explains in English where the check digit is, and honours an app's own too_short message", () => {
    const english = personalausweisnummer.validate("T22000129", { requireCheckDigit: true, locale: "en" });
    expect(english).toMatchObject({ ok: false, issues: [{ message: expect.stringMatching(/machine-readable zone/) }] });
    const own = personalausweisnummer.validate("T22000129", {
      requireCheckDigit: true,
      messages: { too_short: "Mit Prüfziffer bitte." },
    });
    expect(own).toMatchObject({ ok: false, issues: [{ code: "too_short", message: "Mit Prüfziffer bitte." }] });
  });

  it("keeps the plain too_short message for shorter input without the option", () => {
    expect(personalausweisnummer.validate("T2200")).toMatchObject({
      ok: false,
      issues: [{ message: personalausweisnummer.messages.de.too_short }],
    });
  });

  it("still reports a wrong check digit and a wrong first letter", () => {
    expect(codeOf("T220001294", { requireCheckDigit: true })).toBe("invalid_checksum");
    expect(codeOf("C01X00T478", { requireCheckDigit: true })).toBe("invalid_format");
  });

  it("applies to the schema", () => {
    const strict = personalausweisnummer.schema({ requireCheckDigit: true });
    expect(strict.parse("t22000129 3")).toBe("T220001293");
    const result = strict.safeParse("T22000129");
    expect(result.success).toBe(false);
    if (!result.success) expect(issuesFromZodError(result.error)[0]?.code).toBe("too_short");
  });
});

describe("personalausweisnummer value, serialOf, withCheckDigit and format", () => {
  it("keeps the check digit in the value when it was entered", () => {
    expect(personalausweisnummer.validate("T22000129 3")).toEqual({ ok: true, value: "T220001293" });
    expect(personalausweisnummer.validate("T22000129")).toEqual({ ok: true, value: "T22000129" });
  });

  it("gives the same serial with and without check digit", () => {
    expect(personalausweisnummer.serialOf("T220001293")).toBe("T22000129");
    expect(personalausweisnummer.serialOf(" t22000129 ")).toBe("T22000129");
    expect(personalausweisnummer.withCheckDigit("T220001293")).toBe("T220001293");
  });

  it("gives undefined for invalid input", () => {
    expect(personalausweisnummer.serialOf("T220001294")).toBeUndefined();
    expect(personalausweisnummer.withCheckDigit("C01X00T47")).toBeUndefined();
    expect(personalausweisnummer.withCheckDigit("")).toBeUndefined();
  });

  it("formats as the compact upper-case characters", () => {
    expect(personalausweisnummer.format(" l01x 00t47 1 ")).toBe("L01X00T471");
  });
});

describe("personalausweisnummerSchema", () => {
  const form = z.object({ ausweis: personalausweisnummerSchema });

  it("outputs the normalised value and reports issues with the field path", () => {
    expect(form.parse({ ausweis: "t22000129" })).toEqual({ ausweis: "T22000129" });
    const result = form.safeParse({ ausweis: "T220001294" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["ausweis"], code: "invalid_checksum", message: personalausweisnummer.messages.de.invalid_checksum },
      ]);
    }
  });
});
