import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { hausnummer } from "./index.js";

const part = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.option(fc.constantFrom("a", "b", "c", "A", "z"), { nil: "" }))
  .map(([number, letter]) => `${number}${letter}`);

describeKindContract({
  name: "hausnummer",
  kind: hausnummer,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    { input: "12", value: "12" },
    { input: "12a", value: "12a" },
    { input: " 12 a ", value: "12a" },
    { input: "12 - 14", value: "12-14" },
    { input: "12/1", value: "12/1" },
    { input: "7a-7c", value: "7a-7c" },
    { input: "9999", value: "9999" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: "012", code: "invalid_format" },
    { input: "12ab", code: "invalid_format" },
    { input: "a12", code: "invalid_format" },
    { input: "12-14-16", code: "invalid_format" },
    { input: "12-14/1", code: "invalid_format" },
    { input: "10000", code: "invalid_format" },
    { input: "12ä", code: "invalid_characters" },
    { input: "１２", code: "invalid_characters" },
    { input: "12\u0430", code: "invalid_characters" },
    { input: "1".repeat(16), code: "too_long" },
  ],
  validArbitrary: fc
    .tuple(part, fc.option(fc.tuple(fc.constantFrom("-", "/"), part), { nil: undefined }))
    .map(([first, rest]) => (rest ? `${first}${rest[0]}${rest[1]}` : first)),
  adversarial: ["1-".repeat(50_000), "1a/".repeat(30_000)],
});
