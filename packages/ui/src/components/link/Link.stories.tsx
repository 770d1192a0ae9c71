import type { Meta, StoryObj } from "@storybook/react-vite";
import { Link } from "./Link.js";

const meta = {
  title: "Inhalt/Link",
  component: Link,
  args: { href: "/leistungen/bewohnerparkausweis", children: "Bewohnerparkausweis beantragen" },
  parameters: {
    docs: {
      description: {
        component:
          "A native `<a>` with the theme's link colours. Keyboard: Tab focuses it, Enter follows it; focus shows the " +
          "yellow highlight with a thick underline. Opens a new tab only with `newTab`, and then says so in visually " +
          "hidden text. WCAG 2.2: 1.4.1 (underlined, not colour alone), 1.4.3 (contrast of every state), 2.4.4 " +
          "(link purpose from its text), 2.4.7 and 2.4.11 (visible, unobscured focus), 3.2.5 (new tab announced).",
      },
    },
  },
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const InText: Story = {
  render: (args) => (
    <p>
      Sie brauchen einen Ausweis für Ihre Straße? Dann können Sie <Link {...args}>hier den Bewohnerparkausweis</Link>{" "}
      online beantragen.
    </p>
  ),
};

export const NoVisitedState: Story = {
  args: { noVisitedState: true, href: "/antrag/uebersicht", children: "Zur Übersicht Ihres Antrags" },
};

export const Inverse: Story = {
  args: { inverse: true, href: "/", children: "Stadt Gießen – Startseite" },
  render: (args) => (
    <div style={{ backgroundColor: "var(--dk-color-brand-default)", padding: "var(--dk-space-4)" }}>
      <Link {...args} />
    </div>
  ),
};

export const External: Story = {
  args: { external: true, href: "https://www.bundesregierung.de/", children: "Website der Bundesregierung" },
};

export const NewTab: Story = {
  args: {
    external: true,
    newTab: true,
    href: "https://www.verwaltung.bund.de/",
    children: "Hilfe zum Online-Ausweis (Verwaltungsportal des Bundes)",
  },
};

export const English: Story = {
  args: {
    locale: "en",
    newTab: true,
    href: "/en/help/eid",
    children: "Help with the online ID card",
  },
};

export const LongText: Story = {
  render: (args) => (
    <p style={{ maxInlineSize: "20rem" }}>
      <Link {...args}>
        Informationen zur Kraftfahrzeugzulassungsbescheinigungsverlängerung und zu den Gebühren nach der Gebührenordnung
        für Maßnahmen im Straßenverkehr
      </Link>
    </p>
  ),
};
