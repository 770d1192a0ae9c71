import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import {
  LETTER_SEQUENCES,
  LETTERS,
  NON_LETTERS_N1,
  NON_LETTERS_N2,
  NON_LETTERS_N3,
  NON_LETTERS_N4,
} from "./characters.js";
import { din91379A, din91379B, din91379C } from "./index.js";

// The contract compares each rejection's message with the catalogue's text, so only codes with fixed messages
// (empty, no_letter) are listed here. invalid_characters and too_long fill placeholders ({character}, {maxLength});
// their samples (emoji, Cyrillic, Greek, a lone combining mark, digits and "<" ">" in type A, fullwidth letters,
// over-long values) are checked the same way, with the filled message, in din-91379.test.ts.

const letters = [...Array.from(LETTERS), ...LETTER_SEQUENCES];

/** Strings of the allowed elements of a type (single characters and letter sequences) with at least one letter. */
function validValue(nonLetters: string): fc.Arbitrary<string> {
  const element = fc.constantFrom(...letters, ...Array.from(nonLetters));
  return fc
    .tuple(fc.array(element, { maxLength: 40 }), fc.constantFrom(...letters), fc.array(element, { maxLength: 40 }))
    .map(([before, letter, after]) => [...before, letter, ...after].join(""));
}

// Adversarial shapes for the sequence matcher: long runs of combining marks, and of the three-code-point sequence K͟H.
const adversarial = [
  `a${"\u0301".repeat(100_000)}`,
  "e\u0301".repeat(50_000),
  "K\u035F".repeat(50_000),
  "K\u035FH".repeat(30_000),
  "L\u0325\u0304".repeat(30_000),
];

describeKindContract({
  name: "din91379A",
  kind: din91379A,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    { input: "Müller-Lüdenscheidt", value: "Müller-Lüdenscheidt" },
    { input: "Ørsted", value: "Ørsted" },
    { input: "Nguyễn Văn Ân", value: "Nguyễn Văn Ân" },
    // Decomposed input, as macOS and iOS may send it, normalises to the composed form.
    { input: "Mu\u0308ller", value: "Müller" },
    { input: "Nguye\u0302\u0303n Va\u0306n A\u0302n", value: "Nguyễn Văn Ân" },
    // K͟h (with COMBINING DOUBLE MACRON BELOW) is a listed sequence of three code points; ā arrives decomposed.
    { input: "K\u035Fha\u0304lid", value: "K\u035Fh\u0101lid" },
    { input: "ʿAbd al-Raḥmān", value: "ʿAbd al-Raḥmān" },
    { input: "O’Brien", value: "O’Brien" },
    { input: "Þórr Łódź", value: "Þórr Łódź" },
    // Not trimmed: N1 contains the space, so surrounding spaces are allowed and kept.
    { input: " Anna ", value: " Anna " },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: " ", code: "no_letter" },
    { input: "-", code: "no_letter" },
    { input: "’ . ’", code: "no_letter" },
    { input: "Anna😀", code: "invalid_characters", params: { character: "😀", codePoint: "U+1F600" } },
  ],
  validArbitrary: validValue(NON_LETTERS_N1),
  adversarial,
});

describeKindContract({
  name: "din91379B",
  kind: din91379B,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    { input: "Hauptstraße 12", value: "Hauptstraße 12" },
    { input: "Straße des 17. Juni", value: "Straße des 17. Juni" },
    { input: "Frankfurt (Oder)", value: "Frankfurt (Oder)" },
    { input: "Łódź", value: "Łódź" },
    { input: "Am Anger 3/1", value: "Am Anger 3/1" },
    { input: "Kurfu\u0308rstendamm 21", value: "Kurfürstendamm 21" },
    { input: "<Ørsted>", value: "<Ørsted>" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: "12", code: "no_letter" },
    { input: "12 / 14", code: "no_letter" },
    { input: "!", code: "no_letter" },
  ],
  validArbitrary: validValue(NON_LETTERS_N1 + NON_LETTERS_N2),
  adversarial,
});

describeKindContract({
  name: "din91379C",
  kind: din91379C,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    { input: "Zimmer ½", value: "Zimmer ½" },
    { input: "Zeile 1\nZeile 2\r\nZeile 3", value: "Zeile 1\nZeile 2\r\nZeile 3" },
    { input: "Spalte\tWert", value: "Spalte\tWert" },
    { input: "Nr.\u00A05", value: "Nr.\u00A05" },
    { input: "Gebühr ¤ 5 ¦ ¸ ¼ ¾", value: "Gebühr ¤ 5 ¦ ¸ ¼ ¾" },
    { input: "Mu\u0308ller", value: "Müller" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: "\t\n", code: "no_letter" },
    { input: "\u00A0", code: "no_letter" },
    { input: "½ ¾", code: "no_letter" },
  ],
  validArbitrary: validValue(NON_LETTERS_N1 + NON_LETTERS_N2 + NON_LETTERS_N3 + NON_LETTERS_N4),
  adversarial,
});
