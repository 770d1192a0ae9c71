import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { kfzKennzeichen } from "./index.js";
import { SPECIAL_SIGNS } from "./kfz-kennzeichen.js";
import { UNTERSCHEIDUNGSZEICHEN } from "./unterscheidungszeichen.js";

const DISTRICT_CODES = UNTERSCHEIDUNGSZEICHEN.filter((code) => !SPECIAL_SIGNS.includes(code));
const ALPHABET = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

// A district code, 1-2 letters A-Z and a number without leading zero, at most 8 letters and digits together; joined
// with the accepted separators, optionally with E or H, in upper or lower case.
const validPlate = fc
  .tuple(
    fc.constantFrom(...DISTRICT_CODES),
    fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 2 }).map((letters) => letters.join("")),
  )
  .chain(([district, letters]) => {
    const maxDigits = Math.min(4, 8 - district.length - letters.length);
    return fc.tuple(
      fc.constant(district),
      fc.constant(letters),
      fc.integer({ min: 1, max: 10 ** maxDigits - 1 }),
      fc.constantFrom("-", " "),
      fc.constantFrom("", " ", "-"),
      fc.constantFrom("", "E", "H", " E", "h"),
      fc.boolean(),
    );
  })
  .map(([district, letters, number, first, second, suffix, lower]) => {
    const plate = `${district}${first}${letters}${second}${number}${suffix}`;
    return lower ? plate.toLowerCase() : plate;
  });

describeKindContract({
  name: "kfzKennzeichen",
  kind: kfzKennzeichen,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    { input: "F-AB 123", value: "F-AB 123" }, // Frankfurt am Main
    { input: "F AB 123", value: "F-AB 123" },
    { input: "F-AB123", value: "F-AB 123" },
    { input: "F-AB-123", value: "F-AB 123" },
    { input: "f ab 123", value: "F-AB 123" },
    { input: " F-AB 123\t", value: "F-AB 123" },
    { input: "GI-XY 9999", value: "GI-XY 9999" }, // Gießen
    { input: "FD-A 1", value: "FD-A 1" }, // Fulda
    { input: "MR-AB 12", value: "MR-AB 12" }, // Marburg-Biedenkopf
    { input: "LDK-W 42", value: "LDK-W 42" }, // Lahn-Dill-Kreis
    { input: "OF-Z 7", value: "OF-Z 7" }, // Offenbach
    { input: "B-Z 9999", value: "B-Z 9999" }, // Berlin
    { input: "MÜ-X 1", value: "MÜ-X 1" }, // Mühldorf a. Inn: umlaut in the Unterscheidungszeichen
    { input: "büd ab 12", value: "BÜD-AB 12" }, // Büdingen, a re-admitted Altkennzeichen, in lower case
    { input: "ÖHR-A 1", value: "ÖHR-A 1" }, // Öhringen
    { input: "F-AB 123E", value: "F-AB 123E" }, // electric vehicle
    { input: "F-AB 123 e", value: "F-AB 123E" },
    { input: "H-AB 123H", value: "H-AB 123H" }, // historic vehicle in Hannover
    { input: "OHV-AB 123", value: "OHV-AB 123" }, // 8 letters and digits
    { input: "OHV-AB 123H", value: "OHV-AB 123H" }, // the H is not counted toward the 8 (not confirmed)
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: " - ", code: "invalid_format" },
    { input: "  ", code: "empty" },
    // Number: 1-9999 without leading zero (validator.js isLicensePlate de-DE accepts the first two).
    { input: "F-AB 0123", code: "invalid_format" },
    { input: "F-AB 0", code: "invalid_format" },
    { input: "F-AB 12345", code: "invalid_format" },
    { input: "F-AB", code: "invalid_format" },
    // Groups and separators.
    { input: "FAB 123", code: "invalid_format" }, // F-AB or FA-B? The separator after the district is required.
    { input: "F--AB 123", code: "invalid_format" },
    { input: "F-AB  123", code: "invalid_format" },
    { input: "-F-AB 123", code: "invalid_format" },
    { input: "F-AB 123-", code: "invalid_format" },
    { input: "F-ABC 1", code: "invalid_format" },
    { input: "F-ÄB 123", code: "invalid_format" }, // no umlauts in the Erkennungsnummer
    { input: "F-AB 123EH", code: "invalid_format" },
    { input: "F-AB 123X", code: "invalid_format" },
    { input: "ABCD-E 1", code: "invalid_format" },
    // More than 8 letters and digits.
    { input: "OHV-AB 1234", code: "too_long" },
    { input: "OHV-AB 1234E", code: "too_long" },
    // Not an Unterscheidungszeichen.
    { input: "XYZ-A 1", code: "unknown_code" },
    { input: "QQ-AB 123", code: "unknown_code" },
    { input: "Ä-A 1", code: "unknown_code" },
    // Special plates with digits-only numbers.
    { input: "BW 12345", code: "special_plate" },
    { input: "Y-123 456", code: "special_plate" },
    { input: "THW-98765", code: "special_plate" },
    { input: "x-1234", code: "special_plate" },
    { input: "BD 1-1", code: "special_plate" },
    { input: "BP-AB 12", code: "special_plate" },
    // Characters: other separators and look-alikes are never folded.
    { input: "F_AB 123", code: "invalid_characters" },
    { input: "F\u2013AB 123", code: "invalid_characters" }, // en dash
    { input: "F-AB\u00a0123", code: "invalid_characters" }, // no-break space
    { input: "F-\u0410B 123", code: "invalid_characters" }, // Cyrillic А
    { input: "F-\u0391B 123", code: "invalid_characters" }, // Greek Α
    { input: "F-AB １２３", code: "invalid_characters" }, // fullwidth digits
    { input: "MU\u0308-X 1", code: "invalid_characters" }, // decomposed Ü
    { input: "F-\u00df 1", code: "invalid_characters" }, // ß is not folded to SS
    { input: "F-\u0131 1", code: "invalid_characters" }, // dotless ı is not folded to I
  ],
  validArbitrary: validPlate,
  adversarial: [
    "F-".repeat(50_000),
    "F ".repeat(50_000),
    "F-AB 1".repeat(16_000),
    `F-AB ${"1".repeat(100_000)}`,
    "Ä".repeat(100_000),
    `F${"-".repeat(99_990)}AB 1`,
    `${"A1".repeat(50_000)}\u0410`,
  ],
});
