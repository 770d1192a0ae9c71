import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";

describe("tokenize", () => {
  it("splits folded text into words with offsets", () => {
    expect(tokenize("wohngeld (mietzuschuss)")).toEqual([
      { text: "wohngeld", start: 0, end: 8, hyphenated: false },
      { text: "mietzuschuss", start: 10, end: 22, hyphenated: false },
    ]);
  });

  it("marks words joined by a single hyphen", () => {
    expect(tokenize("kita-platz kfz - zulassung").map((word) => [word.text, word.hyphenated])).toEqual([
      ["kita", false],
      ["platz", true],
      ["kfz", false],
      ["zulassung", false],
    ]);
  });

  it("treats Markdown markup and punctuation as separators and keeps digits and other scripts", () => {
    expect(tokenize("**gebuhr:** 46,00 eur; привет").map((word) => word.text)).toEqual([
      "gebuhr",
      "46",
      "00",
      "eur",
      "привет",
    ]);
  });

  it("stops after maxWords", () => {
    expect(tokenize("a b c d", 2).map((word) => word.text)).toEqual(["a", "b"]);
  });
});
