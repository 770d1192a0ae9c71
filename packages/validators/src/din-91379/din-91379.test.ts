import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fillPlaceholders } from "../core/issues.js";
import { issuesFromZodError } from "../core/zod.js";
import { NON_LETTERS_N1, NON_LETTERS_N2, NON_LETTERS_N3, NON_LETTERS_N4 } from "./characters.js";
import { DEFAULT_MAX_LENGTH } from "./din-91379.js";
import {
  type Din91379IssueCode,
  type Din91379Kind,
  din91379A,
  din91379ASchema,
  din91379B,
  din91379BSchema,
  din91379C,
  din91379CSchema,
} from "./index.js";

const kinds = [din91379A, din91379B, din91379C] as const;
type AnyKind = Din91379Kind<string>;

/**
 * What the shared contract checks for a rejection, with the placeholders of the message filled: the one code,
 * the German and English message, isValid, and the schema's code and message.
 */
function expectRejected(
  kind: AnyKind,
  input: string,
  code: Din91379IssueCode,
  params: Record<string, string | number>,
): void {
  expect(kind.validate(input)).toEqual({
    ok: false,
    issues: [{ path: [], code, message: fillPlaceholders(kind.messages.de[code], params) }],
  });
  expect(kind.isValid(input)).toBe(false);
  expect(kind.validate(input, { locale: "en", path: ["name"] })).toEqual({
    ok: false,
    issues: [{ path: ["name"], code, message: fillPlaceholders(kind.messages.en[code], params) }],
  });
  const parsed = kind.schema().safeParse(input);
  expect(parsed.success).toBe(false);
  if (!parsed.success) {
    expect(issuesFromZodError(parsed.error)).toEqual([
      { path: [], code, message: fillPlaceholders(kind.messages.de[code], params) },
    ]);
  }
}

describe("invalid characters, named in the message", () => {
  it("writes the offending character into the message", () => {
    expect(din91379A.validate("Max😀")).toEqual({
      ok: false,
      issues: [{ path: [], code: "invalid_characters", message: "Das Zeichen „😀“ ist in Namen nicht erlaubt." }],
    });
    expect(din91379A.validate("Max😀", { locale: "en" })).toMatchObject({
      issues: [{ message: "The character “😀” is not allowed in names." }],
    });
  });

  it.each([
    ["Max😀", "😀", "U+1F600"], // emoji
    ["Алексей", "А", "U+0410"], // Cyrillic belongs to data types D and E
    ["Aлексей", "л", "U+043B"], // a Latin A does not make the rest Latin
    ["Οtto", "Ο", "U+039F"], // Greek capital omicron, a look-alike of O
    ["Ｍａｘ", "Ｍ", "U+FF2D"], // fullwidth letters are not folded (no NFKC)
    ["ﬁnn", "ﬁ", "U+FB01"], // a compatibility ligature: NFC keeps it
    ["Ǆemal", "Ǆ", "U+01C4"], // a Latin letter that DIN 91379 does not list
    ["Anna„Berg", "„", "U+201E"], // E1 quotation marks belong to data type D
    ["a…", "…", "U+2026"],
  ])("rejects %j in all three types, naming %j", (input, character, codePoint) => {
    for (const kind of kinds) expectRejected(kind, input, "invalid_characters", { character, codePoint });
  });

  it.each([
    ["Müller2", "2", "U+0032"], // digits are N2: allowed in B and C
    ["<Max>", "<", "U+003C"],
    ["Max>", ">", "U+003E"],
    ["Anna & Ben", "&", "U+0026"],
    ["Anna/Berg", "/", "U+002F"],
    ["Ehe (geb. Berg)", "(", "U+0028"],
  ])(
    "rejects %j in type A (N2 characters are not name characters), accepts it in B and C",
    (input, character, codePoint) => {
      expectRejected(din91379A, input, "invalid_characters", { character, codePoint });
      expect(din91379B.validate(input)).toEqual({ ok: true, value: input });
      expect(din91379C.validate(input)).toEqual({ ok: true, value: input });
    },
  );

  it("rejects N3 characters in A and B and accepts them in C", () => {
    expectRejected(din91379A, "Zimmer ½", "invalid_characters", { character: "½", codePoint: "U+00BD" });
    expectRejected(din91379B, "Zimmer ½", "invalid_characters", { character: "½", codePoint: "U+00BD" });
    expect(din91379C.isValid("Zimmer ½")).toBe(true);
  });

  it("names invisible characters by their code point", () => {
    expectRejected(din91379A, "Anna\u00A0Berg", "invalid_characters", { character: "U+00A0", codePoint: "U+00A0" });
    expectRejected(din91379B, "Am\tAnger", "invalid_characters", { character: "U+0009", codePoint: "U+0009" });
    expectRejected(din91379A, "Anna\nBerg", "invalid_characters", { character: "U+000A", codePoint: "U+000A" });
    for (const kind of kinds) {
      expectRejected(kind, "Anna\u200BBerg", "invalid_characters", { character: "U+200B", codePoint: "U+200B" });
      expectRejected(kind, "a\uD800b", "invalid_characters", { character: "U+D800", codePoint: "U+D800" });
      expectRejected(kind, "Anna\u2003Berg", "invalid_characters", { character: "U+2003", codePoint: "U+2003" });
    }
  });

  it("shows a stray combining mark with the letter it sits on, or on a dotted circle", () => {
    for (const kind of kinds) {
      // A lone combining mark: no letter to sit on.
      expectRejected(kind, "\u0301", "invalid_characters", { character: "◌\u0301", codePoint: "U+0301" });
      expectRejected(kind, "Anna \u0301", "invalid_characters", { character: "◌\u0301", codePoint: "U+0301" });
      // q + tilde has no precomposed form and is not a listed sequence.
      expectRejected(kind, "Paq\u0303uin", "invalid_characters", { character: "q\u0303", codePoint: "U+0303" });
      // é is a letter, but é + acute is not.
      expectRejected(kind, "Re\u0301\u0301ne", "invalid_characters", { character: "é\u0301", codePoint: "U+0301" });
      // COMBINING DOUBLE MACRON BELOW only in K͟H, K͟h and k͟h.
      expectRejected(kind, "K\u035FX", "invalid_characters", { character: "K\u035F", codePoint: "U+035F" });
    }
  });

  it("shows an emoji with its variation selector, and at most 8 combining marks", () => {
    expectRejected(din91379A, "❤\uFE0F", "invalid_characters", { character: "❤\uFE0F", codePoint: "U+2764" });
    expectRejected(din91379A, `x${"\u0301".repeat(20)}`, "invalid_characters", {
      character: `x${"\u0301".repeat(8)}`,
      codePoint: "U+0301",
    });
  });

  it("reports the first offending character", () => {
    expectRejected(din91379A, "Anna 2 😀", "invalid_characters", { character: "2", codePoint: "U+0032" });
  });

  it("fills the placeholders of an app's message too", () => {
    const result = din91379A.validate("Jo😀", {
      messages: { invalid_characters: "Im Vornamen ist „{character}“ ({codePoint}) nicht möglich." },
      path: ["vorname"],
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: ["vorname"], code: "invalid_characters", message: "Im Vornamen ist „😀“ (U+1F600) nicht möglich." },
      ],
    });
  });
});

describe("letters and sequences", () => {
  it("takes the longest listed sequence at each position", () => {
    // L̥ and L̥̄ are both listed; L̥̄ + acute is not.
    expect(din91379A.validate("L\u0325")).toEqual({ ok: true, value: "L\u0325" });
    expect(din91379A.validate("L\u0325\u0304")).toEqual({ ok: true, value: "L\u0325\u0304" });
    expectRejected(din91379A, "L\u0325\u0304\u0301", "invalid_characters", {
      character: "L\u0325\u0304\u0301",
      codePoint: "U+0301",
    });
    // K͟H ends in a letter: it counts as one letter element, and so does the H that may follow.
    expect(din91379A.validate("K\u035FHH")).toEqual({ ok: true, value: "K\u035FHH" });
  });

  it("accepts a sequence whose marks arrive in another order, as NFC reorders them canonically", () => {
    // S̛̄: horn (combining class 216) before macron (230); typed the other way round.
    expect(din91379A.validate("S\u0304\u031B")).toEqual({ ok: true, value: "S\u031B\u0304" });
    // Ç̆ typed as C + breve + cedilla: NFC composes Ç and keeps the breve, a listed sequence.
    expect(din91379A.validate("C\u0306\u0327")).toEqual({ ok: true, value: "\u00C7\u0306" });
  });

  it("accepts letters marked deprecated in list 1.3 (they must still be supported)", () => {
    for (const name of ["Ŀlull", "ŉ", "ḗ", "ē\u030D", "ō\u030D"]) expect(din91379A.isValid(name)).toBe(true);
  });

  it("maps canonical singletons with NFC (ANGSTROM SIGN to Å) but folds nothing else", () => {
    expect(din91379A.validate("\u212Bngström")).toEqual({ ok: true, value: "Ångström" });
    expect(din91379A.format("\u212Bngström")).toBe("Ångström");
    expect(din91379A.normalize("ﬁnn")).toBe("ﬁnn");
  });

  it("keeps letter case", () => {
    expect(din91379A.validate("mÜLLER")).toEqual({ ok: true, value: "mÜLLER" });
  });
});

describe("the groups of each data type", () => {
  const groups = [
    ["N1", NON_LETTERS_N1, [true, true, true]],
    ["N2", NON_LETTERS_N2, [false, true, true]],
    ["N3", NON_LETTERS_N3, [false, false, true]],
    ["N4", NON_LETTERS_N4, [false, false, true]],
  ] as const;

  it.each(groups)("allows %s exactly in the types that include it", (_name, characters, allowedIn) => {
    for (const character of characters) {
      kinds.forEach((kind, index) => {
        expect(kind.isValid(`Anna${character}Berg`), `${kind.dataType} ${JSON.stringify(character)}`).toBe(
          allowedIn[index],
        );
      });
    }
  });

  it("rejects each combining diacritic of group dc on its own and after a space", () => {
    const diacritics =
      "\u0300\u0301\u0302\u0304\u0306\u0307\u0308\u030B\u030C\u030D\u0310\u0315\u031B\u0323\u0325\u0326\u0327\u0328\u0331\u035F";
    for (const mark of diacritics) {
      for (const kind of kinds) {
        expect(kind.isValid(mark)).toBe(false);
        expect(kind.isValid(`Anna ${mark}`)).toBe(false);
      }
    }
  });
});

describe("spaces and the letter policy", () => {
  it("does not trim: leading, trailing and double spaces are N1 characters, allowed and kept", () => {
    for (const kind of kinds) {
      expect(kind.validate("  Anna  Berg ")).toEqual({ ok: true, value: "  Anna  Berg " });
      expect(kind.normalize(" Anna ")).toBe(" Anna ");
    }
  });

  it("reports spaces only as no_letter, not as empty", () => {
    for (const kind of kinds) expectRejected(kind, "   ", "no_letter", {});
  });

  it("needs a letter also where digits are allowed", () => {
    expectRejected(din91379B, "12-14", "no_letter", {});
    expect(din91379B.isValid("12a")).toBe(true);
  });

  it("checks characters before the letter policy", () => {
    expectRejected(din91379A, "1", "invalid_characters", { character: "1", codePoint: "U+0031" });
  });
});

describe("maxLength", () => {
  it(`defaults to ${DEFAULT_MAX_LENGTH} code points, counted after NFC`, () => {
    expect(DEFAULT_MAX_LENGTH).toBe(255);
    expect(din91379A.isValid("a".repeat(255))).toBe(true);
    expectRejected(din91379A, "a".repeat(256), "too_long", { maxLength: 255 });
    // 255 decomposed umlauts are 510 code points before NFC and 255 after.
    expect(din91379A.isValid("u\u0308".repeat(255))).toBe(true);
    // Letters outside the BMP do not exist in the list, but counting is by code point, not UTF-16 unit.
    expect(din91379C.validate("ü".repeat(200), { maxLength: 200 }).ok).toBe(true);
  });

  it("takes the option, fills {maxLength} and applies it in the schema too", () => {
    expect(din91379A.validate("Mu\u0308ller", { maxLength: 6 })).toEqual({ ok: true, value: "Müller" });
    expect(din91379A.validate("Müller", { maxLength: 5 })).toEqual({
      ok: false,
      issues: [{ path: [], code: "too_long", message: "Der Name ist zu lang: Er darf höchstens 5 Zeichen haben." }],
    });
    expect(din91379B.validate("Hauptstraße", { maxLength: 5, locale: "en" })).toMatchObject({
      issues: [{ message: "The street or place name is too long: it may have at most 5 characters." }],
    });
    const result = din91379A.schema({ maxLength: 3 }).safeParse("Anna");
    expect(result.success).toBe(false);
    if (!result.success) expect(issuesFromZodError(result.error)[0]?.code).toBe("too_long");
  });

  it("reports invalid characters before the length", () => {
    expectRejected(din91379A, `${"a".repeat(300)}😀`, "invalid_characters", { character: "😀", codePoint: "U+1F600" });
  });

  it("rejects far too long input before normalising it, whatever it contains", () => {
    // More than 16 × 255 UTF-16 units can never be 255 code points after NFC.
    expectRejected(din91379A, "😀".repeat(5_000), "too_long", { maxLength: 255 });
    expectRejected(din91379A, "a".repeat(10_000), "too_long", { maxLength: 255 });
  });

  it("can be switched off with Infinity; the check stays linear on long adversarial input", () => {
    const options = { maxLength: Number.POSITIVE_INFINITY };
    expect(din91379A.validate("a".repeat(100_000), options).ok).toBe(true);
    expect(din91379A.validate("K\u035FH".repeat(50_000), options).ok).toBe(true);
    expect(din91379A.validate("e\u0301".repeat(50_000), options)).toEqual({ ok: true, value: "é".repeat(50_000) });
    expect(din91379A.validate(`a${"\u0301\u0302".repeat(50_000)}`, options)).toMatchObject({
      issues: [{ code: "invalid_characters" }],
    });
    expect(din91379C.validate(`${"L\u0325".repeat(50_000)}\u0301`, options)).toMatchObject({
      issues: [{ code: "invalid_characters" }],
    });
  });

  it.each([0, -1, 1.5, Number.NaN])("treats maxLength %s as a programming error", (maxLength) => {
    expect(() => din91379A.validate("Anna", { maxLength })).toThrow(RangeError);
    expect(() => din91379A.schema({ maxLength })).toThrow(RangeError);
  });
});

describe("normalize and format", () => {
  it("return the NFC form, also for invalid input, and never throw", () => {
    expect(din91379A.normalize("Mu\u0308ller")).toBe("Müller");
    expect(din91379A.format("Mu\u0308ller")).toBe("Müller");
    expect(din91379A.format("\uD800\u0301")).toBe("\uD800\u0301");
    expect(din91379B.format("")).toBe("");
  });
});

describe("schemas", () => {
  const form = z.object({ familienname: din91379ASchema, strasse: din91379BSchema, bemerkung: din91379CSchema });

  it("output the NFC values inside an object", () => {
    expect(
      form.parse({ familienname: "Mu\u0308ller", strasse: "Hauptstraße 1", bemerkung: "Hinterhaus,\n2. OG" }),
    ).toEqual({ familienname: "Müller", strasse: "Hauptstraße 1", bemerkung: "Hinterhaus,\n2. OG" });
  });

  it("report codes and filled messages with the field path", () => {
    const result = form.safeParse({ familienname: "Müller2", strasse: "Hauptstraße 1", bemerkung: "" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZodError(result.error)).toEqual([
        { path: ["familienname"], code: "invalid_characters", message: "Das Zeichen „2“ ist in Namen nicht erlaubt." },
        { path: ["bemerkung"], code: "empty", message: din91379C.messages.de.empty },
      ]);
    }
  });
});

describe("kind objects", () => {
  it("name their data type and message catalogue", () => {
    expect(kinds.map((kind) => kind.dataType)).toEqual(["A", "B", "C"]);
    expect(din91379A.messages.de.invalid_characters).toContain("{character}");
    expect(din91379A.messages.de.too_long).toContain("{maxLength}");
  });
});
