import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownToPlainText } from "./plain-text.js";

describe("markdownToPlainText", () => {
  it("keeps the words of emphasis, strong and links, without their markup", () => {
    expect(
      markdownToPlainText(
        "Sie brauchen **einen gültigen** Ausweis und *ein* Foto. Mehr bei [Fulda](https://fulda.de).",
      ),
    ).toBe("Sie brauchen einen gültigen Ausweis und ein Foto. Mehr bei Fulda.");
    expect(markdownToPlainText("__stark__ und _betont_ und ***beides***")).toBe("stark und betont und beides");
  });

  it("puts headings, paragraphs and list items on their own lines", () => {
    const markdown = [
      "## Voraussetzungen",
      "",
      "Sie wohnen in Fulda",
      "und sind mindestens 16 Jahre alt.",
      "",
      "- Personalausweis",
      "* Meldebescheinigung",
      "+ Foto",
      "",
      "1. Termin buchen",
      "2) Vorsprechen",
      "",
      "---",
      "#### Kosten ####",
    ].join("\n");
    expect(markdownToPlainText(markdown)).toBe(
      [
        "Voraussetzungen",
        "Sie wohnen in Fulda und sind mindestens 16 Jahre alt.",
        "Personalausweis",
        "Meldebescheinigung",
        "Foto",
        "1. Termin buchen",
        "2. Vorsprechen",
        "Kosten",
      ].join("\n"),
    );
  });

  it("leaves literal characters alone where they are not markup", () => {
    expect(markdownToPlainText("3 * 4 = 12, Datei_name_v2, Preis 5 €*")).toBe("3 * 4 = 12, Datei_name_v2, Preis 5 €*");
    expect(markdownToPlainText("Kinder < 6 Jahre > nie")).toBe("Kinder < 6 Jahre > nie");
    expect(markdownToPlainText("[kein Link] und ] allein")).toBe("[kein Link] und ] allein");
  });

  it("resolves backslash escapes and common character references", () => {
    expect(markdownToPlainText("\\*kein Stern\\* \\[x\\] A &amp; B &lt;3 &#8364; &#x20AC; &unknown; &#0;")).toBe(
      "*kein Stern* [x] A & B <3 € € &unknown; \ufffd",
    );
  });

  it("keeps the address of an autolink and the text of an image", () => {
    expect(markdownToPlainText("Siehe <https://fulda.de> oder <buergerbuero@fulda.de>. ![Logo](logo.png)")).toBe(
      "Siehe https://fulda.de oder buergerbuero@fulda.de. Logo",
    );
  });

  it("keeps raw HTML as literal text (the renderer shows it so), never as markup", () => {
    expect(markdownToPlainText("<b>fett</b> <script>alert(1)</script>")).toBe("<b>fett</b> <script>alert(1)</script>");
  });

  it("handles link destinations with parentheses and titles", () => {
    expect(markdownToPlainText('[Wiki](https://de.wikipedia.org/wiki/Fulda_(Stadt) "Titel") danach')).toBe(
      "Wiki danach",
    );
  });

  it("returns an empty string for empty or markup-only input", () => {
    expect(markdownToPlainText("")).toBe("");
    expect(markdownToPlainText("  \n\n***\n##\n")).toBe("");
  });

  it("stays linear on hostile input", () => {
    const inputs = [
      "[".repeat(50_000),
      "](".repeat(50_000),
      "[](".repeat(50_000),
      "[a](((".repeat(20_000),
      "*a".repeat(50_000),
      "*a _".repeat(20_000) + "a_ ".repeat(20_000),
      "&".repeat(50_000),
      "<".repeat(50_000),
      `<${"a".repeat(100_000)}`,
    ];
    for (const input of inputs) {
      markdownToPlainText(input);
    }
  });

  it("never throws and never leaves a paired emphasis marker", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const plain = markdownToPlainText(text);
        expect(typeof plain).toBe("string");
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zäöü]{1,12}$/), (word) => {
        expect(markdownToPlainText(`**${word}**`)).toBe(word);
        expect(markdownToPlainText(`_${word}_`)).toBe(word);
      }),
    );
  });
});
