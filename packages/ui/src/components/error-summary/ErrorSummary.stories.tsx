import type { Meta, StoryObj } from "@storybook/react-vite";
import { ErrorSummary } from "./ErrorSummary.js";
import { ExampleFields, exampleErrors } from "./examples.js";

const meta = {
  title: "Formular/ErrorSummary",
  component: ErrorSummary,
  args: { errors: exampleErrors("de") },
  render: (args) => (
    <>
      <ErrorSummary {...args} />
      <ExampleFields locale={args.locale} withErrors={args.errors.length > 0} />
    </>
  ),
  parameters: {
    docs: {
      description: {
        component:
          "The list of a page's errors at the top of the page (GOV.UK error summary), each a link to its field; the " +
          "items come from `errorSummaryItems` of `@digitale-kommune/ui/forms`. Server-rendered completely: without " +
          "JavaScript the links are plain fragment links. With JavaScript the summary takes focus when it appears " +
          "(it has `tabindex=-1` and is named by its title; no `role=alert`, which is not announced on page load), " +
          "and following a link focuses the input (for a date or radios their first input) and scrolls its label or " +
          "legend into view. Keyboard: Tab moves through the links, Enter follows one. WCAG 2.2: 3.3.1 (error " +
          "identification), 3.3.3 (error suggestion, via the messages), 2.4.3 (focus order), 1.3.1 (list and " +
          "heading structure), 2.4.4 (link purpose), 2.4.7 (visible focus), 1.4.1 (not colour alone).",
      },
    },
  },
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three errors: a text input, a date (links to the group; focus goes to the day) and radios. */
export const Default: Story = {};

export const WithDescription: Story = {
  args: { description: "Bitte korrigieren Sie die markierten Angaben und senden Sie das Formular erneut ab." },
};

export const CustomTitle: Story = {
  args: { title: "Ihre Angaben sind unvollständig" },
};

export const SingleError: Story = {
  args: { errors: exampleErrors("de").slice(0, 1) },
};

/** An error on the whole form (`href: "#"` from `errorSummaryItems` without `fallbackId`) is listed as text. */
export const FormWideError: Story = {
  args: {
    errors: [
      { text: "Der Antrag konnte nicht gespeichert werden. Bitte versuchen Sie es später erneut.", href: "#" },
      ...exampleErrors("de").slice(0, 1),
    ],
  },
};

export const LongText: Story = {
  args: {
    description:
      "Einige Angaben fehlen oder sind nicht korrekt. Die Links führen Sie direkt zu den Feldern, die Sie noch " +
      "ausfüllen oder korrigieren müssen. Ihre übrigen Angaben bleiben erhalten.",
    errors: [
      {
        text:
          "Geben Sie Ihren Vornamen so ein, wie er in Ihrem Personalausweis oder Reisepass steht, einschließlich aller " +
          "weiteren Vornamen und Namenszusätze.",
        href: "#vorname",
      },
      ...exampleErrors("de").slice(1),
    ],
  },
};

export const English: Story = {
  args: { locale: "en", errors: exampleErrors("en") },
};

/** For pages that manage focus themselves; the summary still renders at the top. */
export const WithoutAutoFocus: Story = {
  args: { disableAutoFocus: true },
};

/** No errors: the summary renders nothing, the form is shown without error states. */
export const NoErrors: Story = {
  args: { errors: [] },
};
