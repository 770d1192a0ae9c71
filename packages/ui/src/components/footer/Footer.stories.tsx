import type { Meta, StoryObj } from "@storybook/react-vite";
import type { CityBrand } from "../header/city-brand.js";
import { exampleBrands } from "../header/examples.js";
import { Link } from "../link/Link.js";
import { Footer } from "./Footer.js";

const meta = {
  title: "Seitenrahmen/Footer",
  component: Footer,
  args: { brand: exampleBrands.giessen, year: 2026 },
  parameters: {
    docs: {
      description: {
        component:
          "The page's `<footer>` (contentinfo landmark) with the links every German authority's site needs on every " +
          "page: Impressum (§ 5 DDG), Datenschutz (Art. 13 DSGVO), Erklärung zur Barrierefreiheit (§ 12b BGG, " +
          "HessBGG; the full title, not just „Barrierefreiheit“, so the link says what it leads to), Leichte Sprache " +
          'and Gebärdensprache (BITV 2.0 § 4; always `hrefLang="de"`: those pages are German), and Kontakt, in a ' +
          "`<nav>` named „Rechtliches und Service“. Addresses from a `CityBrand` or `links`; free content (address, " +
          "opening hours, social links) as children; „© 2026 Universitätsstadt Gießen“ when `year` is given (no " +
          "default from the clock, so server and browser render the same). Keyboard: Tab moves through the links, " +
          "Enter follows one. WCAG 2.2: 1.3.1 (landmarks and list), 1.4.3 (contrast on the footer background), " +
          "1.4.10 (reflow at 320 px), 2.4.1 (named navigation landmark), 2.4.4 (link purpose), 2.4.7 and 2.4.11 " +
          "(visible focus), 2.5.8 (targets at least 24 px high), 3.1.2 (language of parts: `lang` and `hrefLang`), " +
          "3.2.3 and 3.2.4 (the same links in the same order on every page).",
      },
    },
  },
} satisfies Meta<typeof Footer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithContent: Story = {
  args: {
    children: (
      <>
        <h2>Universitätsstadt Gießen</h2>
        <address>
          Rathaus, Berliner Platz 1<br />
          35390 Gießen
        </address>
        <p>Bürgerbüro: Montag bis Freitag 8 bis 16 Uhr, Donnerstag bis 18 Uhr</p>
        <p>
          Gießen im Netz: <Link href="https://social.example/@giessen">Mastodon</Link>,{" "}
          <Link href="https://video.example/giessen">Videos</Link>
        </p>
      </>
    ),
  },
};

export const RequiredLinksOnly: Story = {
  args: {
    brand: undefined,
    links: { impressum: "/impressum", datenschutz: "/datenschutz", barrierefreiheit: "/barrierefreiheit" },
    owner: "Stadt Musterstadt",
  },
};

export const WithoutCopyright: Story = {
  args: { year: undefined },
};

export const MoreLinks: Story = {
  args: {
    moreLinks: [
      { text: "Barriere melden", href: "/barrierefreiheit/barriere-melden" },
      { text: "Cookie-Einstellungen", href: "/cookies" },
      { text: "Presse", href: "/presse" },
    ],
  },
};

export const English: Story = {
  args: { locale: "en" },
};

export const EnglishWithGermanPages: Story = {
  args: {
    locale: "en",
    legalPagesLang: "de",
    moreLinks: [{ text: "Barriere melden", href: "/barrierefreiheit/barriere-melden", lang: "de", hrefLang: "de" }],
  },
};

export const LongText: Story = {
  args: {
    brand: {
      ...exampleBrands.limburg,
      name: "Kreisstadt Limburg an der Lahn, Magistrat der Kreisstadt, Fachdienst Bürgerservice und Ordnungsangelegenheiten",
    },
    messages: {
      barrierefreiheit: "Erklärung zur Barrierefreiheit nach dem Hessischen Behindertengleichstellungsgesetz",
    },
    moreLinks: [
      {
        text: "Rückmeldung zu Barrieren und Schlichtungsverfahren beim Landesbeauftragten für barrierefreie IT",
        href: "/barrierefreiheit/schlichtung",
      },
    ],
    children: (
      <p>
        Kraftfahrzeugzulassungsbehörde und Fahrerlaubnisbehörde: Terminvereinbarung ausschließlich über das
        Onlineterminvergabesystem der Stadtverwaltung.
      </p>
    ),
  },
};

/** One footer per partner city, in the city's theme. */
function inCity(brand: CityBrand): Story {
  return {
    args: { brand },
    render: (args) => (
      <div data-dk-theme={brand.theme}>
        <Footer {...args} />
      </div>
    ),
  };
}

export const Fulda: Story = inCity(exampleBrands.fulda);
export const Giessen: Story = inCity(exampleBrands.giessen);
export const Limburg: Story = inCity(exampleBrands.limburg);
export const Marburg: Story = inCity(exampleBrands.marburg);
export const Offenbach: Story = inCity(exampleBrands.offenbach);
export const Wetzlar: Story = inCity(exampleBrands.wetzlar);
