import type { Meta, StoryObj } from "@storybook/react-vite";
import { Breadcrumbs } from "./Breadcrumbs.js";
import { englishItems, manyItems, startPage, threeItems } from "./examples.js";

const meta = {
  title: "Seitenrahmen/Breadcrumbs",
  component: Breadcrumbs,
  args: { items: threeItems },
  parameters: {
    docs: {
      description: {
        component:
          'Where the page sits in the site: a `<nav>` landmark named „Brotkrumennavigation“ ("Breadcrumb"; the ' +
          "GOV.UK way: a named landmark, no „Sie sind hier:“ heading) with an ordered list of links from the start " +
          "page down to the parent. The current page is left out by default, because the page's `<h1>` follows; with " +
          '`current` it is shown last as text with `aria-current="page"`. Separators are CSS borders, not read by ' +
          "screen readers. Long trails wrap at 320 px; `collapseOnMobile` shows only the parent below 40em. " +
          "Keyboard: Tab moves through the links, Enter follows one. WCAG 2.2: 1.3.1 (ordered list in a navigation " +
          "landmark, separators not in the text), 1.4.10 (reflow at 320 px), 2.4.1 (a named landmark), 2.4.4 (link " +
          "text is the page title), 2.4.7 and 2.4.11 (visible focus), 2.4.8 (location in the site), 2.5.8 (targets " +
          "at least 24 px high), 4.1.2 (aria-current).",
      },
    },
  },
} satisfies Meta<typeof Breadcrumbs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const OneItem: Story = {
  args: { items: startPage },
};

export const ManyItems: Story = {
  args: { items: manyItems },
};

export const WithCurrentPage: Story = {
  args: { current: "Bewohnerparkausweis beantragen" },
};

export const CollapsedOnMobile: Story = {
  args: { items: manyItems, current: "Bewohnerparkausweis", collapseOnMobile: true },
};

export const English: Story = {
  args: { locale: "en", items: englishItems, current: "Apply for a residents' parking permit" },
};

export const GermanPageInEnglishTrail: Story = {
  args: {
    locale: "en",
    items: [
      ...englishItems,
      { text: "Bewohnerparken", href: "/buergerservice/verkehr/bewohnerparken", lang: "de", hrefLang: "de" },
    ],
  },
};

export const LongText: Story = {
  args: {
    items: [
      { text: "Startseite der Universitätsstadt", href: "/" },
      { text: "Bürgerservice und Verwaltungsdienstleistungen von A bis Z", href: "/buergerservice" },
      {
        text: "Kraftfahrzeugzulassungsbescheinigungsverlängerung und Straßenverkehrsangelegenheiten",
        href: "/buergerservice/kfz",
      },
    ],
    current: "Antrag auf Ausnahmegenehmigung nach § 46 Straßenverkehrs-Ordnung für Schwertransporte",
  },
};
