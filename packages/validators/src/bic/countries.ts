/**
 * The officially assigned ISO 3166-1 alpha-2 country codes (249), plus XK (Kosovo), which ISO 9362 uses as a
 * user-assigned code. Reserved codes (e.g. EU, UK) and withdrawn ones (e.g. AN, CS) are not included.
 * Source: ISO 3166 Maintenance Agency, online browsing platform (https://www.iso.org/obp/ui/#search/code/);
 * cross-checked in bic.test.ts against validator.js's list of the same codes.
 */
// Written as one string of two-letter codes: far smaller in a bundle than a literal set of 250 strings.
const PACKED =
  "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCR" +
  "CUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHU" +
  "IDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQ" +
  "MRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSI" +
  "SJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZWXK";

function unpack(packed: string): ReadonlySet<string> {
  const codes = new Set<string>();
  for (let index = 0; index < packed.length; index += 2) codes.add(packed.slice(index, index + 2));
  return codes;
}

export const COUNTRY_CODES: ReadonlySet<string> = /* @__PURE__ */ unpack(PACKED);
