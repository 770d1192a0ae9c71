import { describe, expect, it } from "vitest";
import { foldedMorphemes } from "./analyze.js";
import { Decompounder } from "./decompound.js";
import { highlightRanges } from "./highlight.js";
import type { HighlightRange } from "./types.js";

const decompounder = new Decompounder(new Set(foldedMorphemes()));

function marked(text: string, ranges: HighlightRange[]): string[] {
  return ranges.map(({ start, end }) => text.slice(start, end));
}

describe("highlightRanges", () => {
  it("marks whole matched words in the source text, whatever the folding did", () => {
    const text = "Straßenverkehrsrechtliche Anordnung für Gehwegflächen";
    const ranges = highlightRanges(text, new Set(["anordnung", "fur"]), decompounder);
    expect(marked(text, ranges)).toEqual(["Anordnung", "für"]);
  });

  it("marks only the matched part of a compound, with source offsets after ß", () => {
    const text = "Die Straßenreinigung";
    expect(marked(text, highlightRanges(text, new Set(["strasse"]), decompounder))).toEqual(["Straße"]);
    const dog = "Hundesteuer Anmeldung";
    expect(marked(dog, highlightRanges(dog, new Set(["hund"]), decompounder))).toEqual(["Hund"]);
  });

  it("marks a matched run of parts as one range and a hyphenated word as a whole", () => {
    const text = "Bewohnerparkausweis oder Kita-Platz";
    const ranges = highlightRanges(text, new Set(["parkausweis", "kitaplatz"]), decompounder);
    expect(marked(text, ranges)).toEqual(["parkausweis", "Kita-Platz"]);
  });

  it("maps an ASCII umlaut spelling back to both letters", () => {
    const text = "Fuehrungszeugnis";
    expect(highlightRanges(text, new Set(["fuhrungszeugnis"]), decompounder)).toEqual([{ start: 0, end: 16 }]);
  });

  it("returns no ranges without terms or text", () => {
    expect(highlightRanges("Hund", new Set(), decompounder)).toEqual([]);
    expect(highlightRanges("", new Set(["hund"]), decompounder)).toEqual([]);
  });
});
