import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { icaoCheckDigit } from "../core/checksums.js";
import { reisepassnummer } from "./index.js";

const LETTERS = [..."CFGHJKLMNPRTVWXYZ"];
const ALPHABET = [..."0123456789CFGHJKLMNPRTVWXYZ"];

// Any letter of the alphabet first (the passport's first-letter set is not confirmed), 8 characters of the
// alphabet and the ICAO check digit; compact, lower case, spaced or with surrounding whitespace. Always with the
// check digit, so that single-digit changes can be detected.
const validReisepassnummer = fc
  .tuple(fc.constantFrom(...LETTERS), fc.array(fc.constantFrom(...ALPHABET), { minLength: 8, maxLength: 8 }))
  .map(([first, rest]) => `${first}${rest.join("")}`)
  .map((serial) => `${serial}${icaoCheckDigit(serial)}`)
  .chain((number) =>
    fc.constantFrom(number, number.toLowerCase(), `${number.slice(0, 4)} ${number.slice(4)}`, `\n${number} `),
  );

describeKindContract({
  name: "reisepassnummer",
  kind: reisepassnummer,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    // BMI specimen passport (Erika Mustermann), without and with the MRZ check digit.
    { input: "C01X00T47", value: "C01X00T47" },
    { input: "C01X00T478", value: "C01X00T478" },
    { input: " c01x00t47 8 ", value: "C01X00T478" },
    { input: "F01X00T47", value: "F01X00T47" },
    { input: "K12345678", value: "K12345678" },
    // Any letter of the alphabet may start: an identity-card number passes too (documented).
    { input: "L01X00T471", value: "L01X00T471" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: "   ", code: "empty" },
    { input: "C01X00T479", code: "invalid_checksum" },
    { input: "C01X00T470", code: "invalid_checksum" },
    { input: "C01X00T47C", code: "invalid_checksum" },
    { input: "C01X00T4", code: "too_short" },
    { input: "C01X00T47999", code: "too_long" },
    { input: "101X00T47", code: "invalid_format" }, // starts with a digit
    { input: "CZ6311T472D", code: "invalid_characters" }, // MRZ nationality D appended
    { input: "E01X00T47", code: "invalid_characters" },
    { input: "C01X0OT47", code: "invalid_characters" }, // letter O for zero
    { input: "C01X00T47/8", code: "invalid_characters" },
    { input: "\u042101X00T47", code: "invalid_characters" }, // Cyrillic С
    { input: "C\u041001X00T47", code: "invalid_characters" }, // Cyrillic А
    { input: "C01X\u039f0T47", code: "invalid_characters" }, // Greek Ο for zero
    { input: "C０1X00T47", code: "invalid_characters" }, // fullwidth digit
  ],
  validArbitrary: validReisepassnummer,
  // ICAO 9303 weights 7, 3 and 1 are each coprime to 10: a single changed character value (by 1 to 9) changes the
  // weighted sum by a non-multiple of 10, so the check digit no longer matches.
  singleDigitChangesRejected: true,
  adversarial: ["C01X ".repeat(20_000), `C${" ".repeat(99_990)}01X00T47`, "Z".repeat(100_000)],
});
