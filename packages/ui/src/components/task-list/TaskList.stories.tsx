import type { Meta, StoryObj } from "@storybook/react-vite";
import { gewerbeSections } from "./examples.js";
import { TaskList } from "./TaskList.js";

const meta = {
  title: "Inhalt/TaskList",
  component: TaskList,
  args: { id: "gewerbe", sections: gewerbeSections },
  parameters: {
    docs: {
      description: {
        component:
          "The overview of a long application (GOV.UK task list): sections of tasks, each with its status as text " +
          "(„Erledigt“, „In Bearbeitung“, „Nicht begonnen“, „Noch nicht möglich“, „Fehler“). The task link is " +
          "described by its hint and status through `aria-describedby`; the whole row is clickable through the link; " +
          "tasks that cannot start yet are not links. Keyboard: Tab moves from task link to task link, Enter opens a " +
          "task. WCAG 2.2: 1.3.1 (sections, lists, described links), 1.4.1 (status as text, not colour), 2.4.4 " +
          "(link purpose with its description), 2.4.6 (section headings), 2.5.8 (the whole row as target), " +
          "1.4.10 (the status wraps below the name at 320 px).",
      },
    },
  },
} satisfies Meta<typeof TaskList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHints: Story = {
  args: {
    id: "kita",
    sections: [
      {
        title: "Kinderbetreuung beantragen",
        tasks: [
          {
            title: "Angaben zum Kind",
            href: "/kita/kind",
            hint: "Name, Geburtsdatum und besonderer Betreuungsbedarf",
            status: "completed",
          },
          {
            title: "Wunsch-Einrichtungen",
            href: "/kita/einrichtungen",
            hint: "Bis zu drei Kitas in der Reihenfolge Ihrer Wahl",
            status: "not_started",
          },
        ],
      },
    ],
  },
};

export const WithError: Story = {
  args: {
    id: "wohngeld",
    sections: [
      {
        title: "Wohngeld beantragen",
        tasks: [
          { title: "Haushaltsmitglieder", href: "/wohngeld/haushalt", status: "completed" },
          {
            title: "Einkommensnachweise",
            href: "/wohngeld/einkommen",
            hint: "Eine Datei konnte nicht gelesen werden.",
            status: "error",
          },
          { title: "Miete und Nebenkosten", href: "/wohngeld/miete", status: "in_progress" },
        ],
      },
    ],
  },
};

export const CannotStart: Story = {
  args: {
    id: "pruefen",
    sections: [
      {
        tasks: [
          { title: "Angaben prüfen und absenden", href: "/gewerbe/pruefen", status: "cannot_start" },
          { title: "Gebühr bezahlen", status: "cannot_start" },
        ],
      },
    ],
  },
};

export const CustomStatusText: Story = {
  args: {
    id: "nachweise",
    sections: [
      {
        tasks: [
          {
            title: "Nachweise hochladen",
            href: "/antrag/nachweise",
            status: "in_progress",
            statusText: "2 von 3 hochgeladen",
          },
        ],
      },
    ],
  },
};

export const English: Story = {
  args: {
    id: "business",
    locale: "en",
    headingLevel: 3,
    sections: [
      {
        title: "Your details",
        tasks: [
          { title: "Personal details", href: "/en/business/person", status: "completed" },
          { title: "Business address", href: "/en/business/address", status: "in_progress" },
          { title: "Type of business", href: "/en/business/activity", status: "not_started" },
          { title: "Evidence", href: "/en/business/evidence", status: "error" },
          { title: "Check and send", status: "cannot_start" },
        ],
      },
    ],
  },
};

export const LongText: Story = {
  args: {
    id: "lang",
    sections: [
      {
        title: "Angaben zur Betriebsstätte und zu den gesetzlichen Vertreterinnen und Vertretern der Gesellschaft",
        tasks: [
          {
            title:
              "Angaben zu den vertretungsberechtigten Gesellschafterinnen und Gesellschaftern der Personengesellschaft",
            href: "/gewerbe/vertretung",
            hint: "Für jede vertretungsberechtigte Person brauchen Sie Name, Geburtsdatum, Staatsangehörigkeit und Wohnanschrift.",
            status: "in_progress",
          },
        ],
      },
    ],
  },
};
