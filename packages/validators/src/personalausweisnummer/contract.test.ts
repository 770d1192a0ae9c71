import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { icaoCheckDigit } from "../core/checksums.js";
import { personalausweisnummer } from "./index.js";

const FIRST = [..."LMNPRTVWXY"];
const ALPHABET = [..."0123456789CFGHJKLMNPRTVWXYZ"];

// A first letter of the post-2010 card, 8 characters of the alphabet and the ICAO check digit, written compact, in
// lower case, with spaces or with surrounding whitespace. Always with the check digit: without it there is nothing
// that could detect a changed digit (see singleDigitChangesRejected).
const validPersonalausweisnummer = fc
  .tuple(fc.constantFrom(...FIRST), fc.array(fc.constantFrom(...ALPHABET), { minLength: 8, maxLength: 8 }))
  .map(([first, rest]) => `${first}${rest.join("")}`)
  .map((serial) => `${serial}${icaoCheckDigit(serial)}`)
  .chain((number) =>
    fc.constantFrom(number, number.toLowerCase(), `${number.slice(0, 5)} ${number.slice(5)}`, ` ${number}\t`),
  );

describeKindContract({
  name: "personalausweisnummer",
  kind: personalausweisnummer,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    // BMI specimens (Erika Mustermann), without and with the MRZ check digit.
    { input: "T22000129", value: "T22000129" },
    { input: "T220001293", value: "T220001293" },
    { input: "L01X00T47", value: "L01X00T47" },
    { input: "L01X00T471", value: "L01X00T471" },
    { input: " t22000129 3\t", value: "T220001293" },
    { input: "l01x 00t4 7", value: "L01X00T47" },
    { input: "YZ0000000", value: "YZ0000000" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: " \t ", code: "empty" },
    { input: "T220001294", code: "invalid_checksum" },
    { input: "L01X00T472", code: "invalid_checksum" },
    { input: "T22000129X", code: "invalid_checksum" }, // the check digit is always 0-9
    { input: "T2200012", code: "too_short" },
    { input: "T", code: "too_short" },
    { input: "T2200012934", code: "too_long" },
    { input: "C01X00T47", code: "invalid_format" }, // a passport number (C is no ID-card first letter)
    { input: "Z22000129", code: "invalid_format" },
    { input: "1220001297", code: "invalid_format" }, // the pre-2010 all-digit format is out of scope
    { input: "A22000129", code: "invalid_characters" }, // vowels never occur
    { input: "T22O00129", code: "invalid_characters" }, // letter O for zero
    { input: "T22000I29", code: "invalid_characters" }, // letter I for one
    { input: "T22B00129", code: "invalid_characters" },
    { input: "T22D00129", code: "invalid_characters" },
    { input: "T22Q00129", code: "invalid_characters" },
    { input: "T22S00129", code: "invalid_characters" },
    { input: "T22000129-3", code: "invalid_characters" }, // hyphen is no separator of this kind
    { input: "T22000129\u00a03", code: "invalid_characters" }, // no-break space
    { input: "IDD<<T220001293<<<", code: "invalid_characters" }, // a whole MRZ line
    { input: "\u042222000129", code: "invalid_characters" }, // Cyrillic Т
    { input: "\u03a422000129", code: "invalid_characters" }, // Greek Τ
    { input: "L\u041001X00T47", code: "invalid_characters" }, // Cyrillic А
    { input: "T22\u039f00129", code: "invalid_characters" }, // Greek Ο for zero
    { input: "T２２000129", code: "invalid_characters" }, // fullwidth digits
    { input: "Ｔ22000129", code: "invalid_characters" }, // fullwidth letter
  ],
  validArbitrary: validPersonalausweisnummer,
  // ICAO 9303 weights 7, 3 and 1 are each coprime to 10: changing one character's value by d (1 <= |d| <= 9) changes
  // the weighted sum by w·d, which is never a multiple of 10, so the check digit no longer matches; a changed check
  // digit itself no longer equals the computed one.
  singleDigitChangesRejected: true,
  adversarial: [
    "T2200 ".repeat(20_000),
    `T${" ".repeat(99_990)}22000129`,
    "L".repeat(100_000),
    `${"T22000129".repeat(11_000)}\u0410`,
  ],
});
