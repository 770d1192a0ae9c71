import type { Meta, StoryObj } from "@storybook/react-vite";
import { BackLink } from "./BackLink.js";

const meta = {
  title: "Seitenrahmen/BackLink",
  component: BackLink,
  args: { href: "/antrag/persoenliche-angaben" },
  parameters: {
    docs: {
      description: {
        component:
          'A plain link back to the previous page, above the main content: „Zurück“ / "Back" by default, with a ' +
          "chevron drawn in CSS that screen readers do not read. The app passes the previous page's address; the link " +
          "never uses `history.back()`, so it works without JavaScript, after a reload and from a bookmark. Keyboard: " +
          "Tab focuses it, Enter follows it; focus shows the yellow highlight. WCAG 2.2: 1.4.1 (underlined), 1.4.3 " +
          "(contrast), 1.4.10 (reflow), 2.4.4 (link purpose: say where it goes when „Zurück“ is not clear), 2.4.7 " +
          "and 2.4.11 (visible focus), 2.5.8 (target at least 24 px high).",
      },
    },
  },
} satisfies Meta<typeof BackLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const CustomText: Story = {
  args: { href: "/antraege", children: "Zurück zur Übersicht Ihrer Anträge" },
};

export const English: Story = {
  args: { locale: "en", href: "/en/apply/personal-details" },
};

export const EnglishCustomText: Story = {
  args: { locale: "en", href: "/en/services", children: "Back to all services" },
};

export const LongText: Story = {
  args: {
    href: "/leistungen/kfz",
    children:
      "Zurück zu den Informationen über die Kraftfahrzeugzulassungsbescheinigungsverlängerung und die Gebühren nach " +
      "der Gebührenordnung für Maßnahmen im Straßenverkehr",
  },
};

export const AboveHeading: Story = {
  render: (args) => (
    <>
      <BackLink {...args} />
      <h1>Fahrzeug</h1>
      <p>Welches Fahrzeug soll den Bewohnerparkausweis erhalten?</p>
    </>
  ),
};
