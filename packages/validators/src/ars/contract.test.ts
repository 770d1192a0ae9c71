import fc from "fast-check";
import { describeKindContract } from "../../test/support/describe-kind.js";
import { ars } from "./index.js";

const LAND_CODES = Array.from({ length: 16 }, (_, index) => String(index + 1).padStart(2, "0"));

// A Land code 01-16 and ten random digits, compact or grouped as "LL R KK VVVV GGG".
const validArs = fc
  .tuple(fc.constantFrom(...LAND_CODES), fc.stringMatching(/^[0-9]{10}$/))
  .map(([land, rest]) => land + rest)
  .chain((compact) =>
    fc.constantFrom(
      compact,
      [compact.slice(0, 2), compact.slice(2, 3), compact.slice(3, 5), compact.slice(5, 9), compact.slice(9)].join(" "),
    ),
  );

describeKindContract({
  name: "ars",
  kind: ars,
  module: new URL("./index.ts", import.meta.url),
  valid: [
    // Hessian examples from the Destatis Gemeindeverzeichnis (reference/validators.md).
    { input: "066310009009", value: "066310009009" }, // Fulda
    { input: "065310005005", value: "065310005005" }, // Gießen
    { input: "065340014014", value: "065340014014" }, // Marburg
    { input: "065320023023", value: "065320023023" }, // Wetzlar
    { input: "065330009009", value: "065330009009" }, // Limburg a. d. Lahn
    { input: "064130000000", value: "064130000000" }, // Offenbach am Main, kreisfreie Stadt
    { input: "110000000000", value: "110000000000" }, // Berlin
    { input: "06 6 31 0009 009", value: "066310009009" },
    { input: " 066310009009\n", value: "066310009009" },
  ],
  invalid: [
    { input: "", code: "empty" },
    { input: " ", code: "empty" },
    { input: "06631009", code: "too_short" }, // an AGS is not an ARS
    { input: "06631000900", code: "too_short" },
    { input: "0663100090090", code: "too_long" },
    { input: "006310009009", code: "unknown_code" },
    { input: "176310009009", code: "unknown_code" },
    { input: "06-6-31-0009-009", code: "invalid_characters" },
    { input: "０６６３１０００９００９", code: "invalid_characters" }, // fullwidth digits
    { input: "\u039f66310009009", code: "invalid_characters" }, // Greek capital Omicron for zero
    { input: "\u041e66310009009", code: "invalid_characters" }, // Cyrillic capital O for zero
  ],
  validArbitrary: validArs,
  adversarial: [" 0".repeat(50_000), `06${" ".repeat(99_990)}6310009009`],
});
