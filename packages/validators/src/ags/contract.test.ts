import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { ags } from "./index.js";

const LAND_CODES = Array.from({ length: 16 }, (_, index) => String(index + 1).padStart(2, "0"));

// A Land code 01-16 and six random digits, compact or grouped as "LL R KK GGG".
const validAgs = fc
  .tuple(fc.constantFrom(...LAND_CODES), fc.stringMatching(/^[0-9]{6}$/))
  .map(([land, rest]) => land + rest)
  .chain((compact) =>
    fc.constantFrom(
      compact,
      `${compact.slice(0, 2)} ${compact.slice(2, 3)} ${compact.slice(3, 5)} ${compact.slice(5)}`,
    ),
  );

describeKindContract({
  name: "ags",
  kind: ags,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    // Hessian examples from the Destatis Gemeindeverzeichnis (reference/validators.md).
    { input: "06631009", value: "06631009" }, // Fulda
    { input: "06531005", value: "06531005" }, // Gießen
    { input: "06534014", value: "06534014" }, // Marburg
    { input: "06532023", value: "06532023" }, // Wetzlar
    { input: "06533009", value: "06533009" }, // Limburg a. d. Lahn
    { input: "06413000", value: "06413000" }, // Offenbach am Main, kreisfreie Stadt
    { input: "11000000", value: "11000000" }, // Berlin
    { input: "01001000", value: "01001000" }, // Flensburg: the lowest Land code
    { input: "16077052", value: "16077052" }, // Thüringen: the highest Land code
    { input: "06 6 31 009", value: "06631009" }, // grouped as in reference works
    { input: "\t06631009 \n", value: "06631009" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: "  \t ", code: "empty" },
    { input: "0663100", code: "too_short" },
    { input: "066310090", code: "too_long" },
    { input: "066310009009", code: "too_long" }, // an ARS is not an AGS
    { input: "6631009", code: "too_short" }, // leading zero of the Land code dropped (spreadsheet export)
    { input: "00631009", code: "unknown_code" },
    { input: "17631009", code: "unknown_code" },
    { input: "99000000", code: "unknown_code" },
    { input: "06-6-31-009", code: "invalid_characters" }, // hyphens are not this kind's separator
    { input: "06.631.009", code: "invalid_characters" },
    { input: "０６６３１００９", code: "invalid_characters" }, // fullwidth digits
    { input: "\u039f6631009", code: "invalid_characters" }, // Greek capital Omicron for zero
    { input: "\u041e6631009", code: "invalid_characters" }, // Cyrillic capital O for zero
    { input: "O6631009", code: "invalid_characters" }, // Latin letter O for zero
    { input: "06631009\u00a0", code: "invalid_characters" }, // no-break space is not trimmed
  ],
  validArbitrary: validAgs,
  adversarial: [" 0".repeat(50_000), `06${" ".repeat(99_990)}631009`, "06631009 ".repeat(10_000)],
});
