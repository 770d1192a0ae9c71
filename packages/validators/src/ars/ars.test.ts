import { describe, expect, it } from "vitest";
import { ags } from "../ags/index.js";
import { ars, arsSchema } from "./index.js";

// The Hessian pairs of the reference: ARS and the AGS Destatis gives for the same municipality.
const PAIRS = [
  ["066310009009", "06631009"], // Fulda
  ["065310005005", "06531005"], // Gießen
  ["065340014014", "06534014"], // Marburg
  ["065320023023", "06532023"], // Wetzlar
  ["065330009009", "06533009"], // Limburg a. d. Lahn
  ["064130000000", "06413000"], // Offenbach am Main
] as const;

describe("ars.toAgs", () => {
  it.each(PAIRS)("turns %s into the AGS %s", (regionalschluessel, gemeindeschluessel) => {
    expect(ars.toAgs(regionalschluessel)).toBe(gemeindeschluessel);
    expect(ags.isValid(ars.toAgs(regionalschluessel) ?? "")).toBe(true);
  });

  it("accepts the grouped form and is undefined for invalid input", () => {
    expect(ars.toAgs("06 6 31 0009 009")).toBe("06631009");
    expect(ars.toAgs("06631009")).toBeUndefined();
    expect(ars.toAgs("176310009009")).toBeUndefined();
  });
});

describe("ars.partsOf", () => {
  it("splits Fulda's key into its five parts", () => {
    expect(ars.partsOf("066310009009")).toEqual({
      land: "06",
      regierungsbezirk: "6",
      kreis: "31",
      gemeindeverband: "0009",
      gemeinde: "009",
    });
  });

  it("is undefined for invalid input", () => {
    expect(ars.partsOf("06631009")).toBeUndefined();
  });
});

describe("ars.validate", () => {
  it("rejects a 10,000-digit input as too long", () => {
    expect(ars.validate("1".repeat(10_000))).toMatchObject({ ok: false, issues: [{ code: "too_long" }] });
  });

  it("speaks English on request and through the schema", () => {
    expect(ars.validate("06631009", { locale: "en" })).toMatchObject({
      ok: false,
      issues: [{ code: "too_short", message: ars.messages.en.too_short }],
    });
    expect(arsSchema.parse(" 06 4 13 0000 000 ")).toBe("064130000000");
    const english = ars.schema({ locale: "en" }).safeParse("006310009009");
    expect(english.success).toBe(false);
    if (!english.success) expect(english.error.issues[0]?.message).toBe(ars.messages.en.unknown_code);
  });
});
