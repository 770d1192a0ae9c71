import type { Preview } from "@storybook/react-vite";
// The sources, not the build: designers see style changes at once while Storybook runs.
import "../../../packages/ui/src/styles.css";

const preview: Preview = {
  parameters: {
    // Accessibility violations fail the story tests instead of only showing in the panel.
    a11y: { test: "error" },
    controls: { expanded: true },
  },
};

export default preview;
