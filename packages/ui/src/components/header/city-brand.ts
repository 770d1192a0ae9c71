/**
 * What a city's page frame says about the city: its name, home link, optional logo and the addresses of the pages
 * every German authority's site must link from every page (Impressum: § 5 DDG; Datenschutz: Art. 13 DSGVO;
 * Erklärung zur Barrierefreiheit: § 12b BGG / HessBGG; Leichte Sprache and Gebärdensprache: BITV 2.0 § 4).
 * Text cannot travel in CSS, so the theme (`data-dk-theme`) carries the colours and this object the words.
 * Header and Footer take it; a city configures it once.
 */
export interface CityBrand {
  /** The city's name as it signs, e.g. „Universitätsstadt Gießen“. */
  name: string;
  /** The link of the name and logo: the city's start page (default `/`). */
  homeHref?: string | undefined;
  /** The theme of the city's pages (`data-dk-theme`), e.g. `giessen`. */
  theme?: string | undefined;
  /**
   * The logo, shown before the name. It is decorative next to the name (`alt=""`) unless `alt` is given; the link
   * is always named by `name`.
   */
  logo?: CityLogo | undefined;
  /** The addresses of the legally required and the service pages linked from every page's footer. */
  links: CityLinks;
}

export interface CityLogo {
  src: string;
  /** Leave out when the logo only repeats the city's name (the usual case). */
  alt?: string | undefined;
  width: number;
  height: number;
}

export interface CityLinks {
  impressum: string;
  datenschutz: string;
  barrierefreiheit: string;
  leichteSprache?: string | undefined;
  gebaerdensprache?: string | undefined;
  kontakt?: string | undefined;
}
