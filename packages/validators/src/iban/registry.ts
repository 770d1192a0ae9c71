/**
 * BBAN layouts of the SEPA countries, from the SWIFT IBAN Registry (https://www.swift.com/standards/data-standards/iban,
 * as extracted in python-stdnum's `stdnum/iban.dat`), written in the registry's notation without the "!" (every
 * field has a fixed length): a count and a character class per field, e.g. `8n10n` for Germany's 8-digit
 * Bankleitzahl and 10-digit Kontonummer.
 *   n  ASCII digit 0-9
 *   a  upper-case letter A-Z
 *   c  letter or digit (the registry's "c" also allows lower case; after normalisation all letters are upper case)
 * The IBAN length is 4 (country and check digits) plus the BBAN length.
 *
 * SEPA scope: the EPC "List of countries in the SEPA schemes' geographical scope" (EPC409-09). Albania, Moldova,
 * Montenegro, North Macedonia and Serbia joined the scope in 2024-25; their exact accession dates are not verified.
 * French overseas departments, Åland, Guernsey, Jersey and the Isle of Man use FR, FI and GB IBANs; Faroe Islands and
 * Greenland (FO, GL) are not in the SEPA scope.
 */
export const BBAN_LAYOUTS = {
  AD: "4n4n12c",
  AL: "8n16c",
  AT: "5n11n",
  BE: "3n7n2n",
  BG: "4a4n2n8c",
  CH: "5n12c",
  CY: "3n5n16c",
  CZ: "4n6n10n",
  DE: "8n10n",
  DK: "4n9n1n",
  EE: "2n14n",
  ES: "4n4n1n1n10n",
  FI: "3n11n",
  FR: "5n5n11c2n",
  GB: "4a6n8n",
  GI: "4a15c",
  GR: "3n4n16c",
  HR: "7n10n",
  HU: "3n4n1n15n1n",
  IE: "4a6n8n",
  IS: "4n2n6n10n",
  IT: "1a5n5n12c",
  LI: "5n12c",
  LT: "5n11n",
  LU: "3n13c",
  LV: "4a13c",
  MC: "5n5n11c2n",
  MD: "2c18c",
  ME: "3n13n2n",
  MK: "3n10c2n",
  MT: "4a5n18c",
  NL: "4a10n",
  NO: "4n6n1n",
  PL: "8n16n",
  PT: "4n4n11n2n",
  RO: "4a16c",
  RS: "3n13n2n",
  SE: "3n16n1n",
  SI: "5n8n2n",
  SK: "4n6n10n",
  SM: "1a5n5n12c",
  VA: "3n15n",
} as const satisfies Record<string, string>;

/** ISO 3166-1 alpha-2 code of a country in the SEPA scope, e.g. `"DE"`. */
export type SepaCountry = keyof typeof BBAN_LAYOUTS;

/** Length of the BBAN described by `layout` (the sum of its field counts). */
export function bbanLength(layout: string): number {
  let length = 0;
  let count = 0;
  for (let index = 0; index < layout.length; index++) {
    const charCode = layout.charCodeAt(index);
    if (charCode >= 0x30 && charCode <= 0x39) {
      count = count * 10 + (charCode - 0x30);
    } else {
      length += count;
      count = 0;
    }
  }
  return length;
}

/** A layout compiled once for the hot path: the IBAN length and the character class of every BBAN position. */
export interface CompiledLayout {
  ibanLength: number;
  /** Per BBAN position: 0 digit (n), 1 upper-case letter (a), 2 letter or digit (c). */
  classes: Uint8Array;
}

const CLASS_CODES: Record<string, number> = { n: 0, a: 1, c: 2 };
const compiledLayouts = /* @__PURE__ */ new Map<string, CompiledLayout>();

/** The compiled layout of a SEPA country, built on first use and kept. */
export function compiledLayoutOf(country: SepaCountry): CompiledLayout {
  let compiled = compiledLayouts.get(country);
  if (compiled) return compiled;
  const layout = BBAN_LAYOUTS[country];
  const classes = new Uint8Array(bbanLength(layout));
  let position = 0;
  let count = 0;
  for (let index = 0; index < layout.length; index++) {
    const charCode = layout.charCodeAt(index);
    if (charCode >= 0x30 && charCode <= 0x39) {
      count = count * 10 + (charCode - 0x30);
      continue;
    }
    classes.fill(CLASS_CODES[layout.charAt(index)] ?? 2, position, position + count);
    position += count;
    count = 0;
  }
  compiled = { ibanLength: 4 + classes.length, classes };
  compiledLayouts.set(country, compiled);
  return compiled;
}

/** True when the character code fits the compiled class (0 digit, 1 upper-case letter, 2 either). */
export function fitsCompiledClass(charCode: number, characterClass: number): boolean {
  const isDigit = charCode >= 0x30 && charCode <= 0x39;
  if (characterClass === 0) return isDigit;
  const isUpper = charCode >= 0x41 && charCode <= 0x5a;
  return characterClass === 1 ? isUpper : isDigit || isUpper;
}

// The compiled layouts keyed by the two character codes of the country, filled on first use.
let layoutsByCodes: Map<number, CompiledLayout> | undefined;

/** The compiled layout for a country given as two character codes, without building a string (hot path). */
export function compiledLayoutByCodes(first: number, second: number): CompiledLayout | undefined {
  if (!layoutsByCodes) {
    layoutsByCodes = new Map();
    for (const country of Object.keys(BBAN_LAYOUTS) as SepaCountry[]) {
      layoutsByCodes.set(country.charCodeAt(0) * 128 + country.charCodeAt(1), compiledLayoutOf(country));
    }
  }
  return layoutsByCodes.get(first * 128 + second);
}
