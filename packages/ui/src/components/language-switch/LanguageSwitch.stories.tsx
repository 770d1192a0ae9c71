import type { Meta, StoryObj } from "@storybook/react-vite";
import { LanguageSwitch } from "./LanguageSwitch.js";

const meta = {
  title: "Seitenrahmen/LanguageSwitch",
  component: LanguageSwitch,
  args: {
    current: "de",
    links: { de: "/bewohnerparkausweis", en: "/en/residents-parking", leichteSprache: "/leichte-sprache/parkausweis" },
  },
  parameters: {
    docs: {
      description: {
        component:
          "Links to the same page in Deutsch, English and Leichte Sprache, in a `<nav>` named „Sprache wählen“ / " +
          '"Choose language". Each language is named in itself with `lang` and `hrefLang` ("Deutsch" `lang="de"`, ' +
          '"English" `lang="en"`); Leichte Sprache is German (`hrefLang="de"`) and labelled in the page\'s ' +
          'language („Leichte Sprache“, "Easy Read (German)"). The current version is bold text with ' +
          '`aria-current="true"`, not a link. Put it into the Header\'s `actions`. Keyboard: Tab moves through the ' +
          "links, Enter follows one. WCAG 2.2: 3.1.2 (language of parts), 1.3.1 and 4.1.2 (named navigation, list, " +
          "aria-current), 2.4.4 (link purpose), 1.4.1 (current version bold and not a link, not colour alone), " +
          "2.4.7 and 2.4.11 (visible focus), 2.5.8 (targets of at least 24 px), 1.4.10 (wraps at 320 px).",
      },
    },
  },
} satisfies Meta<typeof LanguageSwitch>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const English: Story = {
  globals: { locale: "en" },
  args: { locale: "en", current: "en" },
};

export const LeichteSpracheCurrent: Story = {
  args: { current: "leichteSprache" },
};

export const WithoutLeichteSprache: Story = {
  args: { links: { en: "/en/residents-parking" } },
};

export const LongText: Story = {
  args: {
    messages: { leichteSprache: "Informationen in Leichter Sprache", label: "Sprache und Leichte Sprache wählen" },
  },
  render: (args) => (
    <div style={{ maxInlineSize: "14rem" }}>
      <LanguageSwitch {...args} />
    </div>
  ),
};
