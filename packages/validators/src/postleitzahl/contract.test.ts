import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { postleitzahl } from "./index.js";

const UNASSIGNED = ["00", "05", "43", "62"];

describeKindContract({
  name: "postleitzahl",
  kind: postleitzahl,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    { input: "35390", value: "35390" },
    { input: "01067", value: "01067" },
    { input: " 63065\t", value: "63065" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: "3539", code: "too_short" },
    { input: "353901", code: "too_long" },
    { input: "３５３９０", code: "invalid_characters" },
    { input: "62123", code: "unknown_code" },
  ],
  validArbitrary: fc.stringMatching(/^[0-9]{5}$/).filter((plz) => !UNASSIGNED.includes(plz.slice(0, 2))),
});
