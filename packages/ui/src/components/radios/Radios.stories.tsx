import type { Meta, StoryObj } from "@storybook/react-vite";
import { contactItemsWithTextFields } from "../checkboxes/examples.js";
import { Radios } from "./Radios.js";

const meta = {
  title: "Formular/Radios",
  component: Radios,
  args: {
    id: "zustellung",
    name: "zustellung",
    legend: "Wie möchten Sie den Bescheid erhalten?",
    items: [
      { value: "post", label: "Per Post" },
      { value: "postfach", label: "In das Postfach Ihres Nutzerkontos" },
      { value: "abholung", label: "Abholung im Bürgerbüro" },
    ],
  },
  argTypes: { legendSize: { control: "inline-radio", options: ["s", "m", "l", "xl"] } },
  parameters: {
    docs: {
      description: {
        component:
          "Native radio buttons in a Fieldset, for one answer from a few. The chosen option posts `name=value` " +
          "without JavaScript. Options may have a hint, a divider („oder“) and conditional content, which is always " +
          "shown without JavaScript and shown only under the chosen option with it (`aria-controls`; no " +
          "`aria-expanded`, which ARIA does not allow on radios). `inline` sets two short answers (Ja/Nein) side by " +
          "side. The first radio carries the group's id, so an ErrorSummary link focuses it. " +
          "WCAG 2.2: 1.3.1 (legend and labels tied to the inputs), 1.4.1 (state not by colour alone), " +
          "1.4.11 (circle contrast 3:1), 2.4.7 and 2.4.11 (visible focus), 2.5.8 (targets of 44 px, small 24 px; " +
          "the whole label is clickable), 3.3.1 (error identification), 3.3.2 (labels or instructions), " +
          "4.1.2 (native name, role and state). " +
          "Keyboard: Tab moves into the group (to the chosen radio, or the first one) and out of it; the arrow keys " +
          "move to the previous or next radio and choose it; Space chooses the focused radio.",
      },
    },
  },
} satisfies Meta<typeof Radios>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Inline: Story = {
  args: {
    id: "hund-gefaehrlich",
    name: "gefaehrlich",
    legend: "Ist Ihr Hund als gefährlich eingestuft?",
    inline: true,
    items: [
      { value: "ja", label: "Ja" },
      { value: "nein", label: "Nein" },
    ],
  },
};

export const WithHint: Story = {
  args: { hint: "Die Zustellung in das Postfach ist am schnellsten." },
};

export const WithError: Story = {
  args: { error: "Wählen Sie aus, wie Sie den Bescheid erhalten möchten." },
};

export const Checked: Story = {
  args: { defaultValue: "postfach" },
};

export const ItemHints: Story = {
  args: {
    items: [
      { value: "post", label: "Per Post", hint: "Die Zustellung dauert drei bis fünf Werktage." },
      {
        value: "postfach",
        label: "In das Postfach Ihres Nutzerkontos",
        hint: "Sie erhalten eine E-Mail, sobald der Bescheid bereitliegt.",
      },
      { value: "abholung", label: "Abholung im Bürgerbüro" },
    ],
  },
};

export const Disabled: Story = {
  args: {
    defaultValue: "post",
    items: [
      { value: "post", label: "Per Post" },
      { value: "postfach", label: "In das Postfach Ihres Nutzerkontos (nicht eingerichtet)", disabled: true },
      { value: "abholung", label: "Abholung im Bürgerbüro" },
    ],
  },
};

export const Conditional: Story = {
  args: {
    id: "kontaktweg",
    name: "kontaktweg",
    legend: "Wie können wir Sie bei Rückfragen erreichen?",
    defaultValue: "email",
    items: contactItemsWithTextFields("kontaktweg"),
  },
};

export const Divider: Story = {
  args: {
    id: "wohnort",
    name: "wohnort",
    legend: "Wo wohnen Sie?",
    items: [
      { value: "stadt", label: "In der Stadt" },
      { value: "landkreis", label: "Im Landkreis" },
      { value: "ausland", label: "Ich wohne im Ausland", divider: true },
    ],
  },
};

export const Small: Story = {
  args: {
    small: true,
    id: "sortierung",
    name: "sortierung",
    legend: "Sortieren nach",
    defaultValue: "relevanz",
    items: [
      { value: "relevanz", label: "Relevanz" },
      { value: "alphabet", label: "Alphabet" },
    ],
  },
};

export const PageHeading: Story = {
  args: { isPageHeading: true, hint: "Die Zustellung in das Postfach ist am schnellsten." },
};

export const LongText: Story = {
  args: {
    legend:
      "Wie möchten Sie den Bescheid über die Festsetzung der Hundesteuer und alle weiteren Schreiben zu diesem Verfahren erhalten?",
    hint: "Wenn Sie das Postfach wählen, gilt der Bescheid am dritten Tag nach der Bereitstellung als bekannt gegeben. Sie werden per E-Mail benachrichtigt.",
    error:
      "Wählen Sie aus, wie Sie den Bescheid erhalten möchten. Die Zustellung in das Postfach ist nur mit einem Nutzerkonto möglich.",
    items: [
      {
        value: "postfach",
        label:
          "Elektronisch in das Postfach meines Nutzerkontos, verbunden mit einer Benachrichtigung an die hinterlegte E-Mail-Adresse",
        hint: "Sie können die Zustellung jederzeit in den Einstellungen Ihres Nutzerkontos auf den Postweg umstellen.",
      },
      { value: "post", label: "Per Post an meine Meldeanschrift" },
    ],
  },
};

export const English: Story = {
  args: {
    locale: "en",
    lang: "en",
    legend: "How would you like to receive the decision?",
    hint: "The inbox of your user account is the fastest.",
    error: "Select how you would like to receive the decision.",
    items: [
      { value: "post", label: "By post" },
      { value: "postfach", label: "In the inbox of your user account" },
      { value: "abholung", label: "Collect it at the citizens' office", divider: true },
    ],
  },
};
