import type { CityBrand, CityLogo } from "./city-brand.js";

/** Example brands of the six partner cities for stories and tests: names as the cities sign, addresses invented. */
function brand(name: string, theme: string): CityBrand {
  return {
    name,
    homeHref: "/",
    theme,
    links: {
      impressum: "/impressum",
      datenschutz: "/datenschutz",
      barrierefreiheit: "/barrierefreiheit",
      leichteSprache: "/leichte-sprache",
      gebaerdensprache: "/gebaerdensprache",
      kontakt: "/kontakt",
    },
  };
}

export const exampleBrands = {
  fulda: brand("Stadt Fulda", "fulda"),
  giessen: brand("Universitätsstadt Gießen", "giessen"),
  limburg: brand("Kreisstadt Limburg a. d. Lahn", "limburg"),
  marburg: brand("Universitätsstadt Marburg", "marburg"),
  offenbach: brand("Stadt Offenbach am Main", "offenbach"),
  wetzlar: brand("Stadt Wetzlar", "wetzlar"),
} satisfies Record<string, CityBrand>;

/**
 * A small example logo (a plain shield, no city's real coat of arms) as an inline SVG data URL, for stories and
 * tests that show a header with a logo.
 */
export const exampleLogo = {
  src: `data:image/svg+xml,${encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 48"><path d="M2 2h36v22c0 12-8 19-18 22C10 43 2 36 2 24z" fill="#00558c" stroke="#fff" stroke-width="2"/><path d="M20 10l8 14-8 14-8-14z" fill="#fff"/></svg>',
  )}`,
  width: 40,
  height: 48,
} satisfies CityLogo;
