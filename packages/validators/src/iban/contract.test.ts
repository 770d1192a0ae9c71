import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { mod97CheckDigits } from "../core/checksums.js";
import { iban } from "./index.js";
import { BBAN_LAYOUTS } from "./registry.js";

// Registry sample IBANs of the SEPA countries, as listed in python-stdnum's tests/test_iban.doctest ("from the IBAN
// REGISTRY as sample numbers"); BE and VA, which that list lacks, are the registry's own examples (the doctest's
// mangled BE68530907547034 is the BE sample with two digits swapped). Written in paper form (groups of four).
const REGISTRY_SAMPLES = [
  "AD12 0001 2030 2003 5910 0100",
  "AL47 2121 1009 0000 0002 3569 8741",
  "AT61 1904 3002 3457 3201",
  "BE68 5390 0754 7034",
  "BG80 BNBG 9661 1020 3456 78",
  "CH93 0076 2011 6238 5295 7",
  "CY17 0020 0128 0000 0012 0052 7600",
  "CZ65 0800 0000 1920 0014 5399",
  "CZ94 5500 0000 0010 1103 8930",
  "DE89 3704 0044 0532 0130 00",
  "DK50 0040 0440 1162 43",
  "EE38 2200 2210 2014 5685",
  "ES91 2100 0418 4502 0005 1332",
  "FI21 1234 5600 0007 85",
  "FR14 2004 1010 0505 0001 3M02 606",
  "GB29 NWBK 6016 1331 9268 19",
  "GI75 NWBK 0000 0000 7099 453",
  "GR16 0110 1250 0000 0001 2300 695",
  "HR12 1001 0051 8630 0016 0",
  "HU42 1177 3016 1111 1018 0000 0000",
  "IE29 AIBK 9311 5212 3456 78",
  "IS14 0159 2600 7654 5510 7303 39",
  "IT60 X054 2811 1010 0000 0123 456",
  "LI21 0881 0000 2324 013A A",
  "LT12 1000 0111 0100 1000",
  "LU28 0019 4006 4475 0000",
  "LV80 BANK 0000 4351 9500 1",
  "MC11 1273 9000 7000 1111 1000 H79",
  "MD24 AG00 0225 1000 1310 4168",
  "ME25 5050 0001 2345 6789 51",
  "MK07 2501 2000 0058 984",
  "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
  "NL91 ABNA 0417 1643 00",
  "NO93 8601 1117 947",
  "PL61 1090 1014 0000 0712 1981 2874",
  "PT50 0002 0123 1234 5678 9015 4",
  "RO49 AAAA 1B31 0075 9384 0000",
  "RS35 2600 0560 1001 6113 79",
  "SE45 5000 0000 0583 9825 7466",
  "SI56 1910 0000 0123 438",
  "SK31 1200 0000 1987 4263 7541",
  "SM86 U032 2509 8000 0000 0270 100",
  "VA59 0011 2300 0012 3456 78",
];

const compact = (paper: string) => paper.replaceAll(" ", "");

/** A random BBAN for a registry layout such as "4a6n8n", built independently of the code under test. */
function bbanArbitrary(layout: string): fc.Arbitrary<string> {
  const classes: Record<string, string> = {
    n: "0123456789",
    a: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    c: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  };
  const fields = [...layout.matchAll(/([0-9]+)([acn])/g)].map(([, count, characterClass]) => {
    const alphabet = [...(classes[characterClass ?? "n"] ?? "")];
    return fc
      .array(fc.constantFrom(...alphabet), { minLength: Number(count), maxLength: Number(count) })
      .map((characters) => characters.join(""));
  });
  return fc.tuple(...fields).map((parts) => parts.join(""));
}

// A random SEPA country, a random BBAN in its layout, the MOD 97-10 check digits computed over BBAN + country + "00",
// written electronically, in paper form, or in lower case.
const validIban = fc
  .constantFrom(...Object.entries(BBAN_LAYOUTS))
  .chain(([country, layout]) =>
    bbanArbitrary(layout).map((bban) => `${country}${mod97CheckDigits(`${bban}${country}00`)}${bban}`),
  )
  .chain((electronic) =>
    fc.constantFrom(
      electronic,
      electronic.replace(/(.{4})/g, "$1 ").trim(),
      electronic.toLowerCase(),
      ` ${electronic}\t`,
    ),
  );

describeKindContract({
  name: "iban",
  kind: iban,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    ...REGISTRY_SAMPLES.flatMap((paper) => [
      { input: paper, value: compact(paper), formatted: paper },
      { input: compact(paper), value: compact(paper), formatted: paper },
    ]),
    { input: "de89 3704 0044 0532 0130 00", value: "DE89370400440532013000", formatted: "DE89 3704 0044 0532 0130 00" },
    { input: "\tDE89370400440532013000 \n", value: "DE89370400440532013000", formatted: "DE89 3704 0044 0532 0130 00" },
    // The doctest writes the MC sample with a lower-case letter ("c" allows it); upper-cased like every ASCII letter.
    {
      input: "MC1112739000700011111000h79",
      value: "MC1112739000700011111000H79",
      formatted: "MC11 1273 9000 7000 1111 1000 H79",
    },
    // Odd grouping from the doctest: any ASCII spaces are separators.
    { input: "MK072 5012 0000 0589 84", value: "MK07250120000058984", formatted: "MK07 2501 2000 0058 984" },
    { input: "NO 21 650 405 251 19", value: "NO2165040525119", formatted: "NO21 6504 0525 119" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: "   ", code: "empty" },
    // Wrong check digits: the doctest's mangled numbers and a mistyped last digit.
    { input: "DE89 3704 0044 0532 0130 01", code: "invalid_checksum" },
    { input: "AL48212110090000000235698741", code: "invalid_checksum" },
    { input: "AD1210012030200359100100", code: "invalid_checksum" },
    { input: "AT611804300234573201", code: "invalid_checksum" },
    { input: "BE68530907547034", code: "invalid_checksum" },
    { input: "BG80BNBG99611020345678", code: "invalid_checksum" },
    { input: "HR1210010052863000160", code: "invalid_checksum" },
    { input: "CY17002001281000001200527600", code: "invalid_checksum" },
    { input: "CZ6508000000129000145399", code: "invalid_checksum" },
    { input: "CZ9455000000000101038930", code: "invalid_checksum" },
    { input: "DK5000400440116342", code: "invalid_checksum" },
    // 99, 01 and 00 pass MOD 97 where 02, 98 and 97 are right, but never occur as IBAN check digits.
    { input: "DE99 3704 0044 0532 0130 14", code: "invalid_checksum" },
    { input: "DE01 3704 0044 0532 0130 32", code: "invalid_checksum" },
    { input: "DE00 3704 0044 0532 0130 50", code: "invalid_checksum" },
    // Wrong length for the country (the doctest's numbers have correct check digits otherwise).
    { input: "AD48 0001 2030 2003 5910 01", code: "too_short" },
    { input: "AT93 1904 3002 3457 3201 99", code: "too_long" },
    { input: "BE36 5390 0754 7034 1234", code: "too_long" },
    { input: "DE89 3704 0044 0532 0130 0", code: "too_short" },
    { input: "DE", code: "too_short" },
    { input: "D", code: "too_short" },
    { input: "DE89 3704 0044 0532 0130 0000 0000 0000", code: "too_long" }, // beyond 34 characters
    // BBAN layout: a letter where the registry has digits, a digit where it has letters.
    { input: "BG93 BNBG 9661 1A20 3456 78", code: "invalid_format" },
    { input: "GI22 NW3K 0000 0000 7099 453", code: "invalid_format" },
    { input: "NL56 3003 0A17 1643 00", code: "invalid_format" },
    { input: "DEXX 3704 0044 0532 0130 00", code: "invalid_format" },
    { input: "0098", code: "invalid_format" },
    { input: "3704 0044 0532 0130 00", code: "invalid_format" }, // BLZ and account without the country
    // Not a country, or not in the SEPA scope.
    { input: "QQ93 1234 5678", code: "unknown_country" },
    { input: "BA391290709401028494", code: "unknown_country" },
    { input: "TR33 0006 1005 1978 6457 8413 26", code: "unknown_country" },
    { input: "XK051212012345678906", code: "unknown_country" },
    { input: "FO62 6460 0001 6316 34", code: "unknown_country" },
    // Separators other than ASCII space, and look-alikes, are never folded.
    { input: "ES15-0049-1806-9121-1186-9374", code: "invalid_characters" },
    { input: "NO 44 1850.05.14562", code: "invalid_characters" },
    { input: "DE89\u00a03704 0044 0532 0130 00", code: "invalid_characters" }, // no-break space
    { input: "\u0410T61 1904 3002 3457 3201", code: "invalid_characters" }, // Cyrillic А
    { input: "DE89 37\u039f4 0044 0532 0130 00", code: "invalid_characters" }, // Greek Ο for zero
    { input: "DE８９ 3704 0044 0532 0130 00", code: "invalid_characters" }, // fullwidth digits
    { input: "ＤＥ89 3704 0044 0532 0130 00", code: "invalid_characters" }, // fullwidth letters
  ],
  validArbitrary: validIban,
  // MOD 97-10 detects every single substitution: changing one digit changes the number by d·10^k with 1 <= |d| <= 9,
  // which the prime 97 never divides, so the remainder is no longer 1. (A changed check digit may also give 00, 01 or
  // 99, which are rejected anyway.)
  singleDigitChangesRejected: true,
  adversarial: [
    "DE89 ".repeat(20_000),
    `DE${" ".repeat(99_990)}89`,
    "DE".repeat(17),
    `DE89${"0".repeat(100_000)}`,
    `${"A1 ".repeat(33_000)}\u0410`,
  ],
});
