import { describe, expect, it } from "vitest";
import { parseLeistungsschluessel } from "../index.js";

describe("parseLeistungsschluessel", () => {
  it("splits a key with Verrichtung and detail (Anmeldung einer Wohnung)", () => {
    expect(parseLeistungsschluessel("99115005104001")).toEqual({
      ok: true,
      value: {
        key: "99115005104001",
        catalog: "99",
        group: "115",
        object: "005",
        leistungsobjektId: "99115005",
        verrichtung: "104",
        detail: "001",
      },
    });
  });

  it("reports no Verrichtung or detail for 000 (a bare Leistungsobjekt)", () => {
    const result = parseLeistungsschluessel("99102013000000");
    expect(result).toMatchObject({ ok: true, value: { group: "102", object: "013", verrichtung: null, detail: null } });
  });

  it("accepts the grouped spelling and surrounding whitespace", () => {
    const result = parseLeistungsschluessel("  99 102 013 104 000 ");
    expect(result).toMatchObject({ ok: true, value: { key: "99102013104000", verrichtung: "104", detail: null } });
  });

  it.each([
    ["", "empty"],
    ["9910201310400", "too_short"],
    ["991020131040000", "too_long"],
    ["99-102-013-104-000", "invalid_characters"],
    ["９９１０２０１３１０４０００", "invalid_characters"],
    ["9910201310400O", "invalid_characters"],
  ])("rejects %j with code %s", (input, code) => {
    const result = parseLeistungsschluessel(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.code)).toEqual([code]);
  });

  it("names the field in German by default and in English on request", () => {
    expect(parseLeistungsschluessel("123")).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining("Leistungsschlüssel ist zu kurz") }],
    });
    expect(parseLeistungsschluessel("123", { locale: "en", path: ["leistungsschluessel"] })).toMatchObject({
      ok: false,
      issues: [{ path: ["leistungsschluessel"], message: expect.stringContaining("service key") }],
    });
  });

  it("stays fast and correct on a 100,000-character input", () => {
    expect(parseLeistungsschluessel("9 ".repeat(50_000))).toMatchObject({ ok: false, issues: [{ code: "too_long" }] });
  });
});
