import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { withDigitChanged } from "../../test/support/describe-kind.js";
import { mod97, mod97CheckDigits } from "../core/checksums.js";
import { issuesFromZodError } from "../core/zod.js";
import { glaeubigerId, glaeubigerIdSchema } from "./index.js";

function codeOf(input: string): string | undefined {
  const result = glaeubigerId.validate(input);
  return result.ok ? undefined : result.issues[0]?.code;
}

const nationalIds = fc.stringMatching(/^[0-9]{11}$/);
const businessCodes = fc.stringMatching(/^[0-9A-Z]{3}$/);
const build = (nationalId: string, businessCode: string) =>
  `DE${mod97CheckDigits(`${nationalId}DE00`)}${businessCode}${nationalId}`;

describe("glaeubigerId: the check", () => {
  it("matches the Bundesbank example: 09999999999DE00 mod 97 is 0, so the check digits are 98", () => {
    expect(mod97("09999999999DE00")).toBe(0);
    expect(glaeubigerId.isValid("DE98ZZZ09999999999")).toBe(true);
  });

  it("is the IBAN-style rule: national id + DE + check digits gives remainder 1", () => {
    fc.assert(
      fc.property(nationalIds, businessCodes, (nationalId, businessCode) => {
        const value = build(nationalId, businessCode);
        expect(glaeubigerId.isValid(value)).toBe(true);
        expect(mod97(`${nationalId}DE${value.slice(2, 4)}`)).toBe(1);
      }),
    );
  });

  it("ignores the Geschäftsbereichskennung, also when it holds digits", () => {
    fc.assert(
      fc.property(nationalIds, businessCodes, businessCodes, (nationalId, first, second) => {
        const withFirst = build(nationalId, first);
        const withSecond = `${withFirst.slice(0, 4)}${second}${nationalId}`;
        expect(glaeubigerId.isValid(withSecond)).toBe(true);
      }),
    );
  });

  it("rejects every single-digit change in the check digits and the national identifier", () => {
    const checkedPositions = [2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
    fc.assert(
      fc.property(nationalIds, businessCodes, fc.constantFrom(...checkedPositions), fc.nat(), (id, code, at, shift) => {
        expect(glaeubigerId.isValid(withDigitChanged(build(id, code), at, shift))).toBe(false);
      }),
    );
  });
});

describe("glaeubigerId: order of checks and normalisation", () => {
  it.each([
    ["DE98ZZZ-0999", "invalid_characters"], // characters before length
    ["FR", "unknown_country"], // country before length
    ["12", "invalid_format"],
    ["DE98ZZZ", "too_short"],
    ["DE9XZZZ09999999999", "invalid_format"], // check digits must be digits
    ["DE98ZZZ0999999999Z", "invalid_format"], // the national identifier is digits only
    ["dE98zzz09999999999ı", "invalid_characters"], // dotless ı is not folded to I
  ])("reports %j as %s", (input, code) => {
    expect(codeOf(input)).toBe(code);
    expect(glaeubigerId.isValid(input)).toBe(false);
  });

  it("rejects a 10,000-character input as too long", () => {
    expect(codeOf(`DE${"9".repeat(10_000)}`)).toBe("too_long");
  });

  it("normalises and displays the compact upper-case form", () => {
    expect(glaeubigerId.normalize(" de98 zzz 099 999 999 99 ")).toBe("DE98ZZZ09999999999");
    expect(glaeubigerId.format("de98 zzz 09999999999")).toBe("DE98ZZZ09999999999");
  });
});

describe("glaeubigerIdSchema", () => {
  const form = z.object({ glaeubigerId: glaeubigerIdSchema });

  it("outputs the compact value and reports codes and messages with the field path", () => {
    expect(form.parse({ glaeubigerId: "de98zzz09999999999" })).toEqual({ glaeubigerId: "DE98ZZZ09999999999" });
    const result = form.safeParse({ glaeubigerId: "DE97ZZZ09999999999" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["glaeubigerId"], code: "invalid_checksum", message: glaeubigerId.messages.de.invalid_checksum },
      ]);
    }
  });

  it("speaks English when built with locale en", () => {
    const result = glaeubigerId.schema({ locale: "en" }).safeParse("AT98ZZZ09999999999");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe(glaeubigerId.messages.en.unknown_country);
  });
});
