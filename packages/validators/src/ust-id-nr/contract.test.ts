import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { mod11_10CheckDigit } from "../core/checksums.js";
import { ustIdNr } from "./index.js";

// First digit 1-9, seven more digits, then the MOD 11,10 check digit; written in one of the usual ways.
const validUstIdNr = fc
  .tuple(fc.stringMatching(/^[1-9][0-9]{7}$/), fc.constantFrom("DE", "de", "De", "DE "), fc.boolean())
  .map(([digits, prefix, grouped]) => {
    const number = `${digits}${mod11_10CheckDigit(digits)}`;
    const body = grouped ? `${number.slice(0, 3)} ${number.slice(3, 6)} ${number.slice(6)}` : number;
    return `${prefix}${body}`;
  });

describeKindContract({
  name: "ustIdNr",
  kind: ustIdNr,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    { input: "DE136695976", value: "DE136695976" },
    { input: "DE 136 695 976", value: "DE136695976" },
    { input: " de136695976\n", value: "DE136695976" },
    // form-validation #88: a user believed this number invalid; its check digit is correct.
    { input: "DE129327515", value: "DE129327515" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: " \t", code: "empty" },
    { input: "136695976", code: "missing_prefix" },
    { input: "FR40303265045", code: "unknown_country" },
    { input: "ATU13585627", code: "unknown_country" },
    { input: "1DE36695976", code: "invalid_format" },
    { input: "DE036695976", code: "invalid_format" },
    { input: "DE13669597", code: "too_short" },
    { input: "DE", code: "too_short" },
    { input: "DE1366959760", code: "too_long" },
    { input: "DE136695975", code: "invalid_checksum" },
    { input: "DE129327516", code: "invalid_checksum" },
    { input: "DE１３６６９５９７６", code: "invalid_characters" }, // fullwidth digits
    { input: "\u0414E136695976", code: "invalid_characters" }, // Cyrillic Д is not D
    { input: "D\u0395136695976", code: "invalid_characters" }, // Greek Ε
    { input: "DE13669597\u039f", code: "invalid_characters" }, // Greek Ο for zero
    { input: "DE13669597O", code: "invalid_characters" }, // Latin O for zero
    { input: "DE-136695976", code: "invalid_characters" },
    { input: "DE.136.695.976", code: "invalid_characters" },
  ],
  validArbitrary: validUstIdNr,
  // MOD 11,10 detects every single-digit substitution among the 8 digits it covers, and a changed check digit
  // no longer matches; turning the first digit into 0 is rejected by the format rule first.
  singleDigitChangesRejected: true,
  adversarial: ["DE".repeat(50_000), `DE${" ".repeat(99_990)}1`, "DE 1".repeat(25_000)],
});
