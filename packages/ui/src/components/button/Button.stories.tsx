import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button } from "./Button.js";

const meta = {
  title: "Formular/Button",
  component: Button,
  args: { children: "Antrag absenden" },
  argTypes: {
    variant: { control: "inline-radio", options: ["primary", "secondary", "warning", "start"] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "A native `<button>` (type `submit` by default, so forms work without JavaScript). With `href` it is a " +
          'native link that looks like a button (`<a draggable="false">`, no `role="button"`): it goes ' +
          "somewhere instead of doing something, e.g. the start button „Jetzt starten“ with its arrow. " +
          "Keyboard: Tab focuses it; Enter and Space activate a button, Enter follows a link. WCAG 2.2: 1.3.1 and " +
          "4.1.2 (native role: button or link), visible focus (2.4.7, 2.4.11), target size of at least 44 px " +
          "(2.5.8), contrast of text and border (1.4.3, 1.4.11), the arrow hidden from assistive technology (1.1.1).",
      },
    },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {};

export const Secondary: Story = {
  args: { variant: "secondary", children: "Zwischenspeichern" },
};

export const Warning: Story = {
  args: { variant: "warning", children: "Antrag löschen" },
};

export const Disabled: Story = {
  args: { disabled: true, children: "Wird gesendet …" },
};

export const Start: Story = {
  args: { variant: "start", href: "/bewohnerparkausweis/antrag", children: "Jetzt starten" },
};

export const StartAsButton: Story = {
  args: { variant: "start", children: "Jetzt starten" },
};

export const AsLink: Story = {
  args: { variant: "secondary", href: "/antrag/uebersicht", children: "Zurück zur Übersicht" },
};

export const English: Story = {
  args: { variant: "start", href: "/en/residents-parking/apply", children: "Start now", lang: "en" },
};

export const LongText: Story = {
  args: {
    children: "Antrag auf Ausstellung eines Bewohnerparkausweises verbindlich und kostenpflichtig absenden",
  },
};
