import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonValuePositions, lineColumnOf, parseJsonSource, positionOfPath } from "./json-source.js";

function errorOf(text: string) {
  const result = parseJsonSource(text);
  if (result.ok) throw new Error(`parsed: ${text}`);
  return result.error;
}

describe("parseJsonSource", () => {
  it("parses JSON like JSON.parse", () => {
    expect(parseJsonSource('{"a": [1, "x", null]}')).toEqual({ ok: true, value: { a: [1, "x", null] } });
  });

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', "missing_comma", 3, 3, '"'],
    ['{\n  "a": [1, 2,]\n}', "trailing_comma", 2, 13, ","],
    ['{"a": 1,}', "trailing_comma", 1, 8, ","],
    ['{\n  // Fulda\n  "a": 1\n}', "comment", 2, 3, "/"],
    ['{"a": "Zeile\nzwei"}', "control_character", 1, 13, "\n"],
    ['{"a": "C:\\Daten"}', "invalid_escape", 1, 10, "\\"],
    ['{"a": "\\u12G4"}', "invalid_escape", 1, 8, "\\"],
    ['{"a": "offen', "unterminated_string", 1, 7, '"'],
    ['{"a": 012}', "invalid_number", 1, 7, "0"],
    ['{"a": 1,5}', "unexpected_character", 1, 9, "5"],
    ['{"a": .5}', "unexpected_character", 1, 7, "."],
    ['{"a": -}', "invalid_number", 1, 7, "-"],
    ['{"a": 1.}', "invalid_number", 1, 7, "1"],
    ['{"a": 1e}', "invalid_number", 1, 7, "1"],
    ['{"a": tru}', "unexpected_character", 1, 10, "}"],
    ["{'a': 1}", "unexpected_character", 1, 2, "'"],
    ['{"a" 1}', "unexpected_character", 1, 6, "1"],
    ['{"a": 1} x', "unexpected_character", 1, 10, "x"],
    ["[1, 2] [3]", "unexpected_character", 1, 8, "["],
  ])("locates the mistake in %j as %s at %i:%i", (text, reason, line, column, character) => {
    expect(errorOf(text)).toMatchObject({ reason, line, column, character });
  });

  it.each([
    ["", 1, 1],
    ['{\n  "services": [\n    {"id": "a"}\n', 4, 1],
    ["[tr", 1, 4],
  ])("reports a text ending too early (%j) at its end", (text, line, column) => {
    const error = errorOf(text);
    expect(error).toMatchObject({ reason: "unexpected_end", line, column });
    expect(error.character).toBeUndefined();
  });

  it("counts columns in characters and lines after CR LF, LF and CR alike", () => {
    expect(errorOf('{"ä😀": 1 x}')).toMatchObject({ line: 1, column: 10 });
    expect(errorOf('{\r\n"a": 1\r\nx}')).toMatchObject({ line: 3, column: 1, reason: "unexpected_character" });
    expect(errorOf('{\r"a": 1\rx}')).toMatchObject({ line: 3, column: 1 });
  });

  it("agrees with JSON.parse on any text", () => {
    const jsonish = fc.stringMatching(/^[{}[\]",:0-9.eE+\-tfrulnsa \n\\]{0,30}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), jsonish), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(parseJsonSource(text).ok).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with JSON.parse on JSON with a character inserted, and blames nothing before it", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom("}", "]", ",", ":", '"', "x"), (value, at, inserted) => {
        const text = JSON.stringify(value, null, 1);
        const position = at % (text.length + 1);
        const broken = text.slice(0, position) + inserted + text.slice(position);
        let valid = true;
        try {
          JSON.parse(broken);
        } catch {
          valid = false;
        }
        const result = parseJsonSource(broken);
        expect(result.ok).toBe(valid);
        // What comes before the insertion is the start of valid JSON; only a dangling comma, or a string,
        // number or escape broken by the insertion, is blamed on an earlier character (where it starts).
        if (!result.ok && result.error.offset < position) {
          expect(["trailing_comma", "unterminated_string", "invalid_number", "invalid_escape"]).toContain(
            result.error.reason,
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("returns on deeply nested and repetitive hostile input (hang guard, not a timing goal)", () => {
    for (const text of [
      "[".repeat(1_000_000),
      "[".repeat(500_000) + "]".repeat(499_999),
      `"${"\\u00".repeat(200_000)}`,
    ]) {
      expect(parseJsonSource(text).ok).toBe(false);
    }
    expect(jsonValuePositions(`${"[".repeat(100_000)}${"]".repeat(100_000)}`).size).toBe(65);
  });
});

describe("jsonValuePositions", () => {
  const text = '{\n  "services": [\n    { "id": "a", "title": "A" },\n    { "id": "b" }\n  ],\n  "city\\u0073": 1\n}';
  const positions = jsonValuePositions(text);
  const at = (path: (string | number)[]) => {
    const offset = positionOfPath(positions, path);
    return offset === undefined ? undefined : lineColumnOf(text)(offset);
  };

  it("gives the start of every value by its path", () => {
    expect(at([])).toEqual({ line: 1, column: 1 });
    expect(at(["services"])).toEqual({ line: 2, column: 15 });
    expect(at(["services", 0, "title"])).toEqual({ line: 3, column: 27 });
    expect(at(["services", 1])).toEqual({ line: 4, column: 5 });
    expect(at(["citys"])).toEqual({ line: 6, column: 17 });
  });

  it("falls back to the nearest ancestor for a path that is not in the text", () => {
    expect(at(["services", 1, "title"])).toEqual({ line: 4, column: 5 });
    expect(at(["offices", 0])).toEqual({ line: 1, column: 1 });
  });

  it("keeps the last of repeated keys, as JSON.parse does", () => {
    const repeated = '{"a": 1, "a": [2]}';
    expect(positionOfPath(jsonValuePositions(repeated), ["a"])).toBe(14);
  });

  it("tells a string key from an array index", () => {
    const mixed = '{"0": "key", "list": ["index"]}';
    const found = jsonValuePositions(mixed);
    expect(positionOfPath(found, ["0"])).toBe(6);
    expect(positionOfPath(found, ["list", 0])).toBe(22);
    expect(positionOfPath(found, ["list", "0"])).toBe(21);
  });
});
