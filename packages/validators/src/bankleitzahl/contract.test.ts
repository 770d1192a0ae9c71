import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { bankleitzahl } from "./index.js";

// Clearinggebiet 1-8 and seven more digits, typed compact or in the Bundesbank's 3-3-2 grouping.
const validBankleitzahl = fc
  .stringMatching(/^[1-8][0-9]{7}$/)
  .chain((blz) => fc.constantFrom(blz, `${blz.slice(0, 3)} ${blz.slice(3, 6)} ${blz.slice(6)}`, ` ${blz}\t`));

describeKindContract({
  name: "bankleitzahl",
  kind: bankleitzahl,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    // Commerzbank Köln (the BLZ of the common IBAN example DE89 3704 0044 0532 0130 00).
    { input: "37040044", value: "37040044", formatted: "370 400 44" },
    { input: "370 400 44", value: "37040044", formatted: "370 400 44" },
    // Deutsche Bundesbank in Frankfurt, Berlin and Leipzig: first digits 5, 1 and 8.
    { input: " 500 000 00\n", value: "50000000", formatted: "500 000 00" },
    { input: "10000000", value: "10000000", formatted: "100 000 00" },
    { input: "86000000", value: "86000000", formatted: "860 000 00" },
    { input: "3704 0044", value: "37040044", formatted: "370 400 44" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: "   ", code: "empty" },
    { input: "3704004", code: "too_short" },
    { input: "370400440", code: "too_long" },
    { input: "DE37040044", code: "invalid_characters" },
    { input: "370-400-44", code: "invalid_characters" },
    { input: "370/400/44", code: "invalid_characters" },
    { input: "３７０４００４４", code: "invalid_characters" }, // fullwidth digits
    { input: "3704OO44", code: "invalid_characters" }, // Latin O for zero
    { input: "3704\u039f\u039f44", code: "invalid_characters" }, // Greek Ο for zero
    { input: "37\u0417400440", code: "invalid_characters" }, // Cyrillic З for 3
    { input: "370\u00a040044", code: "invalid_characters" }, // no-break space
    { input: "07040044", code: "unknown_code" },
    { input: "97040044", code: "unknown_code" },
  ],
  validArbitrary: validBankleitzahl,
  adversarial: ["370 ".repeat(25_000), `3${" ".repeat(99_990)}7`],
});
