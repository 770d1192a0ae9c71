import { isValidPhoneNumber as isValidWithMinMetadata } from "libphonenumber-js/min";
import validator from "validator";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "../core/zod.js";
import { telefonnummer, telefonnummerSchema } from "./index.js";

function codeOf(input: string, options: Parameters<typeof telefonnummer.validate>[1] = {}): string | undefined {
  const result = telefonnummer.validate(input, options);
  return result.ok ? undefined : result.issues[0]?.code;
}

describe("telefonnummer notation", () => {
  it.each([
    "0641 30600",
    "0641-30600",
    "0641/30600",
    "(0641) 30600",
    "0641 306 00",
    "+49 641 30600",
    "+49-641-30600",
    "+49 (641) 30600",
    "0049 641 30600",
    "00 49 641 30600",
  ])("reads %j as +4964130600", (input) => {
    expect(telefonnummer.validate(input)).toEqual({ ok: true, value: "+4964130600" });
  });

  it("rewrites the prefixes in normalize, also for input that is not valid", () => {
    expect(telefonnummer.normalize(" 0641 / 306 - 00 ")).toBe("+4964130600");
    expect(telefonnummer.normalize("0044 20 7946 0958")).toBe("+442079460958");
    expect(telefonnummer.normalize("64130600")).toBe("64130600");
  });

  it("rejects the notation +49 (0) with invalid_format rather than dropping the 0", () => {
    expect(codeOf("+49 (0) 641 30600")).toBe("invalid_format");
    expect(codeOf("+49 0641 30600")).toBe("invalid_format");
  });

  it("treats every foreign country code as unknown_country, also the neighbours", () => {
    for (const input of ["+43 1 23456789", "+41 44 123 45 67", "+31 20 123 4567", "+1 202 555 0143"]) {
      expect(codeOf(input)).toBe("unknown_country");
    }
  });

  it("reports a truncated international prefix as too_short and a prefix +0 as invalid_format", () => {
    expect(codeOf("+")).toBe("too_short");
    expect(codeOf("+4")).toBe("too_short");
    expect(codeOf("0")).toBe("too_short");
    expect(codeOf("+0049 641 30600")).toBe("invalid_format");
  });

  it("keeps the separators to those of the policy", () => {
    expect(codeOf("0641.30600")).toBe("invalid_characters");
    expect(codeOf("0641_30600")).toBe("invalid_characters");
    expect(codeOf("0641 30600 ext. 12")).toBe("invalid_characters");
    expect(codeOf("0800 FLOWERS")).toBe("invalid_characters");
  });

  it("applies the reference's lengths: mobile NSN 10-11 digits, others 6-11", () => {
    expect(codeOf("0641 306")).toBeUndefined(); // 6 digits
    expect(codeOf("0641 30")).toBe("too_short"); // 5 digits
    expect(codeOf("089 123456789")).toBeUndefined(); // 11 digits
    expect(codeOf("089 1234567890")).toBe("too_long"); // 12 digits
    expect(codeOf("0170 1234567")).toBeUndefined(); // mobile, 10 digits
    expect(codeOf("0170 123456")).toBe("too_short"); // mobile, 9 digits
    expect(codeOf("0170 123456789")).toBe("too_long"); // mobile, 12 digits
  });

  it("rejects a 100,000-digit number at once as too_long, before libphonenumber sees it", () => {
    expect(codeOf(`+49${"1".repeat(100_000)}`)).toBe("too_long");
    expect(codeOf(`0${"6".repeat(100_000)}`)).toBe("too_long");
  });
});

describe("telefonnummer against libphonenumber's German metadata", () => {
  it.each([
    ["0123 4567", "012 is not assigned"],
    ["0151 1234567", "the 151 block has 11-digit NSNs only"],
    ["0199 123456", "019 is not assigned to subscribers"],
    ["0116 117", "116117 is a short number, not a subscriber number"],
  ])("rejects %j as unknown_code (%s)", (input) => {
    expect(codeOf(input)).toBe("unknown_code");
  });

  it("uses the max metadata: the min metadata checks lengths only and would accept these numbers", () => {
    // Why libphonenumber-js/max: with /min, isValid only compares the length with the country's lengths.
    for (const input of ["+4912345678", "+491511234567"]) {
      expect(isValidWithMinMetadata(input)).toBe(true);
      expect(telefonnummer.isValid(input)).toBe(false);
    }
  });

  it("accepts service numbers with type any and reports libphonenumber's type", () => {
    expect(telefonnummer.numberType("0800 1234567")).toBe("TOLL_FREE");
    expect(telefonnummer.numberType("0180 1 234567")).toBe("SHARED_COST");
    expect(telefonnummer.numberType("0641 30600")).toBe("FIXED_LINE");
    expect(telefonnummer.numberType("0176 12345678")).toBe("MOBILE");
    expect(telefonnummer.numberType("0641 30")).toBeUndefined();
  });
});

describe("telefonnummer type option", () => {
  it("requires a mobile number with type mobile", () => {
    expect(telefonnummer.validate("0170 12345678", { type: "mobile" })).toEqual({
      ok: true,
      value: "+4917012345678",
    });
    expect(telefonnummer.validate("0641 30600", { type: "mobile" })).toEqual({
      ok: false,
      issues: [{ path: [], code: "not_mobile", message: telefonnummer.messages.de.not_mobile }],
    });
    expect(codeOf("0800 1234567", { type: "mobile" })).toBe("not_mobile");
  });

  it("requires a fixed-line number with type fixed", () => {
    expect(codeOf("0641 30600", { type: "fixed" })).toBeUndefined();
    expect(codeOf("0170 12345678", { type: "fixed" })).toBe("not_fixed_line");
    expect(codeOf("0800 1234567", { type: "fixed" })).toBe("not_fixed_line");
  });

  it("reports the number's own problem before the type", () => {
    expect(codeOf("0641 30", { type: "mobile" })).toBe("too_short");
    expect(codeOf("+44 7700 900123", { type: "mobile" })).toBe("unknown_country");
  });

  it("gives isValid the same type argument", () => {
    expect(telefonnummer.isValid("0170 12345678", "mobile")).toBe(true);
    expect(telefonnummer.isValid("0641 30600", "mobile")).toBe(false);
    expect(telefonnummer.isValid("0641 30600", "fixed")).toBe(true);
    expect(telefonnummer.isValid("0641 30600", "any")).toBe(true);
  });

  it("passes the type through the schema, with English messages on request", () => {
    const mobile = telefonnummer.schema({ type: "mobile", locale: "en" });
    expect(mobile.parse("+49 170 12345678")).toBe("+4917012345678");
    const result = mobile.safeParse("0641 30600");
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: [], code: "not_mobile", message: telefonnummer.messages.en.not_mobile },
      ]);
    }
  });
});

describe("telefonnummer display forms", () => {
  it("formats internationally and nationally after libphonenumber's German rules", () => {
    expect(telefonnummer.format("0641/30600")).toBe("+49 641 30600");
    expect(telefonnummer.formatNational("+49 641 30600")).toBe("0641 30600");
    expect(telefonnummer.format("01511 2345678")).toBe("+49 1511 2345678");
    expect(telefonnummer.formatNational("+4917012345678")).toBe("0170 12345678");
  });

  it("gives display forms that validate back to the same value", () => {
    for (const input of ["0641 30600", "0170 12345678", "0800 1234567", "0700 12345678", "06421 123456"]) {
      const { value } = telefonnummer.validate(input) as { value: string };
      expect(telefonnummer.validate(telefonnummer.format(input))).toEqual({ ok: true, value });
      expect(telefonnummer.validate(telefonnummer.formatNational(input))).toEqual({ ok: true, value });
    }
  });

  it("returns input that is not valid normalised instead of throwing", () => {
    expect(telefonnummer.format("+44 20 7946 0958")).toBe("+442079460958");
    expect(telefonnummer.formatNational("0641 30")).toBe("+4964130");
    expect(telefonnummer.format("abc")).toBe("abc");
  });
});

describe("telefonnummerSchema", () => {
  const form = z.object({ telefon: telefonnummerSchema });

  it("outputs E.164 inside an object", () => {
    expect(form.parse({ telefon: "(0641) 306-00" })).toEqual({ telefon: "+4964130600" });
  });

  it("reports the code and the German message with the field path", () => {
    const result = form.safeParse({ telefon: "+44 20 7946 0958" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["telefon"], code: "unknown_country", message: telefonnummer.messages.de.unknown_country },
      ]);
    }
  });
});

describe("peer library validator.js", () => {
  it("covers mobile numbers only (isMobilePhone de-DE), where this kind also covers landlines", () => {
    expect(validator.isMobilePhone("+4917012345678", "de-DE")).toBe(true);
    expect(validator.isMobilePhone("+4964130600", "de-DE")).toBe(false);
    expect(telefonnummer.isValid("+4964130600")).toBe(true);
  });
});
