import * as ibantools from "ibantools";
import validator from "validator";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { mod97, mod97CheckDigits } from "../core/checksums.js";
import { issuesFromZodError } from "../core/zod.js";
import { iban, ibanSchema } from "./index.js";
import { BBAN_LAYOUTS, bbanLength } from "./registry.js";

function codeOf(input: string, options?: Parameters<typeof iban.validate>[1]): string | undefined {
  const result = iban.validate(input, options);
  return result.ok ? undefined : result.issues[0]?.code;
}

/** A German IBAN for Bankleitzahl and Kontonummer, check digits computed here. */
function germanIban(blz: string, kontonummer: string): string {
  const bban = `${blz}${kontonummer.padStart(10, "0")}`;
  return `DE${mod97CheckDigits(`${bban}DE00`)}${bban}`;
}

describe("iban: the registry table", () => {
  it("has exactly the IBAN lengths of reference/validators.md for the SEPA countries", () => {
    // Typed from the reference, independently of registry.ts.
    const lengths =
      "AD24 AT20 BE16 BG22 CH21 CY28 CZ24 DE22 DK18 EE20 ES24 FI18 FR27 GB22 GI23 GR27 HR21 HU28 IE22 IS26 IT27 LI21 " +
      "LT20 LU20 LV21 MC27 MT31 NL18 NO15 PL28 PT25 RO24 SE24 SI19 SK24 SM27 VA22 AL28 MD24 ME22 MK19 RS22";
    const expected = Object.fromEntries(lengths.split(" ").map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]));
    const actual = Object.fromEntries(
      Object.entries(BBAN_LAYOUTS).map(([country, layout]) => [country, 4 + bbanLength(layout)]),
    );
    expect(actual).toEqual(expected);
  });

  it("checks each position's character class: Germany is 18 digits after the check digits", () => {
    expect(codeOf("DE89 3704 0044 0532 0130 0A")).toBe("invalid_format");
    expect(codeOf("DE89 A704 0044 0532 0130 00")).toBe("invalid_format");
    // GB: 4 letters (bank code), then 14 digits.
    expect(codeOf("GB29 NWB1 6016 1331 9268 19")).toBe("invalid_format");
    expect(codeOf("GB29 NWBK 6016 1331 9268 1A")).toBe("invalid_format");
    // IT: a letter (CIN) first, then 10 digits, then 12 letters or digits.
    expect(codeOf("IT60 1054 2811 1010 0000 0123 456")).toBe("invalid_format");
  });
});

describe("iban: check digits", () => {
  it("rejects 00, 01 and 99 although MOD 97 accepts them where 97, 98 and 02 are right", () => {
    for (const [right, wrong] of [
      ["DE02370400440532013014", "DE99370400440532013014"],
      ["DE98370400440532013032", "DE01370400440532013032"],
      ["DE97370400440532013050", "DE00370400440532013050"],
    ] as const) {
      expect(iban.isValid(right)).toBe(true);
      expect(mod97(`${wrong.slice(4)}${wrong.slice(0, 4)}`)).toBe(1);
      expect(codeOf(wrong)).toBe("invalid_checksum");
    }
  });

  it("rejects swapped adjacent digits, in the BBAN and in the check digits", () => {
    expect(codeOf("DE89 3704 0044 0532 0103 00")).toBe("invalid_checksum");
    expect(codeOf("DE98 3704 0044 0532 0130 00")).toBe("invalid_checksum");
  });
});

describe("iban: peer libraries and known complaints", () => {
  it("accepts IBANs whose BBAN fails a national check (out of scope), which ibantools rejects", () => {
    // python-stdnum's doctest: valid for the IBAN check, invalid for the Spanish national check digits.
    for (const input of ["ES2121000418450200051331", "ES8931831500950001210562"]) {
      expect(iban.isValid(input)).toBe(true);
      expect(ibantools.isValidIBAN(input)).toBe(false);
    }
  });

  it("does not apply the Bundesbank account check methods (ibantools-germany #17, #19 rejected valid IBANs)", () => {
    // Bankleitzahlen of those reports (method 51 and method 85); any account number passes here.
    for (const blz of ["33060592", "40060560"]) {
      for (const account of ["1", "1234567890", "9999999999"])
        expect(iban.isValid(germanIban(blz, account))).toBe(true);
    }
  });

  it("rejects what validator.js isIBAN lets through: check digits 99/01/00 and hyphens", () => {
    for (const input of ["DE99370400440532013014", "DE01370400440532013032", "DE00370400440532013050"]) {
      expect(validator.isIBAN(input)).toBe(true);
      expect(codeOf(input)).toBe("invalid_checksum");
    }
    expect(validator.isIBAN("ES15-0049-1806-9121-1186-9374")).toBe(true);
    expect(codeOf("ES15-0049-1806-9121-1186-9374")).toBe("invalid_characters");
  });

  it("agrees with ibantools on the registry samples of countries without national checks there", () => {
    for (const input of ["DE89370400440532013000", "AT611904300234573201", "FR1420041010050500013M02606"]) {
      expect(iban.isValid(input)).toBe(ibantools.isValidIBAN(input));
    }
  });
});

describe("iban: every SEPA country", () => {
  it("is accepted, with no option to refuse some (Regulation (EU) 260/2012 Art. 9 forbids IBAN discrimination)", () => {
    for (const sample of [
      "DE89370400440532013000",
      "AT611904300234573201",
      "NL91ABNA0417164300",
      "SE4550000000058398257466",
    ]) {
      expect(iban.isValid(sample)).toBe(true);
    }
    expect(codeOf("TR330006100519786457841326")).toBe("unknown_country");
  });
});

describe("iban: countryOf and bankleitzahlOf", () => {
  it("gives the country of a valid IBAN", () => {
    expect(iban.countryOf("de89 3704 0044 0532 0130 00")).toBe("DE");
    expect(iban.countryOf("VA59 0011 2300 0012 3456 78")).toBe("VA");
    expect(iban.countryOf("DE89 3704 0044 0532 0130 01")).toBeUndefined();
    expect(iban.countryOf("TR330006100519786457841326")).toBeUndefined();
  });

  it("gives the Bankleitzahl of a valid German IBAN only", () => {
    expect(iban.bankleitzahlOf("DE89 3704 0044 0532 0130 00")).toBe("37040044");
    expect(iban.bankleitzahlOf("AT61 1904 3002 3457 3201")).toBeUndefined();
    expect(iban.bankleitzahlOf("DE89 3704 0044 0532 0130 01")).toBeUndefined();
    // A valid IBAN whose positions 5-12 start with 0 holds no valid Bankleitzahl.
    const noBlz = germanIban("07040044", "532013000");
    expect(iban.isValid(noBlz)).toBe(true);
    expect(iban.bankleitzahlOf(noBlz)).toBeUndefined();
  });
});

describe("iban: normalisation, order of checks and display form", () => {
  it.each([
    ["DE89 3704 0044 0532 0130 00", "DE89370400440532013000"],
    ["  de89370400440532013000\n", "DE89370400440532013000"],
    ["D E 8 9 3704004405320130 00", "DE89370400440532013000"],
  ])("normalises %j to %j", (input, expected) => {
    expect(iban.normalize(input)).toBe(expected);
  });

  it.each([
    ["dı89 3704 0044 0532 0130 00", "invalid_characters"], // dotless ı is not folded to I
    ["DE89\t3704 0044 0532 0130 00", "invalid_characters"], // a tab inside is not a separator
    ["IBAN DE89 3704 0044 0532 0130 00", "unknown_country"], // the label "IBAN" is not removed; "IB" is no country
    ["DE89 3704 0044 0532 0130 00X", "too_long"], // the country's length before the layout
    ["1234", "invalid_format"],
    ["D1", "invalid_format"],
  ])("reports %j as %s", (input, code) => {
    expect(codeOf(input)).toBe(code);
    expect(iban.isValid(input)).toBe(false);
  });

  it("rejects a 10,000-character input as too long before any other work", () => {
    expect(codeOf("DE".repeat(5_000))).toBe("too_long");
    expect(codeOf("1".repeat(10_000))).toBe("too_long");
  });

  it("displays groups of four and never throws on invalid input", () => {
    expect(iban.format("de89370400440532013000")).toBe("DE89 3704 0044 0532 0130 00");
    expect(iban.format("NO9386011117947")).toBe("NO93 8601 1117 947");
    expect(iban.format("")).toBe("");
    expect(iban.format("DE8")).toBe("DE8");
  });
});

describe("ibanSchema", () => {
  const form = z.object({ iban: ibanSchema });

  it("outputs the electronic form inside an object", () => {
    expect(form.parse({ iban: "DE89 3704 0044 0532 0130 00" })).toEqual({ iban: "DE89370400440532013000" });
  });

  it("reports the same code and message as validate, with the field path", () => {
    const result = form.safeParse({ iban: "DE89 3704 0044 0532 0130 01" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["iban"], code: "invalid_checksum", message: iban.messages.de.invalid_checksum },
      ]);
    }
  });
});
