import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "../core/zod.js";
import { personalausweisnummer } from "../personalausweisnummer/index.js";
import { reisepassnummer, reisepassnummerSchema } from "./index.js";
import { reisepassnummerCheckDigitRequiredMessages } from "./messages.js";

function codeOf(input: string, options?: Parameters<typeof reisepassnummer.validate>[1]): string | undefined {
  const result = reisepassnummer.validate(input, options);
  return result.ok ? undefined : result.issues[0]?.code;
}

describe("reisepassnummer check digit", () => {
  it("matches the BMI specimen C01X00T47 with check digit 8, worked by hand", () => {
    // Values: C=12 0 1 X=33 0 0 T=29 4 7; weights 7 3 1 7 3 1 7 3 1.
    // Products: 84 + 0 + 1 + 231 + 0 + 0 + 203 + 12 + 7 = 538; 538 mod 10 = 8.
    expect(reisepassnummer.withCheckDigit("C01X00T47")).toBe("C01X00T478");
  });

  // validator.js isPassportNumber(x, "DE") checks alphabet and length only and would accept these (known bug in
  // reference/validators.md); the check digit must be verified.
  it.each(["C01X00T470", "C01X00T471", "C01X00T477", "C01X00T479"])(
    "rejects the specimen with the wrong check digit %s",
    (input) => {
      expect(codeOf(input)).toBe("invalid_checksum");
      expect(reisepassnummer.isValid(input)).toBe(false);
    },
  );

  it("shares alphabet and check digit with the Personalausweisnummer", () => {
    expect(reisepassnummer.withCheckDigit("L01X00T47")).toBe(personalausweisnummer.withCheckDigit("L01X00T47"));
    expect(reisepassnummer.messages.de.invalid_characters).toContain(
      "C, F, G, H, J, K, L, M, N, P, R, T, V, W, X, Y und Z",
    );
  });
});

describe("reisepassnummer first character", () => {
  it.each([..."CFGHJKLMNPRTVWXYZ"])("accepts %s as first letter (set not confirmed, any alphabet letter)", (first) => {
    expect(reisepassnummer.isValid(`${first}01X00T47`)).toBe(true);
  });

  it.each([..."0123456789"])("rejects the digit %s as first character", (first) => {
    expect(codeOf(`${first}01X00T47`)).toBe("invalid_format");
  });

  it.each([..."ABDEIOQSU"])("rejects the letter %s with invalid_characters", (letter) => {
    expect(codeOf(`${letter}01X00T47`)).toBe("invalid_characters");
  });
});

describe("reisepassnummer option requireCheckDigit", () => {
  it("demands the 10th character with its own message", () => {
    expect(reisepassnummer.validate("C01X00T478", { requireCheckDigit: true })).toEqual({
      ok: true,
      value: "C01X00T478",
    });
    expect(reisepassnummer.validate("C01X00T47", { requireCheckDigit: true, locale: "en" })).toEqual({
      ok: false,
      issues: [{ path: [], code: "too_short", message: reisepassnummerCheckDigitRequiredMessages.en.too_short }],
    });
  });

  it("applies to the schema", () => {
    const result = reisepassnummer.schema({ requireCheckDigit: true }).safeParse("C01X00T47");
    expect(result.success).toBe(false);
    if (!result.success) expect(issuesFromZodError(result.error)[0]?.code).toBe("too_short");
  });
});

describe("reisepassnummer serialOf, format and schema", () => {
  it("gives the serial and the compact display form", () => {
    expect(reisepassnummer.serialOf("C01X00T478")).toBe("C01X00T47");
    expect(reisepassnummer.serialOf("C01X00T479")).toBeUndefined();
    expect(reisepassnummer.format("c01x 00t47 8")).toBe("C01X00T478");
  });

  it("rejects a 10,000-character input as too long", () => {
    expect(codeOf("C".repeat(10_000))).toBe("too_long");
  });

  it("works inside an object schema", () => {
    const form = z.object({ pass: reisepassnummerSchema });
    expect(form.parse({ pass: "c01x00t478" })).toEqual({ pass: "C01X00T478" });
    const result = form.safeParse({ pass: "C01X00T479" });
    expect(result.success).toBe(false);
    if (!result.success) expect(issuesFromZodError(result.error)[0]).toMatchObject({ path: ["pass"] });
  });
});
