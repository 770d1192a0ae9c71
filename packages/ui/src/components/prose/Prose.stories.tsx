import type { Meta, StoryObj } from "@storybook/react-vite";
import { Heading } from "../heading/index.js";
import { bewohnerparkenMarkdown, disallowedMarkdown, residentParkingMarkdown } from "./examples.js";
import { Prose } from "./Prose.js";

const meta = {
  title: "Inhalt/Prose",
  component: Prose,
  args: { markdown: bewohnerparkenMarkdown },
  parameters: {
    docs: {
      description: {
        component:
          "Rich text from the service catalogue, stored as restricted Markdown: paragraphs, headings (`##` to " +
          "`####`), bulleted and numbered lists (nested), links, `*emphasis*` and `**strong**`. Parsed with " +
          "markdown-it (HTML off) and built as React elements: no HTML string, no `dangerouslySetInnerHTML`. Raw " +
          "HTML, other Markdown and links other than https/http/mailto/tel, `/path` and `#fragment` show as the text " +
          "that was written. Keyboard: the text itself is not focusable; Tab moves from link to link, Enter follows " +
          "one. WCAG 2.2: 1.3.1 (real headings, lists and paragraphs; `headingOffset` fits the headings into the " +
          "page's outline), 2.4.6 (headings; empty ones are left out), 2.4.4 (a link without text shows its target), " +
          "1.4.1 and 2.4.7 (Link: underlined, yellow focus), 3.2.5 (new tab only on request, and then announced), " +
          "1.4.10 (long words and URLs wrap at 320 px), 1.4.12 (no fixed heights), 3.1.2 (pass `lang` for text in " +
          "another language); lines stop at about 70 characters for readability.",
      },
    },
  },
} satisfies Meta<typeof Prose>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A service description with headings, lists, a hard line break, emphasis and mail, phone, external and site links. */
export const Default: Story = {};

/** External links open in a new tab only when the app asks, and then say so to screen readers. */
export const ExternalLinksInNewTab: Story = {
  args: { externalLinksInNewTab: true },
};

/** Links to the portal's own origin count as internal: no `rel="external"`, no new tab. */
export const InternalOrigins: Story = {
  args: {
    markdown:
      "Den Antrag stellen Sie im [Serviceportal](https://service.example.org/bewohnerparken). Die Regeln stehen " +
      "in der [Straßenverkehrs-Ordnung](https://www.gesetze-im-internet.de/stvo_2013/).",
    internalOrigins: ["https://service.example.org"],
    externalLinksInNewTab: true,
  },
};

/** Raw HTML, a `javascript:` link, an image and Markdown outside the subset: all shown as text, nothing runs. */
export const DisallowedContent: Story = {
  args: { markdown: disallowedMarkdown },
};

/** English content: the new-tab notice in English, and `lang` for the text's language (WCAG 3.1.2). */
export const English: Story = {
  args: { markdown: residentParkingMarkdown, locale: "en", lang: "en", externalLinksInNewTab: true },
};

/** The same content under an `<h2>` section of the page: `##` becomes `<h3>`, `###` becomes `<h4>`. */
export const HeadingOffset: Story = {
  args: { headingOffset: 1 },
  render: (args) => (
    <section aria-labelledby="leistung-titel">
      <Heading level={2} id="leistung-titel">
        Leistungsbeschreibung
      </Heading>
      <Prose {...args} />
    </section>
  ),
};

/** Long compounds, a long URL and long paragraphs wrap at 320 px; lines stop at about 70 characters. */
export const LongText: Story = {
  args: {
    markdown: `## Kraftfahrzeugzulassungsbescheinigungsverlängerung und Gebührenordnung für Maßnahmen im Straßenverkehr

Für die Verlängerung der Zulassungsbescheinigung benötigen Sie die Zulassungsbescheinigung Teil I und Teil II, Ihren
Personalausweis oder Reisepass mit Meldebescheinigung, die Bestätigung über die Hauptuntersuchung und bei juristischen
Personen zusätzlich einen Auszug aus dem Handelsregister, der nicht älter als drei Monate sein darf. Die Gebühren richten
sich nach der Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt) in der jeweils geltenden Fassung.

- Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung
- Ausführliche Informationen: <https://www.verwaltung.bund.de/leistungsverzeichnis/de/leistung/99050012104000/zulassungsbescheinigung-verlaengerung>

Weitere Hinweise erhalten Sie bei der Zulassungsstelle Ihres Landkreises oder Ihrer kreisfreien Stadt. Bitte bringen
Sie alle Unterlagen im Original mit; Kopien können wir leider nicht annehmen.`,
  },
};
