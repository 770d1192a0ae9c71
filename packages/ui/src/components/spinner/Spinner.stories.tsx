import type { Meta, StoryObj } from "@storybook/react-vite";
import { useEffect, useRef, useState } from "react";
import { Button } from "../button/Button.js";
import { Spinner } from "./Spinner.js";

const meta = {
  title: "Inhalt/Spinner",
  component: Spinner,
  argTypes: {
    size: { control: "inline-radio", options: ["s", "m", "l"] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A loading indicator that screen readers announce: a `role="status"` live region (polite) with the text ' +
          '„Wird geladen …“ / "Loading …" (visually hidden by default, shown with `showLabel`) and a decorative ' +
          "rotating ring (`aria-hidden`). A live region is only announced when its content changes after it is in " +
          "the page, so render the Spinner always and switch `loading`: with `loading={false}` the empty status " +
          "container stays in place and the text is announced when loading starts. Under `prefers-reduced-motion` " +
          "the ring stands still (a static ring with its coloured arc); in forced-colours mode it is drawn in system " +
          "colours. Use it only where loading happens on the client; a server-rendered page needs no spinner. " +
          "Keyboard: not focusable, no keyboard behaviour. WCAG 2.2: 4.1.3 (status messages), 1.1.1 (ring hidden, " +
          "meaning in text), 2.3.3 and 2.2.2 (animation stops under reduced motion), 1.4.11 (arc at least 3:1), " +
          "1.4.10 (the visible text wraps at 320 px).",
      },
    },
  },
} satisfies Meta<typeof Spinner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithVisibleText: Story = {
  args: { showLabel: true },
};

export const CustomText: Story = {
  args: { showLabel: true, label: "Suchergebnisse werden geladen …" },
};

/** Next to a line of text, e.g. beside a button that started a request. */
export const Small: Story = {
  args: { size: "s", showLabel: true, label: "Wird gespeichert …" },
};

export const Large: Story = {
  args: { size: "l", showLabel: true },
};

/** The status container while nothing loads: empty, but in the page, so the next change is announced. */
export const Idle: Story = {
  args: { loading: false },
};

export const LongText: Story = {
  args: {
    showLabel: true,
    label:
      "Ihre Unterlagen zur Kraftfahrzeugzulassungsbescheinigung werden an das Straßenverkehrsamt übertragen; das " +
      "kann bei großen Dateien einige Minuten dauern. Bitte schließen Sie diese Seite nicht.",
  },
};

export const English: Story = {
  args: { locale: "en", showLabel: true },
};

/**
 * How to use it: the Spinner is rendered from the start with `loading={false}` and switched on when the search
 * starts, so screen readers hear „Suchergebnisse werden geladen …“; when the results arrive it turns empty again.
 */
export const Usage: Story = {
  render: function UsageStory(args) {
    const [loading, setLoading] = useState(false);
    const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
    useEffect(() => () => clearTimeout(timer.current), []);
    return (
      <div>
        <Button
          type="button"
          onClick={() => {
            setLoading(true);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => setLoading(false), 3000);
          }}
        >
          Suchen
        </Button>
        <Spinner {...args} loading={loading} showLabel label="Suchergebnisse werden geladen …" />
      </div>
    );
  },
};
