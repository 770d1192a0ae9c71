import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { COUNTRY_CODES } from "./countries.js";
import { bic } from "./index.js";

// Party prefix (4 letters), a country code, location (2 letters or digits), optional branch (3), written as typed.
const validBic = fc
  .tuple(
    fc.stringMatching(/^[A-Z]{4}$/),
    fc.constantFrom(...COUNTRY_CODES),
    fc.stringMatching(/^[A-Z0-9]{2}$/),
    fc.option(fc.stringMatching(/^[A-Z0-9]{3}$/), { nil: "" }),
  )
  .chain(([party, country, location, branch]) => {
    const code = `${party}${country}${location}${branch}`;
    return fc.constantFrom(code, code.toLowerCase(), `${party} ${country} ${location} ${branch}`.trim(), ` ${code}\n`);
  });

describeKindContract({
  name: "bic",
  kind: bic,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    // python-stdnum's examples (stdnum/bic.py).
    { input: "AGRIFRPP882", value: "AGRIFRPP882" },
    { input: "ABNA BE 2A", value: "ABNABE2A" },
    { input: "AGRIFRPP", value: "AGRIFRPP" },
    { input: "agriFRPP", value: "AGRIFRPP" },
    // Deutsche Bank Frankfurt and Commerzbank head office, as printed and in lower case.
    { input: "DEUTDEFF500", value: "DEUTDEFF500" },
    { input: "COBADEFFXXX", value: "COBADEFFXXX" },
    { input: " cobadeffxxx\t", value: "COBADEFFXXX" },
    { input: "COBA DE FF XXX", value: "COBADEFFXXX" },
    // Kosovo (XK) is a user-assigned code ISO 9362 uses; constructed example.
    { input: "ABCDXKPR", value: "ABCDXKPR" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: " \t ", code: "empty" },
    { input: "AGRIFRP", code: "too_short" },
    { input: "DEUT", code: "too_short" },
    { input: "AGRIFRPP8822", code: "too_long" },
    { input: "AGRIFRPP8", code: "invalid_format" }, // 9 characters: the branch has 3 or none
    { input: "AGRIFRPP88", code: "invalid_format" }, // 10 characters
    { input: "AGRIF2PP", code: "invalid_format" }, // digit in the country code
    { input: "AGR1FRPP", code: "invalid_format" }, // digit in the party prefix
    { input: "1234DEFF", code: "invalid_format" },
    { input: "AGRIAAPP", code: "unknown_country" },
    { input: "AGRIUKPP", code: "unknown_country" }, // UK is reserved; the United Kingdom is GB
    { input: "AGRIEUPP", code: "unknown_country" },
    { input: "AGRI-FR-PP", code: "invalid_characters" },
    { input: "\u0410GRIFRPP", code: "invalid_characters" }, // Cyrillic А
    { input: "COBADEFFXX\u039f", code: "invalid_characters" }, // Greek Ο
    { input: "COBADEFF１２３", code: "invalid_characters" }, // fullwidth digits
    { input: "COBA\u00a0DEFF", code: "invalid_characters" }, // no-break space
  ],
  validArbitrary: validBic,
  adversarial: ["COBA ".repeat(20_000), `COBA${" ".repeat(99_990)}DEFF`, "AAAADE".repeat(16_000)],
});
