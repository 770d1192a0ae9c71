import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { glaeubigerId } from "./index.js";

/** Check digits computed here from the definition: 98 - (national id + "DE00" mod 97), letters D=13, E=14. */
function checkDigits(nationalId: string): string {
  const remainder = Number(BigInt(`${nationalId}131400`) % 97n);
  return String(98 - remainder).padStart(2, "0");
}

// A random 11-digit national identifier with its check digits and a letter business code (ZZZ or another), written
// compact, in lower case, or with spaces. Letter codes only: digits in the business code are valid too (see
// glaeubiger-id.test.ts), but the check does not cover them, so they would break the single-digit property below.
const validGlaeubigerId = fc
  .tuple(fc.stringMatching(/^[0-9]{11}$/), fc.oneof(fc.constant("ZZZ"), fc.stringMatching(/^[A-Z]{3}$/)))
  .chain(([nationalId, businessCode]) => {
    const compact = `DE${checkDigits(nationalId)}${businessCode}${nationalId}`;
    return fc.constantFrom(
      compact,
      compact.toLowerCase(),
      `${compact.slice(0, 4)} ${businessCode} ${nationalId}`,
      ` ${compact}\n`,
    );
  });

describeKindContract({
  name: "glaeubigerId",
  kind: glaeubigerId,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    // The Bundesbank's official example.
    { input: "DE98ZZZ09999999999", value: "DE98ZZZ09999999999" },
    { input: "de98zzz09999999999", value: "DE98ZZZ09999999999" },
    { input: "DE98 ZZZ 09999999999", value: "DE98ZZZ09999999999" },
    { input: " DE98ZZZ09999999999\t", value: "DE98ZZZ09999999999" },
    // The Geschäftsbereichskennung is excluded from the check: any letters or digits keep it valid.
    { input: "DE98ABC09999999999", value: "DE98ABC09999999999" },
    { input: "DE9800109999999999", value: "DE9800109999999999" },
    // Constructed: check digits computed by hand from the rule (12345678901DE00 mod 97 = 47, 98 - 47 = 51).
    { input: "DE51ZZZ12345678901", value: "DE51ZZZ12345678901" },
    { input: "DE13ZZZ00000012345", value: "DE13ZZZ00000012345" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: " \n", code: "empty" },
    { input: "DE98ZZZ0999999999", code: "too_short" },
    { input: "DE98ZZZ099999999999", code: "too_long" },
    { input: "DE", code: "too_short" },
    { input: "D", code: "too_short" },
    { input: "DE97ZZZ09999999999", code: "invalid_checksum" },
    { input: "DE98ZZZ09999999998", code: "invalid_checksum" },
    { input: "DE98ZZZ90999999999", code: "invalid_checksum" }, // two digits swapped
    { input: "AT98ZZZ09999999999", code: "unknown_country" },
    { input: "NL98ZZZ099999999999", code: "unknown_country" }, // another country, whatever its length
    { input: "9899ZZZ09999999999", code: "invalid_format" },
    { input: "DEXXZZZ09999999999", code: "invalid_format" },
    { input: "DE98ZZZ0999999999A", code: "invalid_format" },
    { input: "DE98-ZZZ-09999999999", code: "invalid_characters" },
    { input: "DE98\u0396ZZ09999999999", code: "invalid_characters" }, // Greek Ζ
    { input: "DE98\u0410BC09999999999", code: "invalid_characters" }, // Cyrillic А
    { input: "DE98ZZZ０９９９９９９９９９９", code: "invalid_characters" }, // fullwidth digits
    { input: "DE98ZZZ\u00a009999999999", code: "invalid_characters" }, // no-break space
  ],
  validArbitrary: validGlaeubigerId,
  // MOD 97-10 covers the check digits and the 11-digit national identifier (changing one digit there changes the
  // number by d·10^k, which 97 never divides); the generated business codes hold letters only, see above.
  singleDigitChangesRejected: true,
  adversarial: ["DE98 ".repeat(20_000), `DE${" ".repeat(99_990)}98`, "DE".repeat(50_000)],
});
