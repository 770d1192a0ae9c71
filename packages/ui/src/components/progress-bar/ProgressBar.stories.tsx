import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { Button } from "../button/Button.js";
import { ProgressBar } from "./ProgressBar.js";

const meta = {
  title: "Inhalt/ProgressBar",
  component: ProgressBar,
  args: { id: "fortschritt", label: "Antrag wird übertragen", value: 40 },
  parameters: {
    docs: {
      description: {
        component:
          "A native `<progress>` (role `progressbar`) named by its visible `<label>`, with the value in words below " +
          "it („3 von 5 Dateien hochgeladen“, default „40 % abgeschlossen“), also given as `aria-valuetext`. Without " +
          "`value` it is indeterminate (moving stripes, standing still under `prefers-reduced-motion`). Changes are " +
          "announced politely through a separate, visually hidden live region only when the value reaches the next " +
          "step (`announceEvery`, default every 10 %) or completes, and never on load, so screen readers are not " +
          "flooded. Keyboard: not focusable, no keyboard behaviour. WCAG 2.2: 1.3.1 and 4.1.2 (native progressbar " +
          "with label and value), 4.1.3 (status messages at meaningful steps), 1.4.1 (value in text, not only as a " +
          "bar), 1.4.11 (bar outline and fill at least 3:1; in forced colours drawn in system colours), 2.2.2 and " +
          "2.3.3 (animation stops under reduced motion), 1.4.10 (reflow at 320 px).",
      },
    },
  },
} satisfies Meta<typeof ProgressBar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Partial: Story = {};

export const Files: Story = {
  args: {
    id: "dateien",
    label: "Dateien hochladen",
    value: 3,
    max: 5,
    valueText: "3 von 5 Dateien hochgeladen",
  },
};

export const Empty: Story = {
  args: { value: 0 },
};

export const Complete: Story = {
  args: { value: 100 },
};

export const Indeterminate: Story = {
  args: { value: undefined, label: "Ihre Angaben werden geprüft" },
};

export const IndeterminateWithText: Story = {
  args: { value: undefined, label: "Zahlung", valueText: "Warten auf die Bestätigung Ihrer Bank …" },
};

export const LongText: Story = {
  args: {
    label:
      "Ihre Nachweise zur Ermäßigung der Hundesteuer für einen Herdengebrauchshund werden an die Stadtkasse übertragen",
    value: 7,
    max: 12,
    valueText: "7 von 12 Nachweisen (Bescheinigungen, Impfpass, Haftpflichtversicherungsnachweis) übertragen",
  },
};

export const English: Story = {
  args: { locale: "en", label: "Uploading your application", value: 60 },
};

/** The value changes on the client; screen readers hear it at 25, 50, 75 and 100 % only. */
export const Live: Story = {
  args: { id: "hochladen", label: "Dateien hochladen", value: 0, max: 8, announceEvery: 25 },
  render: function LiveStory(args) {
    const [value, setValue] = useState(args.value ?? 0);
    const max = args.max ?? 8;
    return (
      <div>
        <ProgressBar {...args} value={value} max={max} valueText={`${value} von ${max} Dateien hochgeladen`} />
        <Button type="button" variant="secondary" onClick={() => setValue((current) => Math.min(current + 1, max))}>
          Nächste Datei
        </Button>
      </div>
    );
  },
};
