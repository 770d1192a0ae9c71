import type { TaskListSection } from "./TaskList.js";

/** The sections of an application for a business registration (Gewerbeanmeldung), for stories and tests. */
export const gewerbeSections: TaskListSection[] = [
  {
    title: "Ihre Angaben",
    tasks: [
      { title: "Persönliche Angaben", href: "/gewerbe/person", status: "completed" },
      { title: "Anschrift der Betriebsstätte", href: "/gewerbe/betrieb", status: "in_progress" },
      {
        title: "Angaben zur Tätigkeit",
        href: "/gewerbe/taetigkeit",
        hint: "Zum Beispiel Einzelhandel mit Fahrrädern",
        status: "not_started",
      },
    ],
  },
  {
    title: "Absenden",
    tasks: [
      { title: "Angaben prüfen", href: "/gewerbe/pruefen", status: "cannot_start" },
      { title: "Gebühr bezahlen", status: "cannot_start" },
    ],
  },
];
