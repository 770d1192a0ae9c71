import type { Meta, StoryObj } from "@storybook/react-vite";
import { SearchField } from "./SearchField.js";

const meta = {
  title: "Seitenrahmen/SearchField",
  component: SearchField,
  args: { id: "suche", action: "/suche", label: "Leistungen durchsuchen" },
  parameters: {
    docs: {
      description: {
        component:
          'A site search: a native `<form role="search" method="get">` (a search landmark named by the label) ' +
          'with a labelled `<input type="search">` and a submit button named „Suchen“ whose magnifier is hidden ' +
          "from assistive technology. Without JavaScript the browser sends `<action>?q=…` (`name` changes the " +
          "parameter). The label may be visually hidden (`labelHidden`), e.g. in the page header; it still names " +
          "the input and the landmark. Keyboard: Tab to the input, type, Enter submits; Tab on to the button, Enter " +
          "or Space submits; Escape clears the input (browser behaviour of search inputs). WCAG 2.2: 1.3.1 and 4.1.2 " +
          "(label, landmark, named button), 1.1.1 (icon hidden, button named by text), 2.4.6 and 3.3.2 (label), " +
          "2.4.7 and 2.4.11 (visible focus), 2.5.3 (the visible text is the name), 2.5.8 (44 px targets), 1.4.3 and " +
          "1.4.11 (contrast of text, border and button), 1.4.10 (shrinks to 320 px).",
      },
    },
  },
} satisfies Meta<typeof SearchField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const HiddenLabel: Story = {
  args: { id: "kopf-suche", label: "Suche", labelHidden: true },
};

export const WithHint: Story = {
  args: { hint: "Zum Beispiel Personalausweis, Hundesteuer oder Sperrmüll" },
};

export const WithQuery: Story = {
  args: { defaultValue: "Bewohnerparkausweis" },
};

export const VisibleButtonText: Story = {
  args: { buttonTextVisible: true },
};

export const Disabled: Story = {
  args: { disabled: true, hint: "Die Suche ist wegen Wartungsarbeiten bis 12 Uhr nicht verfügbar." },
};

export const English: Story = {
  args: {
    id: "search",
    action: "/en/search",
    locale: "en",
    label: "Search services",
    hint: "For example ID card, dog tax or bulky waste",
    lang: "en",
    buttonTextVisible: true,
  },
};

export const LongText: Story = {
  args: {
    label: "Leistungen, Formulare, Ansprechpersonen und Öffnungszeiten der Stadtverwaltung durchsuchen",
    hint: "Geben Sie einen oder mehrere Suchbegriffe ein, zum Beispiel „Kraftfahrzeugzulassungsbescheinigung“.",
    defaultValue: "Kraftfahrzeugzulassungsbescheinigung Teil I",
    buttonTextVisible: true,
  },
};
