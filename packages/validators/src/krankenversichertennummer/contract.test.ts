import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { krankenversichertennummer } from "./index.js";

/** The Anlage 1 check digit, written independently of the implementation: letter as 2 digits, weights 1,2,1,2,... */
function expectedCheckDigit(first9: string): string {
  const digits = `${String(first9.charCodeAt(0) - 64).padStart(2, "0")}${first9.slice(1)}`;
  let sum = 0;
  for (let index = 0; index < 10; index++) {
    const product = Number(digits[index]) * (index % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return String(sum % 10);
}

// A random letter, 8 random digits and the computed check digit; compact, lower case, spaced or with whitespace.
const validKrankenversichertennummer = fc
  .tuple(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), fc.stringMatching(/^[0-9]{8}$/))
  .map(([letter, digits]) => `${letter}${digits}`)
  .map((first9) => `${first9}${expectedCheckDigit(first9)}`)
  .chain((number) =>
    fc.constantFrom(
      number,
      number.toLowerCase(),
      `${number.slice(0, 1)} ${number.slice(1, 5)} ${number.slice(5)}`,
      ` ${number}\t`,
    ),
  );

describeKindContract({
  name: "krankenversichertennummer",
  kind: krankenversichertennummer,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    // Worked examples of the GKV-Spitzenverband (Anlage 1); presidio #1972 rejected them with wrong weights.
    { input: "A000500015", value: "A000500015" },
    { input: "C000500021", value: "C000500021" },
    { input: "a000500015", value: "A000500015" },
    { input: " C 0005 00021\n", value: "C000500021" },
    { input: "Z000000005", value: "Z000000005" }, // Z = 2 6: 2 + cross sum of 12 = 5
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: "\t", code: "empty" },
    { input: "A000500016", code: "invalid_checksum" },
    { input: "C000500015", code: "invalid_checksum" }, // the letter takes part in the check
    { input: "B000500015", code: "invalid_checksum" },
    { input: "A00050001", code: "too_short" },
    { input: "A0005000150", code: "too_long" },
    { input: "A000500015109500969", code: "too_long" }, // with an Institutionskennzeichen: a different field
    { input: "0000500015", code: "invalid_format" },
    { input: "AB00500015", code: "invalid_format" },
    { input: "A00050001A", code: "invalid_format" },
    { input: "Ä000500015", code: "invalid_characters" },
    { input: "\u0410000500015", code: "invalid_characters" }, // Cyrillic А
    { input: "\u0391000500015", code: "invalid_characters" }, // Greek Α
    { input: "A0005000\u039f5", code: "invalid_characters" }, // Greek Ο for zero
    { input: "A００0500015", code: "invalid_characters" }, // fullwidth digits
    { input: "A-000500015", code: "invalid_characters" },
    { input: "A000\u00a0500015", code: "invalid_characters" }, // no-break space
  ],
  validArbitrary: validKrankenversichertennummer,
  // Every digit is weighted 1 or 2. The cross sums of d×1 (0..9) and of d×2 (0 2 4 6 8 1 3 5 7 9) are each a
  // permutation of 0-9, so changing one digit changes the sum modulo 10 and the check digit no longer matches; a
  // changed check digit itself no longer equals the computed one.
  singleDigitChangesRejected: true,
  adversarial: ["A 0".repeat(33_000), `A${" ".repeat(99_990)}000500015`, `${"A000500015".repeat(10_000)}Ä`],
});
