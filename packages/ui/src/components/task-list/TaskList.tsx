import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { classNames } from "../../internal/class-names.js";
import { type LocalizedProps, uiMessages } from "../../internal/i18n.js";
import { describedBy } from "../../internal/ids.js";
import type { HeadingLevel } from "../heading/Heading.js";
import { Link } from "../link/Link.js";
import { type TaskListText, taskListMessages } from "./messages.js";

/** Where a task stands; shown as text („Erledigt“, …), never by colour alone. */
export type TaskStatus = TaskListText;

/** One part of a long application, e.g. „Angaben zum Fahrzeug“. */
export interface TaskListTask {
  /** The task's name; the link text when the task has a link. */
  title: ReactNode;
  /** The page of the task. Tasks without `href`, and every task that cannot start yet, are shown as text. */
  href?: string | undefined;
  /** A short explanation under the title, read as part of the link's description. */
  hint?: ReactNode | undefined;
  /** Where the task stands. */
  status: TaskStatus;
  /** Replaces the built-in status text, e.g. „3 von 4 Nachweisen hochgeladen“. */
  statusText?: ReactNode | undefined;
  /** The task's id, from which the status and hint ids are derived (default `<list id>-<section>-<task>`). */
  id?: string | undefined;
}

/** A group of tasks under an optional heading, e.g. „Vorbereitung“, „Ihre Angaben“, „Absenden“. */
export interface TaskListSection {
  /** The section's heading; without one the tasks follow without a heading. */
  title?: ReactNode | undefined;
  /** The tasks of the section, in the order users should do them. */
  tasks: TaskListTask[];
}

export interface TaskListProps extends HTMLAttributes<HTMLDivElement>, LocalizedProps<TaskListText> {
  /** The list's id; the ids of statuses and hints derive from it, so it must be unique on the page. */
  id: string;
  /** The sections with their tasks. */
  sections: TaskListSection[];
  /** The level of the section headings (default 2, below the page's h1). */
  headingLevel?: Exclude<HeadingLevel, 1> | undefined;
}

const TAG_STATUSES: ReadonlySet<TaskStatus> = new Set(["in_progress", "not_started", "error"]);

/**
 * The task list of a long application (GOV.UK task list pattern): sections of tasks, each with its status as text.
 * A task's link is described by its hint and status (`aria-describedby`), and the whole row is clickable through
 * the link. Tasks that cannot start yet are not links. Keyboard: Tab moves from task link to task link.
 */
export const TaskList = /* @__PURE__ */ forwardRef<HTMLDivElement, TaskListProps>(function TaskList(
  { id, sections, headingLevel = 2, locale, messages, className, ...rest },
  ref,
) {
  const text = uiMessages(taskListMessages, { locale, messages });
  const SectionHeading = `h${headingLevel}` as const;
  return (
    <div ref={ref} id={id} className={classNames("dk-task-list", className)} {...rest}>
      {sections.map((section, sectionIndex) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sections are static and have no id of their own
        <section key={sectionIndex} className="dk-task-list__section">
          {section.title !== undefined && (
            <SectionHeading className="dk-task-list__section-title">{section.title}</SectionHeading>
          )}
          <ul className="dk-task-list__items">
            {section.tasks.map((task, taskIndex) => {
              const taskId = task.id ?? `${id}-${sectionIndex + 1}-${taskIndex + 1}`;
              const hintId = task.hint === undefined ? undefined : `${taskId}-hint`;
              const statusId = `${taskId}-status`;
              const href = task.status === "cannot_start" ? undefined : task.href;
              return (
                <li
                  key={taskId}
                  className={classNames("dk-task-list__item", href !== undefined && "dk-task-list__item--with-link")}
                >
                  <div className="dk-task-list__name-and-hint">
                    {href === undefined ? (
                      <div className="dk-task-list__name">{task.title}</div>
                    ) : (
                      <Link
                        href={href}
                        noVisitedState
                        className="dk-task-list__link"
                        aria-describedby={describedBy(hintId, statusId)}
                      >
                        {task.title}
                      </Link>
                    )}
                    {hintId !== undefined && (
                      <div id={hintId} className="dk-task-list__hint">
                        {task.hint}
                      </div>
                    )}
                  </div>
                  <div
                    id={statusId}
                    className={classNames(
                      "dk-task-list__status",
                      `dk-task-list__status--${task.status.replace("_", "-")}`,
                      TAG_STATUSES.has(task.status) && "dk-task-list__status--tag",
                    )}
                  >
                    {task.statusText ?? text[task.status]}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
});
