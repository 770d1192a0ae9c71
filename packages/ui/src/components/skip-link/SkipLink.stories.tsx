import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { SkipLink } from "./SkipLink.js";

/** Stands in for the page's `<main id="inhalt" tabindex="-1">`, which a story must not render. */
function Target({ id = "inhalt", children }: { id?: string; children: ReactNode }) {
  return (
    <div id={id} tabIndex={-1}>
      <p>{children}</p>
    </div>
  );
}

const meta = {
  title: "Seitenrahmen/SkipLink",
  component: SkipLink,
  parameters: {
    docs: {
      description: {
        component:
          'The first link of every page (GOV.UK skip link): „Zum Inhalt springen“ / "Skip to main content" jumps ' +
          "past header and navigation to `#inhalt` (the `href` prop). Visually hidden until it has keyboard focus, " +
          "then a bar in the focus colours. Render it first in `<body>`, and give the target " +
          '`<main id="inhalt" tabindex="-1">`, so Enter moves focus there and the next Tab continues in the ' +
          "content. A plain link, no JavaScript. Keyboard: the first Tab on the page focuses it (press Tab in this " +
          "story), Enter follows it. WCAG 2.2: 2.4.1 (bypass blocks), 2.4.3 (focus order: first), 2.4.7 and 2.4.11 " +
          "(visible when focused), 1.4.3 (text on the focus colour), 2.1.1 (keyboard).",
      },
    },
  },
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  render: (args) => (
    <>
      <SkipLink {...args} />
      <Target>Drücken Sie die Tabulatortaste: der Link „Zum Inhalt springen“ erscheint.</Target>
    </>
  ),
};

export const English: Story = {
  globals: { locale: "en" },
  args: { locale: "en" },
  render: (args) => (
    <>
      <SkipLink {...args} />
      <Target>Press the Tab key: the link "Skip to main content" appears.</Target>
    </>
  ),
};

export const OtherTarget: Story = {
  args: { href: "#antrag" },
  render: (args) => (
    <>
      <SkipLink {...args} />
      <Target id="antrag">Der Inhalt beginnt hier, beim Element mit der id „antrag“.</Target>
    </>
  ),
};

export const LongText: Story = {
  args: { children: "Zum Inhalt springen: Antrag auf Ausstellung eines Bewohnerparkausweises" },
  render: (args) => (
    <>
      <SkipLink {...args} />
      <Target>Drücken Sie die Tabulatortaste, um den Link zu sehen.</Target>
    </>
  ),
};
