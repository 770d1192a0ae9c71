import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { mod11_10CheckDigit } from "../core/checksums.js";
import { steuerId } from "./index.js";

const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

function hasThreeInARow(digits: string): boolean {
  for (let index = 0; index + 2 < digits.length; index++) {
    if (digits[index] === digits[index + 1] && digits[index] === digits[index + 2]) return true;
  }
  return false;
}

// Built to the rule rather than filtered from random strings: one digit twice or three times, the other
// positions filled with distinct other digits, shuffled; then the MOD 11,10 check digit is appended.
const firstTenDigits = fc
  .tuple(fc.constantFrom(...DIGITS), fc.constantFrom(2, 3))
  .chain(([repeated, times]) =>
    fc
      .shuffledSubarray(
        DIGITS.filter((digit) => digit !== repeated),
        { minLength: 10 - times, maxLength: 10 - times },
      )
      .map((others) => [...others, ...Array.from({ length: times }, () => repeated)]),
  )
  .chain((digits) => fc.shuffledSubarray(digits, { minLength: 10, maxLength: 10 }))
  .map((digits) => digits.join(""))
  .filter((digits) => digits[0] !== "0" && !hasThreeInARow(digits));

const validSteuerId = fc.tuple(firstTenDigits, fc.boolean()).map(([digits, spaced]) => {
  const value = `${digits}${mod11_10CheckDigit(digits)}`;
  return spaced ? `${value.slice(0, 2)} ${value.slice(2, 5)} ${value.slice(5, 8)} ${value.slice(8)}` : value;
});

describeKindContract({
  name: "steuerId",
  kind: steuerId,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    // python-stdnum's documentation example.
    { input: "36574261809", value: "36574261809", formatted: "36 574 261 809" },
    { input: "86 095 742 719", value: "86095742719", formatted: "86 095 742 719" },
    { input: " 11234567890\t", value: "11234567890", formatted: "11 234 567 890" },
    // A tripled digit is allowed when not all three are adjacent.
    { input: "11213456783", value: "11213456783", formatted: "11 213 456 783" },
    { input: "12131456787", value: "12131456787", formatted: "12 131 456 787" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: "   ", code: "empty" },
    { input: "3657426180", code: "too_short" },
    { input: "365742618090", code: "too_long" },
    { input: "36574261808", code: "invalid_checksum" },
    { input: "86095742718", code: "invalid_checksum" },
    { input: "01234567896", code: "invalid_format" },
    { input: "12345678903", code: "invalid_digit_repetition" }, // every digit once
    { input: "11112345678", code: "invalid_digit_repetition" }, // one digit four times
    { input: "11223456785", code: "invalid_digit_repetition" }, // two digits repeated
    { input: "11123456786", code: "invalid_digit_repetition" }, // tripled digit in three adjacent positions
    { input: "３６５７４２６１８０９", code: "invalid_characters" }, // fullwidth digits
    { input: "36574261８09", code: "invalid_characters" },
    { input: "365742618O9", code: "invalid_characters" }, // Latin O for zero
    { input: "365742618\u041e9", code: "invalid_characters" }, // Cyrillic О
    { input: "365742618\u039f9", code: "invalid_characters" }, // Greek Ο
    { input: "36-574-261-809", code: "invalid_characters" },
    { input: "36\u00a0574\u00a0261\u00a0809", code: "invalid_characters" }, // no-break spaces
  ],
  validArbitrary: validSteuerId,
  // MOD 11,10 detects every single-digit substitution, so a change in the first 10 digits or in the check
  // digit breaks the checksum; a change may break the leading-digit or repetition rule first, which rejects it too.
  singleDigitChangesRejected: true,
  adversarial: ["1 ".repeat(50_000), `${" ".repeat(50_000)}1`, "36574261809 ".repeat(8_000)],
});
