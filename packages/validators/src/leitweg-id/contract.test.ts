import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { mod97CheckDigits } from "../core/checksums.js";
import { leitwegId } from "./index.js";

// From verzeichnis.leitweg-id.de, as collected in python-stdnum's tests/test_de_leitweg.doctest.
const DIRECTORY_SAMPLES = [
  "16066069-0001-38",
  "13-L75810002000-60",
  "057660004004-31001-55",
  "991-03730-19",
  "992-90009-96",
  "08315033-ESCHBACH6626-66",
  "09274154-NFH-05",
  "05370032-WDF5271-06",
  "09778137-ETTRINGEN868331262-55",
  "08325024-787394066-26",
  "15088205-LEUNA6877-16",
  "09471131-GDEFD96158-46",
  "09780119-RATHAUSDIETMANNSRIED7247-90",
  "09176111-ADELSCHLAG-11",
  "09274193-WHM-62",
  "09177127-GEMEINDELENGDORF-24",
  "09176122-EGWEIL-38",
  "06533010-L357921748-84",
  "09176149-NASSENFELS-39",
  "09177131-NEUCHING-08",
];

const KENNZAHLEN = [...Array.from({ length: 16 }, (_, index) => String(index + 1).padStart(2, "0")), "99"];

// A Kennzahl and up to 10 more digits, an optional Feinadressierung of 1-30 characters, and the MOD 97-10 check
// digits computed over both plus "00"; written as is or in lower case.
const validLeitwegId = fc
  .tuple(
    fc.constantFrom(...KENNZAHLEN),
    fc.stringMatching(/^[0-9]{0,10}$/),
    fc.option(fc.stringMatching(/^[0-9A-Z]{1,30}$/), { nil: undefined }),
  )
  .map(([kennzahl, rest, fein]) => {
    const grob = kennzahl + rest;
    const check = mod97CheckDigits(`${grob}${fein ?? ""}00`);
    return fein === undefined ? `${grob}-${check}` : `${grob}-${fein}-${check}`;
  })
  .chain((id) => fc.constantFrom(id, id.toLowerCase()));

describeKindContract({
  name: "leitwegId",
  kind: leitwegId,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    ...DIRECTORY_SAMPLES.map((id) => ({ input: id, value: id })),
    { input: "09274154-nfh-05", value: "09274154-NFH-05" }, // lower case is upper-cased
    { input: " 991-03730-19\t", value: "991-03730-19" },
    { input: "06-80", value: "06-80" }, // the shortest form: Grobadressierung and check digits only
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: " \n", code: "empty" },
    // Wrong check digits: the doctest's mangled number and mistyped digits.
    { input: "992-90009-97", code: "invalid_checksum" },
    { input: "991-03730-91", code: "invalid_checksum" },
    { input: "991-03370-19", code: "invalid_checksum" },
    { input: "09274154-NFG-05", code: "invalid_checksum" },
    { input: "06-81", code: "invalid_checksum" },
    // Kennzahl: neither a Land (01-16) nor the Bund (99).
    { input: "55-55-20", code: "unknown_code" },
    { input: "00123-45", code: "unknown_code" },
    { input: "17066069-0001-38", code: "unknown_code" },
    // Structure: the hyphens are required, the parts have fixed shapes.
    { input: "1-03730-19", code: "invalid_format" }, // Grobadressierung of one digit (python-stdnum docstring)
    { input: "9910373019", code: "invalid_format" },
    { input: "991-03730-9", code: "invalid_format" },
    { input: "991--19", code: "invalid_format" },
    { input: "991-03730-19-1", code: "invalid_format" },
    { input: "-991-03730-19", code: "invalid_format" },
    { input: "9A1-03730-19", code: "invalid_format" },
    { input: "0606606912345-0001-38", code: "invalid_format" }, // Grobadressierung of 13 digits
    { input: `06-${"A".repeat(31)}-12`, code: "invalid_format" }, // Feinadressierung of 31 characters
    { input: "991-03730-1A", code: "invalid_format" },
    // Length: 5-46 characters with the hyphens.
    { input: "06-8", code: "too_short" },
    { input: "9-1", code: "too_short" },
    { input: `060660691234-${"A".repeat(31)}-12`, code: "too_long" },
    // Other separators and look-alikes are never folded.
    { input: "991 03730 19", code: "invalid_characters" },
    { input: "991\u201303730\u201319", code: "invalid_characters" }, // en dashes
    { input: "991\u201103730-19", code: "invalid_characters" }, // non-breaking hyphen
    { input: "09274154-NF\u041d-05", code: "invalid_characters" }, // Cyrillic Н
    { input: "09274154-\u039dFH-05", code: "invalid_characters" }, // Greek Ν
    { input: "９９１-03730-19", code: "invalid_characters" }, // fullwidth digits
    { input: "09274154-nfh-05\u00a0", code: "invalid_characters" }, // no-break space is not trimmed
    { input: "09274154-ß-05", code: "invalid_characters" },
  ],
  validArbitrary: validLeitwegId,
  // MOD 97-10 detects every single substitution of a digit: it changes the digit string the remainder is computed
  // over by d·10^k with 1 <= |d| <= 9 (a letter stands for two digits, but an unchanged one), and the prime 97
  // divides neither factor, so the remainder is no longer 1.
  singleDigitChangesRejected: true,
  adversarial: [
    "99-".repeat(33_000),
    `991-${"A".repeat(100_000)}-19`,
    `${"9".repeat(99_990)}-19`,
    "-".repeat(46),
    `${"0-".repeat(50_000)}\u0410`,
  ],
});
