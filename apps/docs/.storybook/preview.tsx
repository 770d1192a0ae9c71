import type { Decorator, Preview } from "@storybook/react-vite";
import themes from "../../../packages/ui/tokens/themes.json";
// Built tokens and themes (the docs build runs after the ui build); component CSS from the sources, so designers
// see style changes at once while Storybook runs.
import "../../../packages/ui/dist/styles/tokens.css";
import "../../../packages/ui/dist/themes/fulda.css";
import "../../../packages/ui/dist/themes/giessen.css";
import "../../../packages/ui/dist/themes/limburg.css";
import "../../../packages/ui/dist/themes/marburg.css";
import "../../../packages/ui/dist/themes/offenbach.css";
import "../../../packages/ui/dist/themes/wetzlar.css";
import "../../../packages/ui/dist/themes/dark.css";
import "../../../packages/ui/src/styles.css";

import.meta.glob("../../../packages/ui/src/components/*/*.css", { eager: true });
import.meta.glob("../../../packages/payments/src/react/styles/*.css", { eager: true });

/** Wraps every story in the chosen city theme, colour scheme and language, as a city's page would. */
const withTheme: Decorator = (Story, context) => {
  const { theme = "default", scheme = "light", locale = "de" } = context.globals as Record<string, string>;
  // The toolbar switches German stories to English; a story written in English (args.locale "en") stays English.
  const storyLocale = (context.args as { locale?: string }).locale;
  const shownLocale = locale === "en" ? "en" : (storyLocale ?? locale);
  const args = "locale" in context.argTypes ? { ...context.args, locale: shownLocale } : context.args;
  return (
    <div
      className="dk-template"
      data-dk-theme={theme}
      data-dk-color-scheme={scheme}
      lang={shownLocale}
      style={{ padding: 16 }}
    >
      <Story args={args} />
    </div>
  );
};

const preview: Preview = {
  // Every component gets a docs page: its description (purpose, WCAG criteria, keyboard), props and stories.
  tags: ["autodocs"],
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: "Stadt / city theme",
      toolbar: {
        title: "Theme",
        icon: "paintbrush",
        items: [
          { value: "default", title: "Neutral (default)" },
          ...Object.entries(themes).map(([value, title]) => ({ value, title })),
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: "Farbschema / colour scheme",
      toolbar: {
        title: "Scheme",
        icon: "mirror",
        items: [
          { value: "light", title: "Hell / light" },
          { value: "dark", title: "Dunkel / dark" },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Sprache / language",
      toolbar: {
        title: "Sprache",
        icon: "globe",
        items: [
          { value: "de", title: "Deutsch" },
          { value: "en", title: "English" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "default", scheme: "light", locale: "de" },
  parameters: {
    // Accessibility violations fail the story tests instead of only showing in the panel.
    a11y: { test: "error" },
    controls: { expanded: true },
  },
};

export default preview;
