import type { Meta, StoryObj } from "@storybook/react-vite";
import { ErrorMessage } from "../error-message/ErrorMessage.js";
import { FormGroup, Hint, Label } from "./FormGroup.js";

const meta = {
  title: "Formular/FormGroup",
  component: FormGroup,
  parameters: {
    docs: {
      description: {
        component:
          "The frame of one question: Label, Hint, ErrorMessage and the control. The form components (TextField, " +
          "DateInput, …) use it; build your own controls with it. WCAG 2.2: 1.3.1 (label tied to the input), " +
          "3.3.2 (labels or instructions). Keyboard: the frame is not focusable; Tab reaches the control, and clicking " +
          "the label focuses it.",
      },
    },
  },
} satisfies Meta<typeof FormGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithHint: Story = {
  render: () => (
    <FormGroup>
      <Label htmlFor="aktenzeichen">Aktenzeichen</Label>
      <Hint id="aktenzeichen-hint">Sie finden es oben rechts im Bescheid.</Hint>
      <input id="aktenzeichen" name="aktenzeichen" aria-describedby="aktenzeichen-hint" />
    </FormGroup>
  ),
};

export const WithError: Story = {
  render: () => (
    <FormGroup error>
      <Label htmlFor="kennzeichen">Kfz-Kennzeichen</Label>
      <ErrorMessage id="kennzeichen-error">Bitte geben Sie das Kennzeichen ein.</ErrorMessage>
      <input id="kennzeichen" name="kennzeichen" aria-describedby="kennzeichen-error" aria-invalid="true" />
    </FormGroup>
  ),
};

export const PageHeading: Story = {
  render: () => (
    <FormGroup>
      <Label htmlFor="name" isPageHeading>
        Wie heißt Ihr Hund?
      </Label>
      <input id="name" name="name" />
    </FormGroup>
  ),
};
