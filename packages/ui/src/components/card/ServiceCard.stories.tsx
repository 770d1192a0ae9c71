import type { Meta, StoryObj } from "@storybook/react-vite";
import { CardList } from "./Card.js";
import { serviceExamples } from "./examples.js";
import { ServiceCard } from "./ServiceCard.js";

const meta = {
  title: "Inhalt/ServiceCard",
  component: ServiceCard,
  args: {
    title: "Bewohnerparkausweis beantragen",
    href: "/leistungen/bewohnerparkausweis",
    teaser: "Mit dem Bewohnerparkausweis parken Sie in Ihrer Straße in Zonen mit Bewohnerparken.",
    online: true,
    fee: "30,00 €",
    meta: "Bürgerbüro · Verkehr und Parken",
  },
  parameters: {
    docs: {
      description: {
        component:
          "A municipal service in a list of services or search results: a Card whose heading links to the service " +
          "page (the whole card is clickable), with its teaser, the badge „Online verfügbar“ / “Available online” " +
          "(a Tag, in text) when `online`, the fee after „Gebühr:“ / “Fee:” and meta data such as office and " +
          "category. Plain props only (`title`, `href`, `teaser`, `online`, `fee`, `meta`). Render lists in a " +
          "`<ul>` (`CardList`). Keyboard: Tab reaches the service link once per card, Enter opens the service. " +
          "WCAG 2.2: 1.3.1 (heading and list), 1.4.1 (online as text, not colour), 1.4.3 (contrast), 2.4.4 (link " +
          "purpose from the service name), 2.4.6, 2.4.7, 2.4.11 (visible focus), 2.5.8 (the card as target), 1.4.10 " +
          "(long service names wrap at 320 px).",
      },
    },
  },
} satisfies Meta<typeof ServiceCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const NotOnline: Story = {
  args: {
    title: "Personalausweis beantragen",
    href: "/leistungen/personalausweis",
    teaser: "Den Personalausweis beantragen Sie persönlich im Bürgerbüro.",
    online: false,
    fee: "37,00 €",
    meta: "Bürgerbüro · Ausweise und Dokumente",
  },
};

export const TitleAndLinkOnly: Story = {
  args: { teaser: undefined, online: false, fee: undefined, meta: undefined },
};

export const ServiceList: Story = {
  render: () => (
    <section aria-labelledby="leistungen">
      <h2 id="leistungen">3 Leistungen gefunden</h2>
      <CardList>
        {serviceExamples.map((service) => (
          <ServiceCard key={service.href} headingLevel={3} {...service} />
        ))}
      </CardList>
    </section>
  ),
};

export const English: Story = {
  args: {
    locale: "en",
    lang: "en",
    title: "Apply for a residents' parking permit",
    href: "/en/services/residents-parking-permit",
    teaser: "With a residents' parking permit you can park in your street in residents' parking zones.",
    fee: "€30.00",
    meta: "Citizens' office · Traffic and parking",
  },
};

export const LongText: Story = {
  args: {
    title: "Bewohnerparkausweis beantragen, verlängern oder ändern",
    href: "/leistungen/bewohnerparkausweis-aendern",
    teaser:
      "Sie wohnen in einer Zone mit Bewohnerparken und möchten einen Bewohnerparkausweis zum ersten Mal " +
      "beantragen, ihn nach Ablauf verlängern oder nach einem Umzug oder einem neuen Kennzeichen ändern lassen.",
    fee: "30,00 € je Jahr, Änderung 10,20 €",
    meta: "Bürgerbüro und Straßenverkehrsbehörde · Verkehr, Parken und Straßenverkehrsangelegenheiten",
  },
};
