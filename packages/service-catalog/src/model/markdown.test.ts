import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMarkdownProblems } from "./markdown.js";

const codes = (text: string) => findMarkdownProblems(text).map((problem) => problem.code);

describe("findMarkdownProblems", () => {
  it("accepts the whole allowed subset", () => {
    const text = [
      "## Voraussetzungen",
      "",
      "Sie wohnen in **Fulda** und sind *mindestens* 16 Jahre alt.",
      "",
      "### Unterlagen",
      "",
      "- Personalausweis",
      "- Wohnungsgeberbestätigung",
      "  (vom Vermieter)",
      "",
      "1. Termin buchen",
      "2. Vorsprechen",
      "",
      "#### Kontakt",
      "",
      "Mehr unter [fulda.de](https://www.fulda.de), per [Mail](mailto:buergerbuero@fulda.de),",
      "[Telefon](tel:+496611021111) oder <https://www.fulda.de/buergerbuero>.",
      "Kinder < 6 Jahre und a <b sind Text, \\<div> ist maskiert, #Hashtag ist keine Überschrift.",
    ].join("\n");
    expect(findMarkdownProblems(text)).toEqual([]);
  });

  it.each([
    ["<p>Text</p>", "markdown_html", 1, "<p>"],
    ["Zeile\n<!-- Kommentar -->", "markdown_html", 2, "<!-- Kommentar -->"],
    ["a <br/> b", "markdown_html", 1, "<br/>"],
    ["# Titel", "markdown_heading_level", 1, "1"],
    ["Text\n\n##### Tief", "markdown_heading_level", 3, "5"],
    ["![Bild](https://example.org/a.png)", "markdown_image", 1, "!["],
    ["```\ncode\n```", "markdown_code_block", 1, "```"],
    ["> Zitat", "markdown_blockquote", 1, ">"],
    ["[klick](javascript:alert(1))", "markdown_link_scheme", 1, "javascript:alert(1"],
    ["[relativ](/pfad)", "markdown_link_scheme", 1, "/pfad"],
    ["[ref]: data:text/html,x", "markdown_link_scheme", 1, "data:text/html,x"],
    ["<javascript:alert(1)>", "markdown_html", 1, "<javascript:alert(1)>"],
  ])("reports %j as %s on line %i", (text, code, line, value) => {
    expect(findMarkdownProblems(text)).toContainEqual({ code, line, value });
  });

  it("reports each kind once, at its first line, and several kinds together", () => {
    expect(codes("<b>a</b>\n<i>b</i>\n# H\n> q")).toEqual([
      "markdown_html",
      "markdown_heading_level",
      "markdown_blockquote",
    ]);
    expect(findMarkdownProblems("x\n<b>a</b>\n<i>b</i>")).toEqual([{ code: "markdown_html", line: 2, value: "<b>" }]);
  });

  it("shortens long offending text", () => {
    const [problem] = findMarkdownProblems(`<div class="${"x".repeat(200)}">`);
    expect(problem?.value.length).toBeLessThanOrEqual(40);
  });

  it("never throws and returns on hostile input (hang guard, not a timing goal)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("<", ">", "[", "]", "(", ")", "!", "#", "\\", " ", "\n", "a", ":") }),
        (text) => {
          expect(() => findMarkdownProblems(text)).not.toThrow();
        },
      ),
    );
    findMarkdownProblems("](".repeat(20_000) + "<a".repeat(20_000));
  });
});
