import type { Meta, StoryObj } from "@storybook/react-vite";
import { Link } from "../link/Link.js";
import { Accordion } from "./Accordion.js";
import { bewohnerparkenSections } from "./examples.js";

const meta = {
  title: "Inhalt/Accordion",
  component: Accordion,
  args: { sections: bewohnerparkenSections },
  argTypes: { headingLevel: { control: "inline-radio", options: [2, 3, 4, 5, 6] } },
  parameters: {
    docs: {
      description: {
        component:
          "Sections of a long page that open and close (GOV.UK accordion), e.g. „Voraussetzungen“, „Unterlagen“, " +
          "„Gebühren“ on a service page. Each section is a native `<details>` whose `<summary>` contains the section " +
          "heading (`headingLevel`, default 2): it works without JavaScript, the browser exposes the summary as a " +
          "button with its expanded or collapsed state and opens closed sections for find-in-page and for links to " +
          "them. Once JavaScript runs, a button „Alle Abschnitte öffnen“ / „Alle Abschnitte schließen“ (with " +
          "`aria-expanded`) opens or closes every section. Use it only when users need some sections, not all; " +
          "content everyone needs belongs on the page. JAWS and VoiceOver on macOS were reported not to list " +
          "headings inside a summary in their heading navigation (NVDA does). Keyboard: Tab moves between the show-all button and " +
          "the section summaries, Enter or Space opens or closes the focused one. WCAG 2.2: 1.3.1 (section headings, " +
          "native disclosure semantics), 1.4.1 (state shown by the marker's direction), 1.4.10 (reflow), 2.1.1 " +
          "(keyboard), 2.4.6 (headings), 2.4.7 and 2.4.11 (visible focus), 2.5.8 (whole summary line as target), " +
          "4.1.2 (name, role and state).",
      },
    },
  },
} satisfies Meta<typeof Accordion>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const HeadingLevel3: Story = {
  render: (args) => (
    <>
      <h2>Bewohnerparkausweis</h2>
      <Accordion {...args} headingLevel={3} />
    </>
  ),
};

export const WithSummaries: Story = {
  args: {
    sections: [
      {
        heading: "Hund anmelden",
        summary: "Innerhalb von zwei Wochen nach Einzug oder Anschaffung",
        content: <p>Melden Sie Ihren Hund online oder im Bürgerbüro an. Sie erhalten eine Steuermarke.</p>,
      },
      {
        heading: "Hund abmelden",
        summary: "Bei Wegzug, Abgabe oder Tod des Hundes",
        content: <p>Geben Sie die Steuermarke zurück. Die Steuerpflicht endet mit dem Ende des Monats.</p>,
      },
    ],
  },
};

export const OneSectionOpen: Story = {
  args: {
    sections: bewohnerparkenSections.map((section, index) => ({ ...section, defaultOpen: index === 2 })),
  },
};

export const WithSectionIds: Story = {
  render: (args) => (
    <>
      <p>
        Was es kostet, steht unter <Link href="#bewohnerparken-gebuehren">Gebühren</Link>.
      </p>
      <Accordion
        {...args}
        sections={bewohnerparkenSections.map((section, index) => ({
          ...section,
          id: ["bewohnerparken-voraussetzungen", "bewohnerparken-unterlagen", "bewohnerparken-gebuehren"][index],
        }))}
      />
    </>
  ),
};

export const LongText: Story = {
  args: {
    sections: [
      {
        heading:
          "Kraftfahrzeugzulassungsbescheinigung, Meldebescheinigung und weitere Nachweise für die Ausnahmegenehmigung",
        summary:
          "Welche Nachweise Sie für eine Ausnahmegenehmigung vom Verbot des Parkens in der Fußgängerzone brauchen und wie Sie sie einreichen",
        content: (
          <p>
            Reichen Sie die Nachweise als PDF oder Foto ein. Eine Grundstücksentwässerungsgenehmigung oder
            Sondernutzungserlaubnis brauchen Sie nur, wenn Sie einen Stellplatz auf privatem Grund beantragen.
          </p>
        ),
      },
      ...bewohnerparkenSections.slice(0, 1),
    ],
  },
};

export const English: Story = {
  args: {
    locale: "en",
    lang: "en",
    sections: [
      { heading: "Eligibility", content: <p>You live in a residents' parking zone and it is your main residence.</p> },
      { heading: "Documents you need", content: <p>Your ID card or passport and the vehicle registration.</p> },
      { heading: "Fees", content: <p>A residents' parking permit costs €30.00 for one year.</p> },
    ],
  },
};

export const SingleSection: Story = {
  args: { sections: bewohnerparkenSections.slice(2, 3) },
};

export const WithoutShowAllButton: Story = {
  args: { showAllButton: false },
};
