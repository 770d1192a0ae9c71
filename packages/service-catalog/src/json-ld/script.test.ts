import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonLdScript } from "./script.js";

const hostile = {
  "@context": "https://schema.org",
  "@type": "GovernmentService",
  name: "Ausweis</script><script>alert(1)</script>",
  description: "<!-- Kommentar --> a & b > c \u2028 Zeile \u2029 Absatz </SCRIPT > <!--",
  alternateName: ["</ScRiPt", "]]>", "\ud800 einsames Surrogat"],
};

describe("jsonLdScript", () => {
  it("parses back to exactly the original data", () => {
    expect(JSON.parse(jsonLdScript(hostile))).toEqual(hostile);
  });

  it("contains nothing that can end the script element or open a comment", () => {
    const json = jsonLdScript(hostile);
    expect(json.toLowerCase()).not.toContain("</script");
    expect(json).not.toContain("<!--");
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
  });

  it("escapes lone surrogates so the text is well-formed", () => {
    expect(jsonLdScript({ name: "\ud800" })).toBe('{"name":"\\ud800"}');
  });

  it("returns only the JSON text, without the script element", () => {
    expect(jsonLdScript({ name: "Fulda" })).toBe('{"name":"Fulda"}');
  });

  it("keeps any JSON value intact and free of breakout sequences", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: "binary" }), (value, text) => {
        const data = { value, text: `${text}</script><!--` };
        const json = jsonLdScript(data);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
        expect(json.toLowerCase()).not.toContain("</script");
        expect(json).not.toContain("<!--");
        expect(json).not.toMatch(/[\u2028\u2029]/);
      }),
    );
  });

  it("refuses data without a JSON representation instead of returning undefined", () => {
    expect(() => jsonLdScript({ toJSON: () => undefined })).toThrow(TypeError);
  });
});
