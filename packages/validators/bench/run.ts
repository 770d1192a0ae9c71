/**
 * `pnpm bench`: our isValid functions against validator.js (and ibantools for IBANs), side by side in one
 * run on the same inputs: 20 strings per function, alternating valid and invalid, as in the reference's
 * performance anchor. Interleaved rounds, medians. Prints figures and the ratio; it is not a test.
 */
import { isValidIBAN } from "ibantools";
import validator from "validator";
import { iban, postleitzahl, steuerId } from "../src/index.js";
import { type Comparison, compare, printResult } from "./harness.js";

function interleave(valid: string[], invalid: string[]): string[] {
  return valid.flatMap((value, index) => [value, invalid[index] ?? ""]);
}

// Registry samples (compact) and invalid IBANs: wrong check, wrong length, unknown country, empty, spaced.
const ibanInputs = interleave(
  [
    "DE89370400440532013000",
    "AT611904300234573201",
    "FR1420041010050500013M02606",
    "GB29NWBK60161331926819",
    "NL91ABNA0417164300",
    "CH9300762011623852957",
    "ES9121000418450200051332",
    "IT60X0542811101000000123456",
    "BE68539007547034",
    "PL61109010140000071219812874",
  ],
  [
    "DE88370400440532013000",
    "AT61190430023457320",
    "FR1420041010050500013M026061",
    "XX29NWBK60161331926819",
    "",
    "DE89 3704 0044 0532 0130 00",
    "NL91ABNA041716430X",
    "CH9300762011623852958",
    "ES912100041845020005133",
    "TR330006100519786457841326",
  ],
);

// Valid Steuer-IdNr (check digit and repetition rules) and invalid ones of every kind.
const taxIdInputs = interleave(
  [
    "86095742719",
    "47036892816",
    "65929970489",
    "57549285017",
    "25768131411",
    "81872495633",
    "12345678995",
    "79215643811",
    "36574261809",
    "47091823694",
  ],
  [
    "86095742718",
    "8609574271",
    "860957427190",
    "06095742719",
    "11123456786",
    "8609574271X",
    "",
    "12345678901",
    "11111111111",
    "86 095 742 719x",
  ],
);

const plzInputs = interleave(
  ["35390", "36037", "35578", "63065", "65549", "35037", "01067", "10115", "80331", "99998"],
  ["3539", "353901", "3539O", "", "00123", "62123", "35 390", "abcde", "12345678", "-1234"],
);

const comparisons: Comparison[] = [
  {
    title: "IBAN: iban.isValid vs validator.js isIBAN",
    inputs: ibanInputs,
    ours: { name: "@digitale-kommune/validators iban.isValid", run: iban.isValid },
    theirs: { name: "validator.js isIBAN", run: (input) => validator.isIBAN(input) },
    goal: 3,
  },
  {
    title: "IBAN: iban.isValid vs ibantools isValidIBAN",
    inputs: ibanInputs,
    ours: { name: "@digitale-kommune/validators iban.isValid", run: iban.isValid },
    theirs: { name: "ibantools isValidIBAN", run: isValidIBAN },
    goal: 1,
  },
  {
    title: "Steuer-IdNr: steuerId.isValid vs validator.js isTaxID(x, 'de-DE')",
    inputs: taxIdInputs,
    ours: { name: "@digitale-kommune/validators steuerId.isValid", run: steuerId.isValid },
    theirs: { name: "validator.js isTaxID de-DE", run: (input) => validator.isTaxID(input, "de-DE") },
    goal: 3,
  },
  {
    title: "Postleitzahl: postleitzahl.isValid vs validator.js isPostalCode(x, 'DE')",
    inputs: plzInputs,
    ours: { name: "@digitale-kommune/validators postleitzahl.isValid", run: postleitzahl.isValid },
    theirs: { name: "validator.js isPostalCode DE", run: (input) => validator.isPostalCode(input, "DE") },
    goal: 0.9,
  },
];

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const roundMs = Number(process.env.BENCH_ROUND_MS ?? 1000);
console.log(`Node ${process.version}, ${rounds} interleaved rounds of ${roundMs} ms per contender, medians\n`);
for (const comparison of comparisons) printResult(compare(comparison, rounds, roundMs));
