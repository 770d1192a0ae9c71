import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button } from "./Button.js";

const meta = {
  title: "Formular/Button",
  component: Button,
  args: { children: "Antrag absenden" },
  argTypes: {
    variant: { control: "inline-radio", options: ["primary", "secondary", "warning"] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "A native `<button>` (type `submit` by default, so forms work without JavaScript). " +
          "Keyboard: Tab focuses it, Enter and Space activate it. WCAG 2.2: visible focus (2.4.7, 2.4.11), " +
          "target size of at least 44 px (2.5.8), contrast of text and border (1.4.3, 1.4.11).",
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
