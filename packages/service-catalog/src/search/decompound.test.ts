import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDecompounder, foldedMorphemes } from "./analyze.js";
import { compoundTerms, Decompounder } from "./decompound.js";
import { normalizeGerman } from "./normalize.js";

function decompounder(...words: string[]): Decompounder {
  return new Decompounder(new Set([...foldedMorphemes(), ...words.map(normalizeGerman)]));
}

const texts = (splitter: Decompounder, word: string, allowUnknown = false) =>
  splitter.split(normalizeGerman(word), allowUnknown).map((part) => (part.known ? part.text : `?${part.text}`));

describe("Decompounder", () => {
  it("splits at linking elements into the finest known parts", () => {
    const splitter = decompounder("Hundesteuer", "Anmeldung");
    expect(texts(splitter, "Hundesteueranmeldung")).toEqual(["hund", "steur", "anmeldung"]);
    expect(texts(splitter, "Führungszeugnis")).toEqual(["fuhrung", "zeugnis"]);
    expect(texts(splitter, "Schwerbehindertenausweis")).toEqual(["schwer", "behindert", "ausweis"]);
    expect(texts(splitter, "Zweitwohnungssteuer")).toEqual(["zweit", "wohnung", "steur"]);
  });

  it("keeps offsets in the word and drops linking elements from the parts", () => {
    const parts = decompounder().split("fuhrungszeugnis");
    expect(parts.map(({ start, end }) => [start, end])).toEqual([
      [0, 7],
      [8, 15],
    ]);
  });

  it("does not split words that are no compound of known parts", () => {
    const splitter = decompounder();
    expect(splitter.split("anmeldung")).toEqual([]);
    expect(splitter.split("einsehen", true)).toEqual([]);
    expect(splitter.split("xyzxyzxyz", true)).toEqual([]);
  });

  it("allows one unknown piece at the start or end when asked (typos)", () => {
    const splitter = decompounder();
    expect(texts(splitter, "Persnalausweis", true)).toEqual(["?persnal", "ausweis"]);
    expect(texts(splitter, "Hundesteueranmedlung", true)).toEqual(["hund", "steur", "?anmedlung"]);
    expect(splitter.split(normalizeGerman("Persnalausweis"))).toEqual([]);
  });

  it("never fails or takes long on arbitrary strings", () => {
    const splitter = decompounder();
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (word) => {
        const parts = splitter.split(word, true);
        expect(parts.every((part) => word.slice(part.start, part.end) === part.text)).toBe(true);
      }),
    );
    expect(splitter.split("steur".repeat(2000), true)).toEqual([]);
  });
});

describe("compoundTerms", () => {
  it("lists every known part and every run of neighbouring parts except the whole word", () => {
    const word = "bewohnerparkausweis";
    const parts = decompounder().split(word);
    expect(compoundTerms(word, parts)).toEqual(["bewohner", "bewohnerpark", "park", "parkausweis", "ausweis"]);
  });

  it("leaves out unknown pieces", () => {
    const word = "persnalausweis";
    expect(compoundTerms(word, decompounder().split(word, true))).toEqual(["ausweis"]);
  });
});

describe("createDecompounder", () => {
  it("learns words from texts as written, besides the built-in morphemes", () => {
    const splitter = createDecompounder(["Bello-Marke beantragen"]);
    expect(splitter.split("bellohund").map((part) => part.text)).toEqual(["bello", "hund"]);
    expect(createDecompounder().split("bellohund")).toEqual([]);
  });
});
