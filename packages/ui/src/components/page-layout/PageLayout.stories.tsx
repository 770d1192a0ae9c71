import type { Meta, StoryObj } from "@storybook/react-vite";
import type { CSSProperties } from "react";
import { BackLink } from "../back-link/BackLink.js";
import { Breadcrumbs } from "../breadcrumbs/Breadcrumbs.js";
import { threeItems } from "../breadcrumbs/examples.js";
import { Link } from "../link/Link.js";
import { PageLayout } from "./PageLayout.js";

// Placeholders for the page's header and footer: the real Header and Footer fill these slots in an app.
const frame: CSSProperties = {
  paddingBlock: "var(--dk-space-4)",
  backgroundColor: "var(--dk-color-layout-background-muted)",
};
const placeholderHeader = (text: string) => (
  <header style={{ ...frame, borderBlockEnd: "var(--dk-space-2) solid var(--dk-color-brand-default)" }}>
    <p className="dk-width-container" style={{ margin: 0, fontWeight: "var(--dk-font-weight-bold)" }}>
      {text}
    </p>
  </header>
);
const placeholderFooter = (text: string) => (
  <footer style={frame}>
    <p className="dk-width-container" style={{ margin: 0 }}>
      {text}
    </p>
  </footer>
);
const skipLink = <Link href="#inhalt">Zum Inhalt springen</Link>;

const content = (
  <>
    <h1>Bewohnerparkausweis beantragen</h1>
    <p>
      Mit dem Bewohnerparkausweis dürfen Sie in Ihrer Straße in den gekennzeichneten Bereichen parken. Der Antrag dauert
      etwa zehn Minuten.
    </p>
    <p>Sie brauchen die Zulassungsbescheinigung Teil I Ihres Fahrzeugs.</p>
  </>
);

const related = (
  <>
    <h2 id="verwandt">Verwandte Themen</h2>
    <ul>
      <li>
        <Link href="/parken/anwohner">Parken für Anwohnerinnen und Anwohner</Link>
      </li>
      <li>
        <Link href="/parken/gebuehren">Gebühren</Link>
      </li>
    </ul>
  </>
);

const meta = {
  title: "Seitenrahmen/PageLayout",
  component: PageLayout,
  args: {
    skipLink,
    header: placeholderHeader("Universitätsstadt Gießen (Kopfzeile)"),
    beforeContent: <Breadcrumbs items={threeItems} />,
    footer: placeholderFooter("Fußzeile: Impressum, Datenschutz, Erklärung zur Barrierefreiheit"),
    children: content,
  },
  parameters: {
    layout: "fullscreen",
    docs: {
      description: {
        component:
          "The skeleton of a page with its landmarks: skip link, header (banner), a width container with phase " +
          'banner, breadcrumbs or back link and exactly one `<main id="inhalt" tabindex="-1">`, an optional ' +
          "`<aside>` (complementary) in a two-thirds/one-third grid that stacks below 40em, then the footer " +
          "(contentinfo). `Main` is exported on its own. Keyboard: the skip link („Zum Inhalt springen“, first Tab " +
          "stop) is a plain fragment link to `#inhalt`; Enter on it moves focus to `<main>`, so the next Tab goes to " +
          "the first link in the content and screen readers read on from there; no JavaScript needed. WCAG 2.2: " +
          "1.3.1 (landmarks), 1.3.2 (source order = reading order: main before aside), 1.4.10 (reflow: one column at " +
          "320 px), 2.4.1 (bypass blocks: skip link target and landmarks), 2.4.3 (focus order), 3.2.3 (consistent " +
          "navigation: one frame for every page).",
      },
    },
  },
} satisfies Meta<typeof PageLayout>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithAside: Story = {
  args: { aside: related, asideProps: { "aria-labelledby": "verwandt" } },
};

export const TwoThirdsWithoutAside: Story = {
  args: { mainWidth: "two-thirds" },
};

export const FullWidthWithAsideBelow: Story = {
  args: { mainWidth: "full", aside: related, asideProps: { "aria-labelledby": "verwandt" } },
};

export const WithPhaseBannerAndBackLink: Story = {
  args: {
    phaseBanner: (
      <p style={{ marginBlock: "var(--dk-space-3) 0" }}>
        <strong>Beta</strong>: Dieser Dienst ist neu. Ihre <Link href="/rueckmeldung">Rückmeldung</Link> hilft uns.
      </p>
    ),
    beforeContent: <BackLink href="/antrag/start" />,
  },
};

export const OwnMainId: Story = {
  args: {
    mainId: "hauptinhalt",
    skipLink: <Link href="#hauptinhalt">Zum Inhalt springen</Link>,
  },
};

export const English: Story = {
  args: {
    lang: "en",
    mainId: "main-content",
    skipLink: <Link href="#main-content">Skip to main content</Link>,
    header: placeholderHeader("University City of Gießen (header)"),
    footer: placeholderFooter("Footer: legal notice, privacy, accessibility statement"),
    beforeContent: <Breadcrumbs locale="en" items={[{ text: "Home", href: "/en" }]} />,
    children: (
      <>
        <h1>Apply for a residents' parking permit</h1>
        <p>With a residents' parking permit you may park in the marked areas of your street.</p>
      </>
    ),
    aside: (
      <>
        <h2 id="related">Related</h2>
        <p>
          <Link href="/en/parking/fees">Fees</Link>
        </p>
      </>
    ),
    asideProps: { "aria-labelledby": "related" },
  },
};

export const LongText: Story = {
  args: {
    beforeContent: <Breadcrumbs items={threeItems} current="Kraftfahrzeugzulassungsbescheinigungsverlängerung" />,
    children: (
      <>
        <h1>Antrag auf Ausnahmegenehmigung nach § 46 Straßenverkehrs-Ordnung für Großraum- und Schwertransporte</h1>
        <p>
          Die Straßenverkehrsbehörde der Universitätsstadt entscheidet über Ausnahmegenehmigungen für
          Kraftfahrzeugzulassungsbescheinigungsverlängerungen, Großraum- und Schwertransporte sowie Sondernutzungen
          öffentlicher Verkehrsflächen im gesamten Stadtgebiet einschließlich der eingemeindeten Stadtteile.
        </p>
      </>
    ),
    aside: related,
    asideProps: { "aria-labelledby": "verwandt" },
  },
};
