import type { UiMessages } from "../../internal/i18n.js";

/** Built-in texts of TaskList: the name of each status. */
export type TaskListText = "completed" | "in_progress" | "not_started" | "cannot_start" | "error";

export const taskListMessages: UiMessages<TaskListText> = {
  de: {
    completed: "Erledigt",
    in_progress: "In Bearbeitung",
    not_started: "Nicht begonnen",
    cannot_start: "Noch nicht möglich",
    error: "Fehler",
  },
  en: {
    completed: "Completed",
    in_progress: "In progress",
    not_started: "Not yet started",
    cannot_start: "Cannot start yet",
    error: "There is a problem",
  },
};
