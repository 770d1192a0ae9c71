import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { steuernummer } from "./index.js";

// Pairs of regional and bundeseinheitliche numbers per Land, in Länder order BW ... TH, as listed in
// python-stdnum's tests/test_de_stnr.doctest ("found online"; the examples of the German Wikipedia article).
const ONLINE_EXAMPLES = [
  ["BW", "93815/08152", "2893081508152"],
  ["BY", "181/815/08155", "9181081508155"],
  ["BE", "21/815/08150", "1121081508150"],
  ["BB", "048/815/08155", "3048081508155"],
  ["HB", "75 815 08152", "2475081508152"],
  ["HH", "02/815/08156", "2202081508156"],
  ["HE", "013 815 08153", "2613081508153"],
  ["MV", "079/815/08151", "4079081508151"],
  ["NI", "24/815/08151", "2324081508151"],
  ["NW", "133/8150/8159", "5133081508159"],
  ["RP", "22/815/08154", "2722081508154"],
  ["SL", "010/815/08182", "1010081508182"],
  ["SN", "201/123/12340", "3201012312340"],
  ["ST", "101/815/08154", "3101081508154"],
  ["SH", "29/815/08158", "2129081508158"],
  ["TH", "151/815/08156", "4151081508156"],
] as const;

// Regional layouts: lead digit, Finanzamt digits, Land prefix of the 13-digit form (written out here
// independently of laender.ts, so the generator does not share a mistake with the code under test).
const LAYOUTS = [
  ["", 2, "28"],
  ["", 3, "9"],
  ["", 2, "11"],
  ["0", 2, "30"],
  ["", 2, "24"],
  ["", 2, "22"],
  ["0", 2, "26"],
  ["0", 2, "40"],
  ["", 2, "23"],
  ["", 3, "5"],
  ["", 2, "27"],
  ["0", 2, "10"],
  ["2", 2, "32"],
  ["1", 2, "31"],
  ["", 2, "21"],
  ["1", 2, "41"],
] as const;

const validSteuernummer = fc
  .tuple(
    fc.constantFrom(...LAYOUTS),
    fc.stringMatching(/^[0-9]{3}$/),
    fc.stringMatching(/^[0-9]{8}$/),
    fc.boolean(),
    fc.constantFrom("", "/", " "),
  )
  .map(([[lead, fDigits, prefix], f, rest, bundeseinheitlich, separator]) => {
    const finanzamt = f.slice(0, fDigits);
    if (bundeseinheitlich) return `${prefix}${finanzamt}0${rest}`;
    return `${lead}${finanzamt}${separator}${rest.slice(0, 3)}${separator}${rest.slice(3)}`;
  });

describeKindContract({
  name: "steuernummer",
  kind: steuernummer,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    ...ONLINE_EXAMPLES.flatMap(([, regional, bund]) => [
      { input: regional, value: regional.replaceAll("/", "").replaceAll(" ", "") },
      { input: bund, value: bund },
    ]),
    { input: " 013 815 08153\n", value: "01381508153" },
    { input: "13/815/08153", value: "1381508153" },
    { input: "26 13 0 815 08153", value: "2613081508153" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: " / ", code: "empty" },
    { input: "13 815 0815", code: "too_short" },
    { input: "26130815081530", code: "too_long" },
    { input: "261308150815", code: "invalid_format" }, // 12 digits: neither regional nor bundeseinheitlich
    { input: "4151181508156", code: "invalid_format" }, // 13 digits without the 0 in fifth position
    { input: "3313081508153", code: "unknown_code" }, // no Land has the prefix 33
    { input: "0613081508153", code: "unknown_code" },
    { input: "013-815-08153", code: "invalid_characters" },
    { input: "013\u00a0815\u00a008153", code: "invalid_characters" }, // no-break spaces
    { input: "０１３ ８１５ ０８１５３", code: "invalid_characters" }, // fullwidth digits
    { input: "O13 815 08153", code: "invalid_characters" }, // Latin O for zero
    { input: "\u041e13 815 08153", code: "invalid_characters" }, // Cyrillic О
    { input: "\u039f13 815 08153", code: "invalid_characters" }, // Greek Ο
    { input: "013\u2215815\u221508153", code: "invalid_characters" }, // division slash, not "/"
  ],
  validArbitrary: validSteuernummer,
  // No check digit is validated (the Länder methods are not public), so single-digit changes are not detected.
  singleDigitChangesRejected: false,
  adversarial: ["/".repeat(100_000), " /".repeat(50_000), "1/".repeat(50_000), `${"0".repeat(99_999)}/`],
});
