import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { telefonnummer } from "./index.js";

const digits = (minLength: number, maxLength: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { minLength, maxLength }).map((list) => list.join(""));

// NSNs built from blocks that libphonenumber's German metadata lists as valid for any following digits:
// mobile 15[0-25-9]xx + 6 digits (11 in all), 160/162/163/17x + 7-8 digits; Ortsnetze 30 Berlin, 69 Frankfurt,
// 89 München (+ 4-9 digits), 641 Gießen, 661 Fulda (+ 3-8 digits), 6031 Friedberg, 6421 Marburg (+ 2-7 digits).
const nsn = fc.oneof(
  fc.tuple(fc.constantFrom("150", "151", "152", "155", "157", "159"), digits(8, 8)).map(([a, b]) => a + b),
  fc
    .tuple(fc.constantFrom("160", "162", "163", "170", "171", "172", "175", "176", "177", "179"), digits(7, 8))
    .map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom("30", "69", "89"), digits(4, 9)).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom("641", "661"), digits(3, 8)).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom("6031", "6421"), digits(2, 7)).map(([a, b]) => a + b),
);

// The same number in the notations citizens type: national, +49, 0049, with the policy's separators.
const validTelefonnummer = fc
  .tuple(nsn, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 2, max: 4 }))
  .map(([number, notation, split]) => {
    const head = number.slice(0, split);
    const tail = number.slice(split);
    switch (notation) {
      case 0:
        return `0${number}`;
      case 1:
        return `0${head} ${tail}`;
      case 2:
        return `(0${head}) ${tail.slice(0, 2)}-${tail.slice(2)}`;
      case 3:
        return `0${head}/${tail}`;
      case 4:
        return `+49 ${head} ${tail}`;
      default:
        return `0049 ${head}-${tail}`;
    }
  });

describeKindContract({
  name: "telefonnummer",
  kind: telefonnummer,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    { input: "0641 30600", value: "+4964130600", formatted: "+49 641 30600" },
    { input: "+49 641 30600", value: "+4964130600", formatted: "+49 641 30600" },
    { input: "0049 (641) 306-00", value: "+4964130600", formatted: "+49 641 30600" },
    { input: " 0641/30600\t", value: "+4964130600", formatted: "+49 641 30600" },
    { input: "+4964130600", value: "+4964130600", formatted: "+49 641 30600" },
    { input: "06031 2345", value: "+4960312345", formatted: "+49 6031 2345" },
    { input: "030 1234567", value: "+49301234567", formatted: "+49 30 1234567" },
    { input: "0170 12345678", value: "+4917012345678", formatted: "+49 170 12345678" },
    { input: "+49 1511 2345678", value: "+4915112345678", formatted: "+49 1511 2345678" },
    { input: "0800 1234567", value: "+498001234567", formatted: "+49 800 1234567" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: " \t ", code: "empty" },
    { input: "0641 3060O", code: "invalid_characters" }, // letter O for zero
    { input: "\u041e641 30600", code: "invalid_characters" }, // Cyrillic О (U+041E) for zero
    { input: "\u039f641 30600", code: "invalid_characters" }, // Greek Ο (U+039F) for zero
    { input: "\uff10\uff16\uff14\uff11 \uff13\uff10\uff16\uff10\uff10", code: "invalid_characters" }, // fullwidth
    { input: "0641.30600", code: "invalid_characters" }, // the dot is not a separator of this kind
    { input: "0641\u00a030600", code: "invalid_characters" }, // no-break space
    { input: "64130600", code: "invalid_format" }, // no leading 0: area code missing
    { input: "+49 (0)641 30600", code: "invalid_format" }, // the NSN never starts with 0
    { input: "0049 0641 30600", code: "invalid_format" },
    { input: "0641+30600", code: "invalid_format" },
    { input: "+44 20 7946 0958", code: "unknown_country" },
    { input: "0033 1 23 45 67 89", code: "unknown_country" },
    { input: "+49", code: "too_short" },
    { input: "0641 30", code: "too_short" }, // NSN of 5 digits
    { input: "0170 123456", code: "too_short" }, // mobile NSN of 9 digits
    { input: "030 12345678901", code: "too_long" }, // NSN of 12 digits
    { input: "0123 4567", code: "unknown_code" }, // 012 is not assigned
    { input: "0151 1234567", code: "unknown_code" }, // the 151 block has 11-digit NSNs only
  ],
  validArbitrary: validTelefonnummer,
  // No check digit: a changed digit yields another plausible number, so singleDigitChangesRejected stays off.
  adversarial: [
    "(".repeat(100_000),
    "+".repeat(100_000),
    "0".repeat(100_000),
    `+49${"1".repeat(100_000)}`,
    "0049 ".repeat(20_000),
    "+49 (0) ".repeat(12_500),
    "0641-/".repeat(16_000),
  ],
});
