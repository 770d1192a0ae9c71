import type { Meta, StoryObj } from "@storybook/react-vite";
import { Checkboxes } from "./Checkboxes.js";
import { contactItemsWithTextFields } from "./examples.js";

const meta = {
  title: "Formular/Checkboxes",
  component: Checkboxes,
  args: {
    id: "nachweise",
    name: "nachweise",
    legend: "Welche Nachweise legen Sie bei?",
    items: [
      { value: "meldebescheinigung", label: "Meldebescheinigung" },
      { value: "haftpflicht", label: "Nachweis der Hundehaftpflichtversicherung" },
      { value: "sachkunde", label: "Sachkundenachweis" },
    ],
  },
  argTypes: { legendSize: { control: "inline-radio", options: ["s", "m", "l", "xl"] } },
  parameters: {
    docs: {
      description: {
        component:
          "Native checkboxes in a Fieldset, for „Wählen Sie alle zutreffenden Antworten aus“. Each checked option " +
          "posts `name=value` without JavaScript. Options may have a hint, a divider („oder“), an exclusive " +
          "„Keine davon“ option (unchecks the others with JavaScript) and conditional content, which is always shown " +
          "without JavaScript and shown only under checked options with it (`aria-controls`, `aria-expanded`). " +
          "The first checkbox carries the group's id, so an ErrorSummary link focuses it. " +
          "WCAG 2.2: 1.3.1 (legend and labels tied to the inputs), 1.4.1 (state not by colour alone), " +
          "1.4.11 (box contrast 3:1), 2.4.7 and 2.4.11 (visible focus), 2.5.8 (targets of 44 px, small 24 px; " +
          "the whole label is clickable), 3.3.1 (error identification), 3.3.2 (labels or instructions), " +
          "4.1.2 (native name, role and state). " +
          "Keyboard: Tab and Shift+Tab move from checkbox to checkbox; Space checks or unchecks the focused one.",
      },
    },
  },
} satisfies Meta<typeof Checkboxes>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: "Wählen Sie alle zutreffenden Antworten aus." },
};

export const WithError: Story = {
  args: {
    hint: "Wählen Sie alle zutreffenden Antworten aus.",
    error: "Wählen Sie mindestens einen Nachweis aus.",
  },
};

export const Checked: Story = {
  args: { defaultValues: ["meldebescheinigung", "sachkunde"] },
};

export const ItemHints: Story = {
  args: {
    items: [
      {
        value: "meldebescheinigung",
        label: "Meldebescheinigung",
        hint: "Nicht älter als drei Monate.",
      },
      {
        value: "haftpflicht",
        label: "Nachweis der Hundehaftpflichtversicherung",
        hint: "Die Versicherungsbestätigung mit Versicherungsnummer.",
      },
      { value: "sachkunde", label: "Sachkundenachweis" },
    ],
  },
};

export const Disabled: Story = {
  args: {
    defaultValues: ["meldebescheinigung"],
    items: [
      { value: "meldebescheinigung", label: "Meldebescheinigung (liegt uns bereits vor)", disabled: true },
      { value: "haftpflicht", label: "Nachweis der Hundehaftpflichtversicherung" },
      { value: "sachkunde", label: "Sachkundenachweis (nicht erforderlich)", disabled: true },
    ],
  },
};

export const Conditional: Story = {
  args: {
    id: "kontakt",
    name: "kontakt",
    legend: "Wie möchten Sie benachrichtigt werden?",
    hint: "Wählen Sie alle zutreffenden Antworten aus.",
    defaultValues: ["email"],
    items: contactItemsWithTextFields("kontakt"),
  },
};

export const Exclusive: Story = {
  args: {
    id: "staatsangehoerigkeit",
    name: "staatsangehoerigkeit",
    legend: "Welche Staatsangehörigkeiten haben Sie?",
    hint: "Wählen Sie alle zutreffenden Antworten aus.",
    items: [
      { value: "deutsch", label: "Deutsch" },
      { value: "eu", label: "Staatsangehörigkeit eines anderen EU-Staates" },
      { value: "andere", label: "Eine andere Staatsangehörigkeit" },
      { value: "keine", label: "Ich bin staatenlos", divider: true, exclusive: true },
    ],
  },
};

export const Small: Story = {
  args: {
    small: true,
    id: "filter",
    name: "kategorie",
    legend: "Kategorie",
    items: [
      { value: "familie", label: "Familie und Kinder" },
      { value: "wohnen", label: "Wohnen und Bauen" },
      { value: "verkehr", label: "Verkehr und Mobilität" },
    ],
  },
};

export const PageHeading: Story = {
  args: { isPageHeading: true, hint: "Wählen Sie alle zutreffenden Antworten aus." },
};

export const LongText: Story = {
  args: {
    legend:
      "Welche der folgenden Unterlagen können Sie dem Antrag auf Ermäßigung der Hundesteuer als Nachweis beifügen?",
    hint: "Sie können fehlende Unterlagen innerhalb von vier Wochen nachreichen. Bis dahin wird die Hundesteuer vorläufig in voller Höhe festgesetzt.",
    error:
      "Wählen Sie mindestens einen Nachweis aus oder geben Sie an, dass Sie die Unterlagen später nachreichen werden.",
    items: [
      {
        value: "grundsicherung",
        label:
          "Bescheid über Leistungen der Grundsicherung für Arbeitsuchende, der Sozialhilfe oder über Leistungen nach dem Asylbewerberleistungsgesetz",
        hint: "Der Bescheid muss für den gesamten Zeitraum gelten, für den Sie die Ermäßigung beantragen, und Ihren Namen sowie Ihre Anschrift enthalten.",
      },
      { value: "rettungshund", label: "Prüfungszeugnis über die bestandene Rettungshundeprüfung" },
      {
        value: "spaeter",
        label: "Ich reiche die Unterlagen später nach",
        divider: true,
        exclusive: true,
      },
    ],
  },
};

export const English: Story = {
  args: {
    locale: "en",
    lang: "en",
    legend: "Which documents are you sending?",
    hint: "Select all that apply.",
    error: "Select at least one document.",
    items: [
      { value: "meldebescheinigung", label: "Certificate of registration" },
      { value: "haftpflicht", label: "Proof of dog liability insurance" },
      { value: "keine", label: "None of these", divider: true, exclusive: true },
    ],
  },
};
