import type { Meta, StoryObj } from "@storybook/react-vite";
import { exampleBrands } from "../components/header/examples.js";
import { CityPage } from "./CityPage.js";

const meta = {
  title: "Beispielseiten/Stadtseite",
  component: CityPage,
  parameters: {
    layout: "fullscreen",
    docs: {
      description: {
        component:
          "A complete service page of each partner city, built only from ui components: skip link, header with the " +
          "city's brand, navigation and language switch, phase banner, breadcrumbs, the service content (Prose, " +
          "Table, InsetText, Accordion, start button), related services and search in the aside, and the footer with " +
          "the legally required links. Each story sets its city's theme on the page. Checked with axe including the " +
          "page-level rules (landmarks, one main, one h1, all content in landmarks).",
      },
    },
  },
} satisfies Meta<typeof CityPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Fulda: Story = { args: { brand: exampleBrands.fulda } };
export const Giessen: Story = { name: "Gießen", args: { brand: exampleBrands.giessen } };
export const Limburg: Story = { args: { brand: exampleBrands.limburg } };
export const Marburg: Story = { args: { brand: exampleBrands.marburg } };
export const Offenbach: Story = { args: { brand: exampleBrands.offenbach } };
export const Wetzlar: Story = { args: { brand: exampleBrands.wetzlar } };
