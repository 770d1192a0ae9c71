import type { Meta, StoryObj } from "@storybook/react-vite";
import { parkausweisSteps, parkausweisStepsWithoutLinks } from "./examples.js";
import { StepIndicator } from "./StepIndicator.js";

const meta = {
  title: "Formular/StepIndicator",
  component: StepIndicator,
  args: { steps: parkausweisStepsWithoutLinks, current: 2 },
  parameters: {
    docs: {
      description: {
        component:
          "Where the user is in a form of several steps: „Schritt 2 von 5“ and an ordered list of the steps. The " +
          'current step is marked `aria-current="step"`, completed ones say „abgeschlossen“ in visually hidden ' +
          "text and may link back. In a container narrower than 30em the list is hidden visually (not from screen " +
          "readers; a focused link shows it again) and the line reads „Schritt 2 von 5: Persönliche Angaben“. With " +
          "links the root is a `<nav>` labelled „Fortschritt“. Keyboard: Tab moves through the links to completed " +
          "steps, Enter follows one. WCAG 2.2: 1.3.1 (ordered list, current step), 1.4.1 (state as text, not " +
          "colour), 1.4.10 (reflow at 320 px), 2.4.8 (location in a set of pages), 2.4.7 and 2.4.11 (focused links " +
          "visible), 4.1.2 (aria-current).",
      },
    },
  },
} satisfies Meta<typeof StepIndicator>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithLinksToCompletedSteps: Story = {
  args: { steps: parkausweisSteps, current: 3 },
};

export const FirstStep: Story = {
  args: { current: 1 },
};

export const LastStep: Story = {
  args: { steps: parkausweisSteps, current: 5 },
};

export const Narrow: Story = {
  args: { steps: parkausweisSteps, current: 2 },
  render: (args) => (
    <div style={{ maxInlineSize: "18rem" }}>
      <StepIndicator {...args} />
    </div>
  ),
};

export const English: Story = {
  args: {
    locale: "en",
    current: 2,
    steps: [
      { title: "Applicant", href: "/en/apply/applicant" },
      { title: "Personal details" },
      { title: "Vehicle" },
      { title: "Evidence" },
      { title: "Check and send" },
    ],
  },
};

export const LongText: Story = {
  args: {
    current: 2,
    steps: [
      { title: "Angaben zur antragstellenden Person", href: "/antrag/person" },
      { title: "Angaben zur Kraftfahrzeughalterin oder zum Kraftfahrzeughalter" },
      { title: "Zulassungsbescheinigung Teil I" },
      { title: "Nachweis des Hauptwohnsitzes" },
      { title: "Einwilligung in die Datenverarbeitung" },
      { title: "Prüfen und kostenpflichtig absenden" },
    ],
  },
};
