import validator from "validator";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { mod11_10CheckDigit } from "../core/checksums.js";
import { issuesFromZodError } from "../core/zod.js";
import { ustIdNr, ustIdNrSchema } from "./index.js";

function codeOf(input: string): string | undefined {
  const result = ustIdNr.validate(input);
  return result.ok ? undefined : result.issues[0]?.code;
}

describe("ustIdNr: known complaints and peer libraries", () => {
  it("accepts DE129327515 (form-validation #88 believed it invalid; MOD 11,10 of 12932751 is 5)", () => {
    expect(mod11_10CheckDigit("12932751")).toBe(5);
    expect(ustIdNr.validate("DE129327515")).toEqual({ ok: true, value: "DE129327515" });
  });

  it("checks the digit validator.js isVAT DE ignores", () => {
    // validator.js tests only the pattern DE + 9 digits, so a mistyped check digit passes there.
    expect(validator.isVAT("DE136695975", "DE")).toBe(true);
    expect(codeOf("DE136695975")).toBe("invalid_checksum");
  });
});

describe("ustIdNr: prefix and order of checks", () => {
  it.each([
    ["136 695 976", "missing_prefix"], // the prefix is required, not added
    ["13669597", "missing_prefix"], // missing prefix is reported before length
    ["NL123456789B01", "unknown_country"], // a foreign number is "not German", not "too long"
    ["XX136695976", "unknown_country"],
    ["D", "invalid_format"],
    ["D136695976", "invalid_format"],
    ["DE13669597X", "invalid_characters"], // only the prefix may be letters
    ["DE 036 695 976", "invalid_format"], // the first digit is never 0
    ["DE1", "too_short"],
    ["de136695975", "invalid_checksum"],
  ])("reports %j as %s", (input, code) => {
    expect(codeOf(input)).toBe(code);
    expect(ustIdNr.isValid(input)).toBe(false);
  });

  it("rejects a 10,000-digit number after DE as too long", () => {
    expect(codeOf(`DE${"1".repeat(10_000)}`)).toBe("too_long");
  });

  it("does not fold look-alikes or other spaces", () => {
    expect(codeOf("DE\u00a0136695976")).toBe("invalid_characters");
    expect(codeOf("ＤＥ136695976")).toBe("invalid_characters");
    // String#toUpperCase would turn the dotless ı into I; upperAscii leaves it alone.
    expect(codeOf("dı136695976")).toBe("invalid_characters");
  });
});

describe("ustIdNr: normalisation and display form", () => {
  it("upper-cases the prefix, removes ASCII spaces and displays the compact form", () => {
    expect(ustIdNr.normalize(" de 136 695 976 ")).toBe("DE136695976");
    expect(ustIdNr.format("De 136695976")).toBe("DE136695976");
  });
});

describe("ustIdNr messages and schema", () => {
  it("explains the missing prefix in German and English", () => {
    expect(ustIdNr.validate("136695976")).toMatchObject({
      ok: false,
      issues: [{ code: "missing_prefix", message: expect.stringContaining("„DE“") }],
    });
    expect(ustIdNr.validate("136695976", { locale: "en" })).toMatchObject({
      ok: false,
      issues: [{ code: "missing_prefix", message: expect.stringContaining("country code") }],
    });
  });

  it("outputs the compact value inside a form and reports codes with the field path", () => {
    const form = z.object({ ustIdNr: ustIdNrSchema });
    expect(form.parse({ ustIdNr: "de 129 327 515" })).toEqual({ ustIdNr: "DE129327515" });
    const result = form.safeParse({ ustIdNr: "ATU13585627" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["ustIdNr"], code: "unknown_country", message: ustIdNr.messages.de.unknown_country },
      ]);
    }
  });
});
