import type { Meta, StoryObj } from "@storybook/react-vite";
import { Heading } from "./Heading.js";

const meta = {
  title: "Inhalt/Heading",
  component: Heading,
  args: { level: 1, children: "Persönliche Angaben" },
  argTypes: {
    level: { control: "inline-radio", options: [1, 2, 3, 4, 5, 6] },
    size: { control: "inline-radio", options: ["s", "m", "l", "xl"] },
    captionPlacement: { control: "inline-radio", options: ["inside", "above"] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "A native `<h1>`–`<h6>`: `level` is the element (the page outline), `size` the look, so the outline never " +
          "has to bend to the design. An optional caption names the context (the application) above the heading. " +
          "WCAG 2.2: 1.3.1 (info and relationships), 2.4.6 (headings describe the topic), 2.4.10 (section headings), " +
          "1.4.4 and 1.4.10 (text resizes and wraps at 320 px). Keyboard: not focusable; screen-reader users move by headings (H key).",
      },
    },
  },
} satisfies Meta<typeof Heading>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Sizes: Story = {
  render: () => (
    <div>
      <Heading level={1}>Überschrift xl (h1)</Heading>
      <Heading level={2}>Überschrift l (h2)</Heading>
      <Heading level={3}>Überschrift m (h3)</Heading>
      <Heading level={4}>Überschrift s (h4)</Heading>
    </div>
  ),
};

export const LevelAndSizeApart: Story = {
  args: { level: 2, size: "s", children: "Ihre Anschrift" },
};

export const WithCaption: Story = {
  args: { caption: "Antrag auf Bewohnerparkausweis", size: "l" },
};

export const CaptionAbove: Story = {
  args: { caption: "Antrag auf Bewohnerparkausweis", captionPlacement: "above", size: "l" },
};

export const English: Story = {
  args: { caption: "Residents' parking permit application", size: "l", children: "Personal details", lang: "en" },
};

export const LongText: Story = {
  args: {
    caption: "Antrag auf Erteilung einer Ausnahmegenehmigung nach § 46 Straßenverkehrs-Ordnung",
    children:
      "Angaben zur Kraftfahrzeughalterin oder zum Kraftfahrzeughalter und zur Zulassungsbescheinigung Teil I des Fahrzeugs",
  },
};
