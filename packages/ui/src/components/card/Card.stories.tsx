import type { Meta, StoryObj } from "@storybook/react-vite";
import { Link } from "../link/Link.js";
import { Tag } from "../tag/Tag.js";
import { Card, CardList } from "./Card.js";

const meta = {
  title: "Inhalt/Card",
  component: Card,
  args: {
    heading: "Bürgerbüro",
    href: "/standorte/buergerbuero",
    teaser: "Ausweise, Meldebescheinigungen und Parkausweise an einem Ort.",
  },
  parameters: {
    docs: {
      description: {
        component:
          "A block with a heading (`headingLevel`), an optional teaser, body and footer. With `href` the heading " +
          "is a link whose `::after` covers the card: the whole card is clickable, but only the link is focusable, " +
          "and its name is the heading alone. Further links in the card stay above the overlay. Lists of cards go " +
          "in a `<ul>`: `CardList` wraps each card in an `<li>` and flows them in columns. Keyboard: Tab reaches the " +
          "heading link once per card (focus highlights the link and outlines the card), Enter follows it. WCAG 2.2: " +
          "1.3.1 (heading, list of cards), 2.4.4 (link purpose from the heading), 2.4.6 (descriptive headings), " +
          "2.4.7 and 2.4.11 (visible focus), 2.5.8 (the whole card as target), 1.4.10 (one column at 320 px, long " +
          "words wrap), 1.4.3 (text and link colours from the checked token pairs).",
      },
    },
  },
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithoutLink: Story = {
  args: {
    href: undefined,
    heading: "Öffnungszeiten",
    teaser: "Montag bis Freitag 8 bis 12 Uhr, Donnerstag auch 14 bis 18 Uhr.",
  },
};

export const WithBodyAndFooter: Story = {
  args: {
    heading: "Sperrmüll anmelden",
    href: "/leistungen/sperrmuell",
    teaser: "Zweimal im Jahr holen wir Sperrmüll kostenlos bei Ihnen ab.",
    children: (
      <p>
        Elektrogeräte nehmen wir getrennt mit. Fragen? <Link href="/kontakt/abfallberatung">Abfallberatung</Link>
      </p>
    ),
    footer: (
      <>
        <Tag variant="online">Online verfügbar</Tag>
        <span>Abfallwirtschaft</span>
      </>
    ),
  },
};

export const HeadingLevel: Story = {
  render: (args) => (
    <section aria-labelledby="themen">
      <h2 id="themen">Beliebte Themen</h2>
      <Card {...args} headingLevel={3} />
    </section>
  ),
};

export const InAList: Story = {
  render: () => (
    <section aria-labelledby="standorte">
      <h2 id="standorte">Standorte</h2>
      <CardList>
        <Card headingLevel={3} heading="Bürgerbüro" href="/standorte/buergerbuero" teaser="Berliner Platz 1" />
        <Card headingLevel={3} heading="Standesamt" href="/standorte/standesamt" teaser="Am Rathaus 3" />
        <Card headingLevel={3} heading="Ordnungsamt" href="/standorte/ordnungsamt" teaser="Ostanlage 45" />
      </CardList>
    </section>
  ),
};

export const English: Story = {
  args: {
    heading: "Citizens' office",
    href: "/en/locations/citizens-office",
    teaser: "ID cards, registration certificates and parking permits in one place.",
    lang: "en",
  },
};

export const LongText: Story = {
  args: {
    heading: "Kraftfahrzeugzulassungsbescheinigungsangelegenheiten und Ausnahmegenehmigungen nach der StVO",
    href: "/themen/kfz-zulassung",
    teaser:
      "Zulassung, Umschreibung und Außerbetriebsetzung von Kraftfahrzeugen, Wunschkennzeichen, Saisonkennzeichen " +
      "sowie Ausnahmegenehmigungen für Schwertransporte und Parkerleichterungen für Menschen mit Behinderung.",
  },
};
