import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { handelsregisternummer } from "./index.js";

const REGISTER_TYPES = ["HRA", "HRB", "GnR", "GsR", "PR", "VR"];

/** Upper or lower case per letter, as a user might type it. */
const anyCase = (text: string) =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((uppers) =>
      [...text].map((letter, index) => (uppers[index] ? letter.toUpperCase() : letter.toLowerCase())).join(""),
    );

const spaces = fc.constantFrom("", " ", "  ");

// Register type in any case, a number 1-999999, an optional suffix of 1-3 letters, with zero to two spaces between.
const validNumber = fc
  .tuple(
    fc.constantFrom(...REGISTER_TYPES).chain(anyCase),
    spaces,
    fc.integer({ min: 1, max: 999_999 }),
    fc.option(fc.tuple(spaces, fc.stringMatching(/^[A-Za-z]{1,3}$/)), { nil: undefined }),
  )
  .map(([type, gap, number, suffix]) => `${type}${gap}${number}${suffix === undefined ? "" : suffix.join("")}`);

describeKindContract({
  name: "handelsregisternummer",
  kind: handelsregisternummer,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    { input: "HRB 12345", value: "HRB 12345" },
    { input: "HRA 11223", value: "HRA 11223" },
    { input: "HRB 7519", value: "HRB 7519" }, // Gießen, from python-stdnum's list of numbers found online
    { input: "HRB 87447 B", value: "HRB 87447 B" }, // Berlin (Charlottenburg) adds "B"
    { input: "HRB 12065  HL", value: "HRB 12065 HL" }, // Lübeck adds "HL"
    { input: "HRB 11223B", value: "HRB 11223 B" },
    { input: "hrb12345b", value: "HRB 12345 B" },
    { input: "GNR 1 IZ", value: "GnR 1 IZ" }, // Pinneberg, as written in the doctest
    { input: "gnr 1", value: "GnR 1" },
    { input: "GSR 1", value: "GsR 1" }, // Gesellschaftsregister (MoPeG, since 2024)
    { input: "PR 8", value: "PR 8" }, // Straubing
    { input: "vr 11223", value: "VR 11223" },
    { input: "HRB   11214", value: "HRB 11214" }, // Aachen, with the doctest's runs of spaces
    { input: "HRB 999999", value: "HRB 999999" },
    { input: " \tHRA 1\n", value: "HRA 1" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: "   ", code: "empty" },
    // Structure: register type, number, optional suffix; the court does not belong in this field.
    { input: "HRB", code: "invalid_format" },
    { input: "12345", code: "invalid_format" },
    { input: "12345 HRB", code: "invalid_format" },
    { input: "HRB 1 2", code: "invalid_format" },
    { input: "HRB 12345 B 1", code: "invalid_format" },
    { input: "Aachen HRB 11214", code: "invalid_format" },
    { input: "HRB 11223 BBBB", code: "invalid_format" }, // suffix of 4 letters (python-stdnum doctest)
    { input: "HRB 0", code: "invalid_format" },
    { input: "HRB 0123", code: "invalid_format" }, // leading zero
    { input: "HRB 1234567", code: "too_long" },
    { input: "HRB 0000000", code: "too_long" },
    // Register types that do not exist.
    { input: "HRC 44123", code: "unknown_code" },
    { input: "HR 1", code: "unknown_code" },
    { input: "GmbH 1", code: "unknown_code" },
    // Characters: only ASCII letters, digits and spaces; look-alikes are never folded.
    { input: "HRB-12345", code: "invalid_characters" },
    { input: "HRB 12.345", code: "invalid_characters" },
    { input: "HRB: 12345", code: "invalid_characters" },
    { input: "Gießen HRB 7519", code: "invalid_characters" },
    { input: "\u041dRB 12345", code: "invalid_characters" }, // Cyrillic Н
    { input: "HR\u0392 12345", code: "invalid_characters" }, // Greek Β
    { input: "HRB １２３４５", code: "invalid_characters" }, // fullwidth digits
    { input: "HRB\u00a012345", code: "invalid_characters" }, // no-break space
    { input: "HRB\t12345", code: "invalid_characters" }, // only spaces separate the parts
  ],
  validArbitrary: validNumber,
  adversarial: [
    `HRB ${"1 ".repeat(50_000)}`,
    "A1".repeat(50_000),
    `HRB${" ".repeat(99_990)}1`,
    `HRB ${"9".repeat(100_000)}`,
    `${"HRB 1 ".repeat(16_000)}\u0410`,
  ],
});
