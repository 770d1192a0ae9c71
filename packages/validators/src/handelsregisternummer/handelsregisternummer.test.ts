import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "../core/zod.js";
import { handelsregisterEintragSchema, handelsregisternummer } from "./index.js";
import { knownRegistergericht } from "./registergericht.js";
import { REGISTERGERICHT_ALIASES, REGISTERGERICHTE } from "./registergerichte.js";

describe("handelsregisternummer.validate", () => {
  it.each([
    ["hra 1", "HRA 1"],
    ["Hrb 1", "HRB 1"],
    ["gnr 1", "GnR 1"],
    ["GNR 1", "GnR 1"],
    ["gsr 1", "GsR 1"],
    ["Pr 1", "PR 1"],
    ["vR 1", "VR 1"],
  ])("writes the register type %j in its official spelling %j", (input, value) => {
    expect(handelsregisternummer.validate(input)).toEqual({ ok: true, value });
  });

  it("puts one space between the parts and upper-cases the suffix", () => {
    expect(handelsregisternummer.normalize("HRB12345hl")).toBe("HRB 12345 HL");
    expect(handelsregisternummer.format("hrb   12345   b")).toBe("HRB 12345 B");
  });

  it("leaves input without the shape of a Registernummer trimmed only", () => {
    expect(handelsregisternummer.normalize(" Aachen hrb 1 ")).toBe("Aachen hrb 1");
  });

  it("rejects a 10,000-digit number as too long", () => {
    expect(handelsregisternummer.validate(`HRB ${"1".repeat(10_000)}`)).toMatchObject({
      ok: false,
      issues: [{ code: "too_long" }],
    });
  });
});

describe("handelsregisternummer.registerartOf", () => {
  it("gives the register type of a valid number and undefined otherwise", () => {
    expect(handelsregisternummer.registerartOf("gnr 1 iz")).toBe("GnR");
    expect(handelsregisternummer.registerartOf("HRB 12345 B")).toBe("HRB");
    expect(handelsregisternummer.registerartOf("HRC 1")).toBeUndefined();
  });
});

describe("Registergerichte", () => {
  it("lists 151 courts, each found under its own name, none under another's", () => {
    expect(handelsregisternummer.courts).toHaveLength(151);
    expect(new Set(REGISTERGERICHTE).size).toBe(REGISTERGERICHTE.length);
    for (const court of REGISTERGERICHTE) expect(knownRegistergericht(court)).toBe(court);
  });

  it("map every alias to a listed court", () => {
    for (const court of Object.values(REGISTERGERICHT_ALIASES)) expect(REGISTERGERICHTE).toContain(court);
  });

  it("include the 18 Hessian register courts", () => {
    const hessen = [
      "Bad Hersfeld",
      "Bad Homburg v.d.H.",
      "Darmstadt",
      "Eschwege",
      "Frankfurt am Main",
      "Friedberg",
      "Fritzlar",
      "Fulda",
      "Gießen",
      "Hanau",
      "Kassel",
      "Königstein",
      "Korbach",
      "Limburg",
      "Marburg",
      "Offenbach am Main",
      "Wetzlar",
      "Wiesbaden",
    ];
    for (const court of hessen) expect(REGISTERGERICHTE).toContain(court);
  });
});

describe("handelsregisternummer.validateCourt", () => {
  it.each([
    ["Gießen", "Gießen"],
    ["Amtsgericht Gießen", "Gießen"],
    ["amtsgericht giessen", "Gießen"],
    ["AG Charlottenburg", "Berlin (Charlottenburg)"],
    ["Berlin-Charlottenburg", "Berlin (Charlottenburg)"],
    ["Koeln", "Köln"],
    ["Ko\u0308ln", "Köln"], // decomposed umlaut, as macOS may send it
    ["Frankfurt (Oder)", "Frankfurt/Oder"],
    ["Frankfurt a.M.", "Frankfurt am Main"],
    ["Offenbach", "Offenbach am Main"],
    ["Bad Homburg", "Bad Homburg v.d.H."],
    ["Weiden i.d.OPf.", "Weiden i. d. OPf."],
    ["St Ingbert", "St. Ingbert (St Ingbert)"],
    ["  Hamburg\t", "Hamburg"],
  ])("accepts %j as %j", (input, court) => {
    expect(handelsregisternummer.validateCourt(input)).toEqual({ ok: true, value: court });
  });

  it.each([
    ["", "empty"],
    [" ", "empty"],
    ["Gotham", "unknown_code"],
    ["Frankfurt", "unknown_code"], // am Main or Oder: ambiguous, so not guessed
    ["Amtsgericht", "unknown_code"],
    ["Köln 1", "invalid_characters"],
    ["K\u00f6ln\u00a0", "invalid_characters"],
    ["Gie\u00dfen, Amtsgericht", "invalid_characters"],
    ["\u041a\u00f6ln", "invalid_characters"], // Cyrillic К
    ["A".repeat(61), "too_long"],
    ["A".repeat(100_000), "too_long"],
  ])("rejects %j with %s", (input, code) => {
    const result = handelsregisternummer.validateCourt(input);
    expect(result).toMatchObject({ ok: false, issues: [{ code, path: [] }] });
    if (!result.ok) expect(result.issues[0]?.message).toBe(handelsregisternummer.courtMessages.de[code as "empty"]);
  });

  it("checks the form only with knownCourtsOnly: false", () => {
    expect(handelsregisternummer.validateCourt("Amtsgericht  Bad   Vilbel", { knownCourtsOnly: false })).toEqual({
      ok: true,
      value: "Bad Vilbel",
    });
    expect(handelsregisternummer.validateCourt("Bad Vilbel").ok).toBe(false);
    expect(handelsregisternummer.validateCourt("Bad Vilbel 2", { knownCourtsOnly: false })).toMatchObject({
      ok: false,
      issues: [{ code: "invalid_characters" }],
    });
  });

  it("speaks English and takes the path and overrides", () => {
    expect(
      handelsregisternummer.validateCourt("Gotham", {
        locale: "en",
        path: ["firma", "gericht"],
        messages: { empty: "Gericht fehlt." },
      }),
    ).toEqual({
      ok: false,
      issues: [
        {
          path: ["firma", "gericht"],
          code: "unknown_code",
          message: handelsregisternummer.courtMessages.en.unknown_code,
        },
      ],
    });
  });
});

// Numbers found online, as collected in python-stdnum's tests/test_de_handelsregisternummer.doctest, split into the
// court and the number field.
const FOUND_ONLINE: [string, string][] = [
  ["Aachen", "HRB   11214"],
  ["Augsburg", "HRA 1"],
  ["Bad Oeynhausen", "HRB   14572"],
  ["Berlin (Charlottenburg)", "HRB 178881"],
  ["Berlin", "HRB 87447 B"],
  ["Charlottenburg (Berlin)", "HRB 103587 B"],
  ["Chemnitz", "HRB   14011"],
  ["Düren", "HRA   1971"],
  ["Düsseldorf", "HRB   16894"],
  ["Eschwege", "HRA   2115"],
  ["Flensburg", "HRB   4057  FL"],
  ["Friedberg", "HRB   5519"],
  ["Fulda", "HRA   653"],
  ["Fürth", "HRB 7754"],
  ["Gießen", "HRB   7519"],
  ["Göttingen", "HRA   130944"],
  ["Hanau", "HRB   5015"],
  ["Jena", "HRB   405517"],
  ["Korbach", "HRA   659"],
  ["Köln", "HRB   48349"],
  ["Ludwigshafen a.Rhein (Ludwigshafen)", "HRB   65041"],
  ["Lübeck", "HRB   12065  HL"],
  ["Mannheim", "HRA 350654"],
  ["München", "HRB 1"],
  ["Oldenburg (Oldenburg)", "HRB   201016"],
  ["Pinneberg", "HRB   12700  PI"],
  ["Pinneberg", "GNR 1 IZ"],
  ["Saarbrücken", "HRB   102069"],
  ["Straubing", "PR 8"],
  ["Traunstein", "GnR 1"],
  ["Wiesbaden", "HRB   11946"],
  ["Zweibrücken", "HRB   22575"],
];

describe("handelsregisternummer.validateWithCourt", () => {
  it.each(FOUND_ONLINE)("accepts court %j with number %j", (court, number) => {
    const result = handelsregisternummer.validateWithCourt({ court, number });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(REGISTERGERICHTE).toContain(result.value.court);
      expect(result.value.number).toBe(handelsregisternummer.normalize(number));
    }
  });

  it("returns the court's listed name and the normalised number", () => {
    expect(handelsregisternummer.validateWithCourt({ court: "Amtsgericht Gießen", number: "hrb 7519" })).toEqual({
      ok: true,
      value: { court: "Gießen", number: "HRB 7519" },
    });
  });

  it("treats a missing or empty court as not given, unless it is required", () => {
    expect(handelsregisternummer.validateWithCourt({ number: "HRB 1" })).toEqual({
      ok: true,
      value: { number: "HRB 1" },
    });
    expect(handelsregisternummer.validateWithCourt({ court: "  ", number: "HRB 1" })).toEqual({
      ok: true,
      value: { number: "HRB 1" },
    });
    expect(handelsregisternummer.validateWithCourt({ court: "", number: "HRB 1" }, { courtRequired: true })).toEqual({
      ok: false,
      issues: [{ path: ["court"], code: "empty", message: handelsregisternummer.courtMessages.de.empty }],
    });
  });

  it("reports a problem of each field on its own path, in the chosen language, with overrides", () => {
    const result = handelsregisternummer.validateWithCourt(
      { court: "Gotham", number: "HRB 0123" },
      {
        locale: "en",
        path: ["company"],
        messages: { invalid_format: "Number?" },
        courtMessages: { unknown_code: "Court?" },
      },
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: ["company", "court"], code: "unknown_code", message: "Court?" },
        { path: ["company", "number"], code: "invalid_format", message: "Number?" },
      ],
    });
  });

  it("passes knownCourtsOnly on", () => {
    expect(
      handelsregisternummer.validateWithCourt({ court: "Bad Vilbel", number: "VR 12" }, { knownCourtsOnly: false }),
    ).toEqual({ ok: true, value: { court: "Bad Vilbel", number: "VR 12" } });
  });
});

describe("handelsregisterEintragSchema", () => {
  const form = z.object({ register: handelsregisterEintragSchema });

  it("outputs court and number normalised", () => {
    expect(form.parse({ register: { court: "giessen", number: "hrb7519" } })).toEqual({
      register: { court: "Gießen", number: "HRB 7519" },
    });
  });

  it("reports each field's issue under the field's path", () => {
    const result = form.safeParse({ register: { court: "Gotham", number: "HRX 1" } });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        {
          path: ["register", "court"],
          code: "unknown_code",
          message: handelsregisternummer.courtMessages.de.unknown_code,
        },
        { path: ["register", "number"], code: "unknown_code", message: handelsregisternummer.messages.de.unknown_code },
      ]);
    }
  });

  it("keeps zod's own code for a missing number", () => {
    const result = form.safeParse({ register: { court: "Gießen" } });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)[0]).toMatchObject({ path: ["register", "number"], code: "invalid_type" });
    }
  });

  it("requires the court when built with courtRequired", () => {
    const result = handelsregisternummer
      .eintragSchema({ courtRequired: true, locale: "en" })
      .safeParse({ number: "HRB 1" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["court"], code: "empty", message: handelsregisternummer.courtMessages.en.empty },
      ]);
    }
  });
});
