import type { Meta, StoryObj } from "@storybook/react-vite";
import { LanguageSwitch } from "../language-switch/LanguageSwitch.js";
import { exampleBrands, exampleLogo } from "./examples.js";
import { Header, type HeaderNavigationItem } from "./Header.js";

const navigation: HeaderNavigationItem[] = [
  { href: "/leistungen", text: "Leistungen", current: true },
  { href: "/aemter", text: "Ämter und Einrichtungen" },
  { href: "/termine", text: "Termin buchen" },
  { href: "/konto", text: "Mein Konto" },
];

const manyItems: HeaderNavigationItem[] = [
  { href: "/leistungen", text: "Leistungen A–Z" },
  { href: "/lebenslagen", text: "Lebenslagen" },
  { href: "/aemter", text: "Ämter und Einrichtungen" },
  { href: "/termine", text: "Termin buchen", current: true },
  { href: "/formulare", text: "Formulare" },
  { href: "/gebuehren", text: "Gebühren" },
  { href: "/oeffnungszeiten", text: "Öffnungszeiten" },
  { href: "/stadtrat", text: "Stadtverordnetenversammlung" },
  { href: "/konto", text: "Mein Konto" },
];

const languages = <LanguageSwitch current="de" links={{ en: "/en", leichteSprache: "/leichte-sprache" }} />;

const meta = {
  title: "Seitenrahmen/Header",
  component: Header,
  args: {
    brand: exampleBrands.giessen,
    serviceName: "Bewohnerparkausweis beantragen",
    serviceHref: "/bewohnerparkausweis",
    navigation,
    actions: languages,
  },
  parameters: {
    docs: {
      description: {
        component:
          "The page header: a `<header>` landmark with the city's logo and name linking to its start page " +
          "(„Stadt Fulda – Startseite“, the last part visually hidden), a slot for actions such as the " +
          'LanguageSwitch, the service name and the primary navigation `<nav aria-label="Hauptnavigation">` with ' +
          '`aria-current="page"` on the current link, over a stripe in the city\'s brand colour. Below a width of ' +
          "40em (container query) the links stack and, once JavaScript runs, collapse behind a „Menü“ button with " +
          "`aria-expanded` and `aria-controls`; without JavaScript there is no button and every link is shown. " +
          "The theme is not set by the header: put `data-dk-theme` on the page. Keyboard: Tab moves through home " +
          "link, actions, service name, „Menü“ button and navigation links in that order; Enter or Space opens and " +
          "closes the menu; Enter follows a link. WCAG 2.2: 1.3.1 and 4.1.2 (landmarks, list, aria-current, " +
          "aria-expanded), 1.4.1 (current page bold with a bar, not colour alone), 1.4.3 (contrast), 1.4.10 " +
          "(reflow at 320 px), 2.4.1 (landmarks), 2.4.4 (link purpose), 2.4.7 and 2.4.11 (visible focus), 2.5.8 " +
          "(targets of at least 24 px, the button 44 px), 3.2.3 (consistent navigation), 1.1.1 (logo decorative " +
          "beside the name, or with alt text).",
      },
    },
  },
} satisfies Meta<typeof Header>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithLogo: Story = {
  args: { brand: { ...exampleBrands.marburg, logo: exampleLogo } },
};

export const NameOnly: Story = {
  args: { serviceName: undefined, serviceHref: undefined, navigation: undefined, actions: undefined },
};

export const WithServiceName: Story = {
  args: { navigation: undefined, actions: undefined },
};

export const ServiceNameWithoutLink: Story = {
  args: { serviceHref: undefined, navigation: undefined },
};

export const ManyNavigationItems: Story = {
  args: { navigation: manyItems },
};

export const LongCityName: Story = {
  args: {
    brand: { ...exampleBrands.limburg, logo: exampleLogo },
    serviceName: "Antrag auf Erteilung einer Sondernutzungserlaubnis für Außengastronomie",
    navigation: manyItems,
  },
};

export const SeparateProps: Story = {
  args: {
    brand: undefined,
    cityName: "Stadt Musterhausen",
    homeHref: "https://www.musterhausen.example/",
    logo: { ...exampleLogo, alt: "Wappen der Stadt Musterhausen" },
  },
};

export const English: Story = {
  globals: { locale: "en" },
  args: {
    locale: "en",
    serviceName: "Apply for a residents' parking permit",
    serviceHref: "/en/residents-parking",
    navigation: [
      { href: "/en/services", text: "Services", current: true },
      { href: "/en/offices", text: "Offices" },
      { href: "/en/appointments", text: "Book an appointment" },
      { href: "/en/account", text: "My account" },
    ],
    actions: <LanguageSwitch locale="en" current="en" links={{ de: "/", leichteSprache: "/leichte-sprache" }} />,
  },
};

export const Fulda: Story = { args: { brand: exampleBrands.fulda }, globals: { theme: "fulda" } };
export const Giessen: Story = { args: { brand: exampleBrands.giessen }, globals: { theme: "giessen" } };
export const Limburg: Story = { args: { brand: exampleBrands.limburg }, globals: { theme: "limburg" } };
export const Marburg: Story = { args: { brand: exampleBrands.marburg }, globals: { theme: "marburg" } };
export const Offenbach: Story = { args: { brand: exampleBrands.offenbach }, globals: { theme: "offenbach" } };
export const Wetzlar: Story = { args: { brand: exampleBrands.wetzlar }, globals: { theme: "wetzlar" } };
