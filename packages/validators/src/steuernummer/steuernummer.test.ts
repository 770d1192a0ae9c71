import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "../core/zod.js";
import { type Bundesland, steuernummer, steuernummerHessenSchema, steuernummerSchema } from "./index.js";

// Regional (as written in the Land) and bundeseinheitliche form per Land, from python-stdnum's
// tests/test_de_stnr.doctest; these are the examples of the German Wikipedia article "Steuernummer", which
// koblas/stdnum-js once rejected (issue #7).
const ONLINE_EXAMPLES: readonly (readonly [Bundesland, string, string])[] = [
  ["BW", "93815/08152", "2893081508152"],
  ["BY", "181/815/08155", "9181081508155"],
  ["BE", "21/815/08150", "1121081508150"],
  ["BB", "048/815/08155", "3048081508155"],
  ["HB", "75 815 08152", "2475081508152"],
  ["HH", "02/815/08156", "2202081508156"],
  ["HE", "013 815 08153", "2613081508153"],
  ["MV", "079/815/08151", "4079081508151"],
  ["NI", "24/815/08151", "2324081508151"],
  ["NW", "133/8150/8159", "5133081508159"],
  ["RP", "22/815/08154", "2722081508154"],
  ["SL", "010/815/08182", "1010081508182"],
  ["SN", "201/123/12340", "3201012312340"],
  ["ST", "101/815/08154", "3101081508154"],
  ["SH", "29/815/08158", "2129081508158"],
  ["TH", "151/815/08156", "4151081508156"],
];

const compact = (written: string) => written.replaceAll("/", "").replaceAll(" ", "");

function codeOf(input: string, land?: Bundesland): string | undefined {
  const result = steuernummer.validate(input, land ? { land } : {});
  return result.ok ? undefined : result.issues[0]?.code;
}

describe("steuernummer per Land (online examples)", () => {
  it.each(ONLINE_EXAMPLES)("%s: accepts %s and %s for that Land", (land, regional, bund) => {
    expect(steuernummer.validate(regional, { land })).toEqual({ ok: true, value: compact(regional) });
    expect(steuernummer.validate(bund, { land })).toEqual({ ok: true, value: bund });
    expect(steuernummer.isValid(regional, land)).toBe(true);
  });

  it.each(ONLINE_EXAMPLES)("%s: writes %s the Land's way", (land, regional) => {
    expect(steuernummer.format(compact(regional), land)).toBe(regional);
    expect(steuernummer.format(regional, land)).toBe(regional);
  });

  it.each(ONLINE_EXAMPLES)("%s: converts %s to %s and back", (land, regional, bund) => {
    expect(steuernummer.toBundeseinheitlich(regional, land)).toBe(bund);
    expect(steuernummer.toRegional(bund)).toBe(compact(regional));
  });

  it.each(ONLINE_EXAMPLES)(
    "%s: detects the Land of %s among the candidates and of %s exactly",
    (land, regional, bund) => {
      expect(steuernummer.detectLand(regional)).toContain(land);
      expect(steuernummer.detectLand(bund)).toEqual([land]);
    },
  );
});

describe("steuernummer: Hessen", () => {
  it("accepts 0FF BBB UUUUP and 26FF0BBBUUUUP for Hessen and writes 0XX XXX XXXXX", () => {
    expect(steuernummerHessenSchema.parse("013 815 08153")).toBe("01381508153");
    expect(steuernummerHessenSchema.parse("013/815/08153")).toBe("01381508153");
    expect(steuernummerHessenSchema.parse("2613081508153")).toBe("2613081508153");
    expect(steuernummer.format("01381508153", "HE")).toBe("013 815 08153");
  });

  it("rejects a Hessian number without its leading 0 and names Hessen in the message", () => {
    expect(steuernummer.validate("13/815/08153", { land: "HE" })).toEqual({
      ok: false,
      issues: [
        {
          path: [],
          code: "land_mismatch",
          message:
            "Die Steuernummer passt nicht zum Bundesland Hessen: Dort hat sie 11 Ziffern, zum Beispiel 013 815 08153, oder im bundeseinheitlichen Format 13 Ziffern.",
        },
      ],
    });
    expect(steuernummer.validate("13/815/08153", { land: "HE", locale: "en" })).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining("federal state Hesse: there it has 11 digits") }],
    });
  });

  it("rejects another Land's 13-digit number and an 11-digit number that does not start with 0", () => {
    expect(codeOf("2893081508152", "HE")).toBe("land_mismatch");
    expect(codeOf("11381508153", "HE")).toBe("land_mismatch");
    expect(codeOf("11381508153", "BY")).toBeUndefined();
  });

  it("fills the placeholders in an app's own message too", () => {
    const result = steuernummer.validate("21/815/08150", {
      land: "NW",
      messages: { land_mismatch: "Keine Steuernummer aus {land} ({length} Ziffern)." },
    });
    expect(result).toMatchObject({ issues: [{ message: "Keine Steuernummer aus Nordrhein-Westfalen (11 Ziffern)." }] });
  });
});

describe("steuernummer: format only, no check digit", () => {
  it("accepts a number whose last digit was changed, because the Länder check-digit methods are not public", () => {
    expect(steuernummer.isValid("013 815 08153", "HE")).toBe(true);
    expect(steuernummer.isValid("013 815 08154", "HE")).toBe(true);
  });

  it("accepts any 10 or 11 digits without a Land, since BW and others / BY and NW allow any digits there", () => {
    expect(steuernummer.isValid("0000000000")).toBe(true);
    expect(steuernummer.isValid("99999999999")).toBe(true);
    // A Hessian number missing a digit thus passes without a Land; pass { land: "HE" } to catch it.
    expect(codeOf("13 815 08153")).toBeUndefined();
    expect(codeOf("13 815 08153", "HE")).toBe("land_mismatch");
  });
});

describe("steuernummer: python-stdnum doctests", () => {
  it("matches the module's doctests", () => {
    expect(steuernummer.validate(" 181/815/0815 5")).toEqual({ ok: true, value: "18181508155" });
    expect(steuernummer.validate("201/123/12340", { land: "SN" })).toEqual({ ok: true, value: "20112312340" });
    expect(steuernummer.validate("4151081508156", { land: "TH" })).toEqual({ ok: true, value: "4151081508156" });
    expect(codeOf("4151181508156", "TH")).toBe("invalid_format");
    expect(codeOf("136695978")).toBe("too_short");
  });
});

describe("steuernummer: order of checks", () => {
  it.each([
    ["013 815 O8153", "HE", "invalid_characters"],
    ["13 815 0815", "HE", "too_short"], // length before the Land
    ["2613081508153 1", "HE", "too_long"],
    ["261308150815", "HE", "invalid_format"], // 12 digits
    ["2613181508153", "HE", "invalid_format"], // no 0 after the Bundesfinanzamtsnummer
    ["3313081508153", "HE", "unknown_code"], // unknown prefix before the Land comparison
    ["9181081508155", "HE", "land_mismatch"],
  ] as const)("reports %j for %s as %s", (input, land, code) => {
    expect(codeOf(input, land)).toBe(code);
    expect(steuernummer.isValid(input, land)).toBe(false);
  });

  it("rejects a 10,000-digit input as too long", () => {
    expect(codeOf("1".repeat(10_000))).toBe("too_long");
  });
});

describe("steuernummer.detectLand", () => {
  it.each([
    ["93815/08152", ["BW", "BE", "HB", "HH", "NI", "RP", "SH"]],
    ["381/815/08155", ["BY", "NW"]],
    ["181/815/08155", ["BY", "NW", "ST", "TH"]], // the Bavarian example also fits the ST and TH layouts
    ["133/8150/8159", ["BY", "NW", "ST", "TH"]],
    ["013 815 08153", ["BY", "BB", "HE", "MV", "NW", "SL"]],
    ["151/815/08156", ["BY", "NW", "ST", "TH"]],
    ["201/123/12340", ["BY", "NW", "SN"]],
    ["2613081508153", ["HE"]],
    ["3313081508153", []],
    ["12345", []],
    ["", []],
  ])("lists the candidates for %j", (input, lands) => {
    expect(steuernummer.detectLand(input)).toEqual(lands);
  });
});

describe("steuernummer conversions", () => {
  it("returns undefined where the number does not fit the Land", () => {
    expect(steuernummer.toBundeseinheitlich("13/815/08153", "HE")).toBeUndefined();
    expect(steuernummer.toBundeseinheitlich("9181081508155", "HE")).toBeUndefined();
    expect(steuernummer.toBundeseinheitlich("2613081508153", "HE")).toBe("2613081508153");
  });

  it("converts only 13-digit numbers to the regional form", () => {
    expect(steuernummer.toRegional("26 13 0 815 08153")).toBe("01381508153");
    expect(steuernummer.toRegional("013 815 08153")).toBeUndefined();
    expect(steuernummer.toRegional("3313081508153")).toBeUndefined();
    expect(steuernummer.toRegional("2613181508153")).toBeUndefined();
  });

  it("round-trips every regional number of every Land", () => {
    // Random digits of the length of the Land's regional form; those with the wrong lead digit are skipped.
    const regional = fc
      .tuple(fc.constantFrom(...ONLINE_EXAMPLES), fc.stringMatching(/^[0-9]{11}$/))
      .map(([[land, example], digits]) => ({ land, digits: digits.slice(0, compact(example).length) }))
      .filter(({ land, digits }) => steuernummer.isValid(digits, land));
    fc.assert(
      fc.property(regional, ({ land, digits }) => {
        const bund = steuernummer.toBundeseinheitlich(digits, land);
        expect(bund).toHaveLength(13);
        expect(steuernummer.detectLand(bund ?? "")).toEqual([land]);
        expect(steuernummer.toRegional(bund ?? "")).toBe(digits);
      }),
      { numRuns: 500 },
    );
  });
});

describe("steuernummer.format", () => {
  it("writes the compact digits without a Land, for the 13-digit form, and for a number not of that Land", () => {
    expect(steuernummer.format("181/815/08155")).toBe("18181508155");
    expect(steuernummer.format("26 13 0 815 08153", "HE")).toBe("2613081508153");
    expect(steuernummer.format("13/815/08153", "HE")).toBe("1381508153");
  });

  it("never throws, even for a Land code unknown at run time", () => {
    expect(steuernummer.format("013 815 08153", "XX" as Bundesland)).toBe("01381508153");
  });
});

describe("steuernummer: programming errors and schema", () => {
  it("throws a TypeError for an unknown Land code instead of ignoring it", () => {
    expect(() => steuernummer.validate("013 815 08153", { land: "XX" as Bundesland })).toThrow(TypeError);
    expect(() => steuernummer.isValid("013 815 08153", "toString" as Bundesland)).toThrow(TypeError);
    expect(() => steuernummer.schema({ land: "hessen" as Bundesland })).toThrow(TypeError);
  });

  it("reports the same code in a form, with the field path", () => {
    const form = z.object({ stnr: steuernummerSchema, stnrHe: steuernummer.schema({ land: "HE", locale: "en" }) });
    expect(form.parse({ stnr: "21/815/08150", stnrHe: "013 815 08153" })).toEqual({
      stnr: "2181508150",
      stnrHe: "01381508153",
    });
    const result = form.safeParse({ stnr: "3313081508153", stnrHe: "21/815/08150" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error).map(({ path, code }) => ({ path, code }))).toEqual([
        { path: ["stnr"], code: "unknown_code" },
        { path: ["stnrHe"], code: "land_mismatch" },
      ]);
    }
  });
});
