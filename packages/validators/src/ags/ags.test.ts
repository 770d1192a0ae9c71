import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "../core/zod.js";
import { ags, agsSchema } from "./index.js";
import { isLandCode, landKeyProblem } from "./land.js";

describe("ags.partsOf", () => {
  it("splits Fulda's key into Land, Regierungsbezirk, Kreis and Gemeinde", () => {
    expect(ags.partsOf("06631009")).toEqual({ land: "06", regierungsbezirk: "6", kreis: "31", gemeinde: "009" });
  });

  it("gives Gemeinde 000 for a kreisfreie Stadt and accepts the grouped form", () => {
    expect(ags.partsOf(" 06 4 13 000 ")).toEqual({ land: "06", regierungsbezirk: "4", kreis: "13", gemeinde: "000" });
  });

  it("is undefined for invalid input", () => {
    expect(ags.partsOf("17631009")).toBeUndefined();
    expect(ags.partsOf("0663100")).toBeUndefined();
    expect(ags.partsOf("")).toBeUndefined();
  });
});

describe("ags.normalize and format", () => {
  it("remove ASCII spaces only; the display form is the 8 digits", () => {
    expect(ags.normalize(" 06 5 31 005 ")).toBe("06531005");
    expect(ags.format("06 5 31 005")).toBe("06531005");
    expect(ags.normalize("06\t531005")).toBe("06\t531005"); // an inner tab is not a separator
    expect(ags.validate("06\t531005")).toMatchObject({ ok: false, issues: [{ code: "invalid_characters" }] });
  });
});

describe("ags.validate", () => {
  it("rejects a 10,000-digit input as too long", () => {
    expect(ags.validate("0".repeat(10_000))).toMatchObject({ ok: false, issues: [{ code: "too_long" }] });
  });

  it("reports invalid characters before the length", () => {
    expect(ags.validate("06A")).toMatchObject({ ok: false, issues: [{ code: "invalid_characters" }] });
  });

  it("names the field in German by default and in English on request", () => {
    expect(ags.validate("17631009")).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringMatching(/^Diesen Amtlichen Gemeindeschlüssel gibt es nicht/) }],
    });
    expect(ags.validate("17631009", { locale: "en" })).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringMatching(/^This official municipality key \(AGS\)/) }],
    });
  });
});

describe("isLandCode and landKeyProblem (shared with ars and leitwegId)", () => {
  it("accept 01 to 16 only", () => {
    const accepted = Array.from({ length: 100 }, (_, index) => String(index).padStart(2, "0")).filter(isLandCode);
    expect(accepted).toEqual(Array.from({ length: 16 }, (_, index) => String(index + 1).padStart(2, "0")));
    expect(isLandCode("6")).toBe(false);
    expect(isLandCode("066")).toBe(false);
    expect(isLandCode("0A")).toBe(false);
    expect(isLandCode("１６")).toBe(false);
  });

  it("check in the documented order", () => {
    expect(landKeyProblem("", 8)).toBe("empty");
    expect(landKeyProblem("9x", 8)).toBe("invalid_characters");
    expect(landKeyProblem("99", 8)).toBe("too_short");
    expect(landKeyProblem("999999999", 8)).toBe("too_long");
    expect(landKeyProblem("99999999", 8)).toBe("unknown_code");
    expect(landKeyProblem("16999999", 8)).toBeUndefined();
  });
});

describe("agsSchema", () => {
  it("outputs the normalised value and reports issues with the field path", () => {
    const form = z.object({ gemeinde: agsSchema });
    expect(form.parse({ gemeinde: "06 6 31 009" })).toEqual({ gemeinde: "06631009" });
    const result = form.safeParse({ gemeinde: "0663100" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["gemeinde"], code: "too_short", message: ags.messages.de.too_short },
      ]);
    }
  });
});
