/**
 * Steuernummer layouts per Land. Letters in the comments: F Finanzamt, B Bezirk, U Unterscheidungsnummer,
 * P Prüfziffer; the 4-digit Bundesfinanzamtsnummer (BUFA) is the Land prefix followed by the Finanzamt digits.
 *
 * Regional form: `lead + F + BBB UUUU P` (8 digits after F; NW splits them BBBB UUU P). The number of F digits
 * is 4 minus the length of the Land prefix (BY "9" and NW "5" have FFF, every other Land FF).
 * Bundeseinheitliche form (13 digits): `prefix + F + "0" + the same 8 digits`.
 * Source: python-stdnum `stdnum/de/stnr.py` (layouts, conversion) and the written examples in its
 * `tests/test_de_stnr.doctest` (taken from the table in the German Wikipedia article "Steuernummer"); see
 * `reference/validators.md` ("steuernummer"). The table itself is written for this package.
 */
import type { Locale } from "../core/types.js";

/** The 16 Länder by their two-letter code (ISO 3166-2:DE without the "DE-"). */
export type Bundesland =
  | "BW"
  | "BY"
  | "BE"
  | "BB"
  | "HB"
  | "HH"
  | "HE"
  | "MV"
  | "NI"
  | "NW"
  | "RP"
  | "SL"
  | "SN"
  | "ST"
  | "SH"
  | "TH";

export interface Layout {
  /** Fixed first digit of the regional form before F, or "" where the regional form starts with F. */
  readonly lead: string;
  /** The Land's part of the Bundesfinanzamtsnummer, the first 1 or 2 digits of the 13-digit form. */
  readonly prefix: string;
  /** Group sizes of the usual written regional form, e.g. [3, 3, 5] for "013 815 08153". */
  readonly groups: readonly number[];
  /** Separator between those groups. */
  readonly separator: "/" | " ";
  /** A written example of the regional form, for messages. */
  readonly example: string;
  readonly name: Readonly<Record<Locale, string>>;
}

/** In the usual order of the Länder (alphabetical by German name); detectLand returns candidates in this order. */
export const LAYOUTS: Readonly<Record<Bundesland, Layout>> = {
  // FFBBBUUUUP, written FFBBB/UUUUP
  BW: /* @__PURE__ */ layout("", "28", [5, 5], "/", "93815/08152", "Baden-Württemberg", "Baden-Württemberg"),
  // FFFBBBUUUUP
  BY: /* @__PURE__ */ layout("", "9", [3, 3, 5], "/", "181/815/08155", "Bayern", "Bavaria"),
  // FFBBBUUUUP
  BE: /* @__PURE__ */ layout("", "11", [2, 3, 5], "/", "21/815/08150", "Berlin", "Berlin"),
  // 0FFBBBUUUUP
  BB: /* @__PURE__ */ layout("0", "30", [3, 3, 5], "/", "048/815/08155", "Brandenburg", "Brandenburg"),
  // FFBBBUUUUP, written with spaces
  HB: /* @__PURE__ */ layout("", "24", [2, 3, 5], " ", "75 815 08152", "Bremen", "Bremen"),
  // FFBBBUUUUP
  HH: /* @__PURE__ */ layout("", "22", [2, 3, 5], "/", "02/815/08156", "Hamburg", "Hamburg"),
  // 0FFBBBUUUUP, written 0FF BBB UUUUP
  HE: /* @__PURE__ */ layout("0", "26", [3, 3, 5], " ", "013 815 08153", "Hessen", "Hesse"),
  // 0FFBBBUUUUP
  MV: /* @__PURE__ */ layout(
    "0",
    "40",
    [3, 3, 5],
    "/",
    "079/815/08151",
    "Mecklenburg-Vorpommern",
    "Mecklenburg-Western Pomerania",
  ),
  // FFBBBUUUUP
  NI: /* @__PURE__ */ layout("", "23", [2, 3, 5], "/", "24/815/08151", "Niedersachsen", "Lower Saxony"),
  // FFFBBBBUUUP
  NW: /* @__PURE__ */ layout("", "5", [3, 4, 4], "/", "133/8150/8159", "Nordrhein-Westfalen", "North Rhine-Westphalia"),
  // FFBBBUUUUP
  RP: /* @__PURE__ */ layout("", "27", [2, 3, 5], "/", "22/815/08154", "Rheinland-Pfalz", "Rhineland-Palatinate"),
  // 0FFBBBUUUUP
  SL: /* @__PURE__ */ layout("0", "10", [3, 3, 5], "/", "010/815/08182", "Saarland", "Saarland"),
  // 2FFBBBUUUUP
  SN: /* @__PURE__ */ layout("2", "32", [3, 3, 5], "/", "201/123/12340", "Sachsen", "Saxony"),
  // 1FFBBBUUUUP
  ST: /* @__PURE__ */ layout("1", "31", [3, 3, 5], "/", "101/815/08154", "Sachsen-Anhalt", "Saxony-Anhalt"),
  // FFBBBUUUUP
  SH: /* @__PURE__ */ layout("", "21", [2, 3, 5], "/", "29/815/08158", "Schleswig-Holstein", "Schleswig-Holstein"),
  // 1FFBBBUUUUP
  TH: /* @__PURE__ */ layout("1", "41", [3, 3, 5], "/", "151/815/08156", "Thüringen", "Thuringia"),
};

export const LAENDER = /* @__PURE__ */ Object.keys(LAYOUTS) as readonly Bundesland[];

function layout(
  lead: string,
  prefix: string,
  groups: readonly number[],
  separator: "/" | " ",
  example: string,
  de: string,
  en: string,
): Layout {
  return { lead, prefix, groups, separator, example, name: { de, en } };
}

/** Number of Finanzamt digits: the Bundesfinanzamtsnummer has 4 digits, the Land prefix takes 1 or 2 of them. */
export function finanzamtDigits(layout: Layout): number {
  return 4 - layout.prefix.length;
}

/** Length of the regional form: lead, Finanzamt digits, then 8 digits (Bezirk, Unterscheidungsnr., Prüfziffer). */
export function regionalLength(layout: Layout): number {
  return layout.lead.length + finanzamtDigits(layout) + 8;
}

/** The Land whose prefix starts a 13-digit form; the prefixes are prefix-free (no 2-digit prefix starts with 9 or 5). */
export function landOfBundeseinheitlich(value: string): Bundesland | undefined {
  for (const land of LAENDER) {
    if (value.startsWith(LAYOUTS[land].prefix)) return land;
  }
  return undefined;
}

/** True when `land` is one of the 16 codes (guards callers without TypeScript and prototype keys). */
export function isBundesland(land: string): land is Bundesland {
  return Object.hasOwn(LAYOUTS, land);
}
