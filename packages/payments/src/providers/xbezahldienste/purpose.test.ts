// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPaymentError } from "../../core/errors.js";
import { PURPOSE_MAX_LENGTH, PURPOSE_PATTERN, sanitisePurpose } from "./purpose.js";

describe("sanitisePurpose", () => {
  it.each([
    ["GI-2025-000123", "GI-2025-000123"],
    ["Gebühr Größe Übermaß", "Gebuehr Groesse Uebermass"],
    ["ÄÖÜ äöü ß ẞ", "AeOeUe aeoeue ss SS"],
    ["Café Noël", "Cafe Noel"],
    ["GI/2025/000123", "GI-2025-000123"],
    ["Parken #17 (Zone A)", "Parken-17-Zone A"],
    ["a  b\tc\nd", "a b c d"],
    ["  --Hundemarke--  ", "Hundemarke"],
    ["a - -b", "a-b"],
    ["under_score ok", "under_score ok"],
  ])("%j → %j", (reference, purpose) => {
    expect(sanitisePurpose(reference)).toBe(purpose);
  });

  it(`cuts to ${PURPOSE_MAX_LENGTH} characters without a dangling separator`, () => {
    const purpose = sanitisePurpose("Bewohnerparkausweis Zone Innenstadt 2025");
    expect(purpose).toBe("Bewohnerparkausweis Zone In");
    expect(purpose).toHaveLength(27);
    expect(sanitisePurpose("Bewohnerparkausweis Zone-A-B 2025")).toBe("Bewohnerparkausweis Zone-A");
    expect(sanitisePurpose("Bewohnerparkausweis Zonen- 2025")).toBe("Bewohnerparkausweis Zonen-2");
    expect(sanitisePurpose("abcdefghijklmnopqrstuvwxyz -x")).toBe("abcdefghijklmnopqrstuvwxyz");
  });

  it("counts transliterated umlauts against the limit", () => {
    expect(sanitisePurpose("ü".repeat(20))).toBe(`${"ue".repeat(13)}u`);
  });

  it.each([[""], ["   "], ["§$%&/()"], ["---"]])("refuses %j: nothing usable is left", (reference) => {
    let caught: unknown;
    try {
      sanitisePurpose(reference);
    } catch (error) {
      caught = error;
    }
    expect(isPaymentError(caught, "invalid_input")).toBe(true);
    expect((caught as { field?: string }).field).toBe("reference");
  });

  it("always yields what the platform's pattern and length accept", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (reference) => {
        let purpose: string;
        try {
          purpose = sanitisePurpose(reference);
        } catch (error) {
          expect(isPaymentError(error, "invalid_input")).toBe(true);
          return;
        }
        expect(purpose.length).toBeGreaterThan(0);
        expect(purpose.length).toBeLessThanOrEqual(PURPOSE_MAX_LENGTH);
        expect(PURPOSE_PATTERN.test(purpose)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("handles a huge hostile reference by cutting it first", () => {
    expect(sanitisePurpose(`x${"- ".repeat(200_000)}`)).toBe("x");
    // What lies beyond the first 500 characters is never looked at.
    expect(() => sanitisePurpose(`${"- ".repeat(250)}x`)).toThrow(/no letters or digits/);
  });
});
