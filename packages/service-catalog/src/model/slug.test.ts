import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSlug, MAX_SLUG_LENGTH, SLUG_PATTERN, slugFromTitle } from "./slug.js";

describe("slugFromTitle", () => {
  it.each([
    ["Personalausweis beantragen", "personalausweis-beantragen"],
    ["Hund anmelden (Hundesteuer)", "hund-anmelden-hundesteuer"],
    ["Führungszeugnis beantragen", "fuehrungszeugnis-beantragen"],
    ["Straßenverkehrsrechtliche Anordnung (z. B. Halteverbot)", "strassenverkehrsrechtliche-anordnung-z-b-halteverbot"],
    ["Gaststättenerlaubnis / Gaststättenanzeige", "gaststaettenerlaubnis-gaststaettenanzeige"],
    ["ÄRGER Über Öl", "aerger-ueber-oel"],
    ["  -- Kita-Platz! ", "kita-platz"],
    ["Café", "caf"],
  ])("turns %j into %j", (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it("always yields a slug or nothing, for any title", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (title) => {
        const slug = slugFromTitle(title);
        expect(slug === "" || isSlug(slug)).toBe(true);
      }),
    );
  });
});

describe("isSlug", () => {
  it.each(["a", "wohnsitz-anmelden", "48-seiten", "a1-b2-c3"])("accepts %j", (value) => {
    expect(isSlug(value)).toBe(true);
  });

  it.each(["", "-a", "a-", "a--b", "A", "ä", "a_b", "a b", "a".repeat(MAX_SLUG_LENGTH + 1)])("rejects %j", (value) => {
    expect(isSlug(value)).toBe(false);
  });

  it("agrees with the pattern editors see in the JSON Schema", () => {
    const pattern = new RegExp(SLUG_PATTERN);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{0,12}$/), (value) => {
        expect(isSlug(value)).toBe(pattern.test(value));
      }),
    );
  });
});
