import { describe, expect, it } from "vitest";
import { foldGerman, normalizeGerman } from "./normalize.js";

describe("normalizeGerman", () => {
  it("folds umlauts, their ASCII spellings and upper case alike", () => {
    for (const spelling of [
      "Führungszeugnis",
      "Fuehrungszeugnis",
      "Fuhrungszeugnis",
      "FÜHRUNGSZEUGNIS",
      "FUEHRUNGSZEUGNIS",
    ]) {
      expect(normalizeGerman(spelling)).toBe("fuhrungszeugnis");
    }
    expect(normalizeGerman("Lärm")).toBe(normalizeGerman("Laerm"));
    expect(normalizeGerman("Größe")).toBe("grosse");
  });

  it("folds ß and ẞ to ss", () => {
    expect(normalizeGerman("Straße")).toBe("strasse");
    expect(normalizeGerman("STRAẞE")).toBe("strasse");
    expect(normalizeGerman("Strassenverkehrsrechtliche")).toBe(normalizeGerman("Straßenverkehrsrechtliche"));
  });

  it("folds a non-umlaut „ue“ the same way everywhere, so „Steuer“ still meets „Steuer“", () => {
    expect(normalizeGerman("Steuer")).toBe("steur");
    expect(normalizeGerman("STEUER")).toBe(normalizeGerman("steuer"));
    expect(normalizeGerman("Hundesteuer")).toBe(`hunde${normalizeGerman("steuer")}`);
  });

  it("drops other diacritics and absorbs only one e per vowel", () => {
    expect(normalizeGerman("Café Señor")).toBe("cafe senor");
    expect(normalizeGerman("uee")).toBe("ue");
    expect(normalizeGerman("Ærø")).toBe("aro");
  });

  it("keeps characters of other scripts and lone surrogates without failing", () => {
    expect(normalizeGerman("Привет 😀")).toBe("привет 😀");
    expect(normalizeGerman("\ud800x")).toBe("\ud800x");
  });
});

describe("foldGerman", () => {
  it("maps every folded character back to its source range", () => {
    const folded = foldGerman("Straße");
    expect(folded.text).toBe("strasse");
    // Both s of „ß“ come from source index 4.
    expect([folded.sourceStart[4], folded.sourceEnd[4], folded.sourceStart[5], folded.sourceEnd[5]]).toEqual([
      4, 5, 4, 5,
    ]);
  });

  it("gives an absorbed ASCII umlaut the range of both letters", () => {
    const folded = foldGerman("Aerger");
    expect(folded.text).toBe("arger");
    expect([folded.sourceStart[0], folded.sourceEnd[0]]).toEqual([0, 2]);
    expect([folded.sourceStart[1], folded.sourceEnd[1]]).toEqual([2, 3]);
  });

  it("keeps offsets of text after astral characters", () => {
    const folded = foldGerman("😀Ä");
    expect(folded.text).toBe("😀a");
    expect([folded.sourceStart[2], folded.sourceEnd[2]]).toEqual([2, 3]);
  });
});
