import type { Meta, StoryObj } from "@storybook/react-vite";
import { Panel } from "./Panel.js";

const meta = {
  title: "Inhalt/Panel",
  component: Panel,
  args: { title: "Antrag eingegangen", reference: "HDT-2026-004711" },
  argTypes: { headingLevel: { control: "inline-radio", options: [1, 2, 3] } },
  parameters: {
    docs: {
      description: {
        component:
          "The confirmation panel on the page shown after an application was submitted (GOV.UK panel): the outcome " +
          "as the page's h1 and the reference number („Ihr Aktenzeichen: **HDT-2026-004711**“), in the action colour " +
          "with its paired text colour. Static, no live region: the h1 is what screen readers read first on the new " +
          "page. Keyboard: not focusable; a link inside is reached with Tab. WCAG 2.2: 1.3.1 (heading), 1.4.3 " +
          "(contrast of --dk-color-action-text on --dk-color-action-default, tested in every theme), 1.4.10 (reflow: " +
          "long references wrap at 320 px), 2.4.6 (descriptive heading).",
      },
    },
  },
} satisfies Meta<typeof Panel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithBody: Story = {
  args: {
    children: <p>Wir haben Ihnen eine Bestätigung per E-Mail geschickt.</p>,
  },
};

export const TitleOnly: Story = {
  args: { title: "Zahlung abgeschlossen", reference: undefined },
};

/** Below the page's own h1, e.g. in a summary of several steps. */
export const SecondLevel: Story = {
  args: { headingLevel: 2, title: "Hund angemeldet" },
};

export const LongText: Story = {
  args: {
    title: "Ihr Antrag auf Ermäßigung der Hundesteuer für einen Herdengebrauchshund ist eingegangen",
    reference: "HDT-2026-004711-ERM-RETTUNGSHUND-FULDA-0000000000001",
    children: (
      <p>
        Wir prüfen Ihren Antrag innerhalb von vier Wochen. Bitte geben Sie das Aktenzeichen bei allen Rückfragen an.
      </p>
    ),
  },
};

export const WithLink: Story = {
  args: {
    children: (
      <p>
        <a href="/antraege/HDT-2026-004711/quittung.pdf">Quittung herunterladen (PDF)</a>
      </p>
    ),
  },
};

export const English: Story = {
  args: {
    locale: "en",
    title: "Application received",
    children: <p>We have sent you a confirmation email.</p>,
  },
};
