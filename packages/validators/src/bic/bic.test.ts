import fc from "fast-check";
import validator from "validator";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "../core/zod.js";
import { COUNTRY_CODES } from "./countries.js";
import { bic, bicSchema } from "./index.js";

function codeOf(input: string): string | undefined {
  const result = bic.validate(input);
  return result.ok ? undefined : result.issues[0]?.code;
}

describe("bic: country codes", () => {
  it("holds the 249 assigned ISO 3166-1 alpha-2 codes plus XK, as validator.js does", () => {
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const expected: string[] = [];
    for (const first of letters) {
      for (const second of letters) {
        const code = `${first}${second}`;
        if (validator.isISO31661Alpha2(code) || code === "XK") expected.push(code);
      }
    }
    expect(expected).toHaveLength(250);
    expect([...COUNTRY_CODES].sort()).toEqual(expected);
  });

  it("accepts every assigned code and rejects reserved or withdrawn ones", () => {
    expect(bic.isValid("COBADEFF")).toBe(true);
    expect(bic.isValid("ABCDGBXX")).toBe(true);
    for (const code of ["UK", "EU", "AN", "CS", "YU", "EL"]) expect(codeOf(`ABCD${code}XX`)).toBe("unknown_country");
  });
});

describe("bic: agreement with validator.js isBIC", () => {
  it("gives the same verdict on compact upper-case codes of 6 to 12 characters", () => {
    const nearBic = fc.oneof(
      fc.stringMatching(/^[A-Z0-9]{6,12}$/),
      fc
        .tuple(fc.stringMatching(/^[A-Z]{4}$/), fc.stringMatching(/^[A-Z]{2}$/), fc.stringMatching(/^[A-Z0-9]{2,5}$/))
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(nearBic, (input) => {
        expect(bic.isValid(input)).toBe(validator.isBIC(input));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("bic: order of checks and normalisation", () => {
  it.each([
    ["COBA-DEFF", "invalid_characters"], // characters before length
    ["CO", "too_short"],
    ["COBADEFFXXXX", "too_long"],
    ["C0BADEFFXXX", "invalid_format"], // zero for O in the party prefix
    ["COBAD3FF", "invalid_format"], // format before country
    ["COBAQQFF", "unknown_country"],
    ["cobadeffxxı", "invalid_characters"], // dotless ı is not folded to I
  ])("reports %j as %s", (input, code) => {
    expect(codeOf(input)).toBe(code);
    expect(bic.isValid(input)).toBe(false);
  });

  it("rejects a 10,000-character input as too long", () => {
    expect(codeOf("A".repeat(10_000))).toBe("too_long");
  });

  it("keeps BIC8 and BIC11 apart: the branch XXX is not added or removed", () => {
    expect(bic.normalize("COBADEFF")).toBe("COBADEFF");
    expect(bic.normalize("COBADEFFXXX")).toBe("COBADEFFXXX");
  });

  it("displays the compact upper-case code", () => {
    expect(bic.format("coba de ff xxx")).toBe("COBADEFFXXX");
  });
});

describe("bicSchema", () => {
  it("outputs the compact code inside an object and reports codes with the field path", () => {
    const form = z.object({ bic: bicSchema });
    expect(form.parse({ bic: "deutdeff" })).toEqual({ bic: "DEUTDEFF" });
    const result = form.safeParse({ bic: "DEUTDEFF5" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["bic"], code: "invalid_format", message: bic.messages.de.invalid_format },
      ]);
    }
  });

  it("speaks English when built with locale en", () => {
    const result = bic.schema({ locale: "en" }).safeParse("DEUTXXFF");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe(bic.messages.en.unknown_country);
  });
});
