import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { gewerbeSections } from "./examples.js";
import { TaskList } from "./index.js";

afterEach(cleanup);

/** The texts an element's aria-describedby points to, joined as screen readers read them. */
function description(element: HTMLElement): string {
  return (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent)
    .join(" ");
}

describe("TaskList", () => {
  it("renders sections with headings and lists of tasks", () => {
    render(<TaskList id="gewerbe" sections={gewerbeSections} />);
    expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual([
      "Ihre Angaben",
      "Absenden",
    ]);
    const lists = screen.getAllByRole("list");
    expect(lists).toHaveLength(2);
    expect(within(lists[0] as HTMLElement).getAllByRole("listitem")).toHaveLength(3);
    expect(within(lists[1] as HTMLElement).getAllByRole("listitem")).toHaveLength(2);
  });

  it("ties each task link to its status (and hint) with aria-describedby", () => {
    render(<TaskList id="gewerbe" sections={gewerbeSections} />);
    const person = screen.getByRole("link", { name: "Persönliche Angaben" });
    expect(person.getAttribute("href")).toBe("/gewerbe/person");
    expect(person.getAttribute("aria-describedby")).toBe("gewerbe-1-1-status");
    expect(description(person)).toBe("Erledigt");
    expect(description(screen.getByRole("link", { name: "Anschrift der Betriebsstätte" }))).toBe("In Bearbeitung");
    const activity = screen.getByRole("link", { name: "Angaben zur Tätigkeit" });
    expect(activity.getAttribute("aria-describedby")).toBe("gewerbe-1-3-hint gewerbe-1-3-status");
    expect(description(activity)).toBe("Zum Beispiel Einzelhandel mit Fahrrädern Nicht begonnen");
  });

  it("does not link tasks that cannot start, even with an href", () => {
    render(<TaskList id="gewerbe" sections={gewerbeSections} />);
    expect(screen.getAllByRole("link")).toHaveLength(3);
    expect(screen.queryByRole("link", { name: "Angaben prüfen" })).toBeNull();
    const item = screen.getByText("Angaben prüfen").closest("li");
    expect(item?.className).toBe("dk-task-list__item");
    expect(item?.querySelector(".dk-task-list__status")?.textContent).toBe("Noch nicht möglich");
  });

  it("makes the whole row clickable through the link (class hooks for the row overlay)", () => {
    render(<TaskList id="gewerbe" sections={gewerbeSections} />);
    const link = screen.getByRole("link", { name: "Persönliche Angaben" });
    expect(link.className).toBe("dk-link dk-link--no-visited-state dk-task-list__link");
    expect(link.closest("li")?.className).toBe("dk-task-list__item dk-task-list__item--with-link");
  });

  it("shows every status as text, open ones and errors as tags", () => {
    const statuses = ["completed", "in_progress", "not_started", "cannot_start", "error"] as const;
    const { container } = render(
      <TaskList
        id="alle"
        sections={[{ tasks: statuses.map((status) => ({ title: status, href: `/${status}`, status })) }]}
      />,
    );
    const shown = [...container.querySelectorAll(".dk-task-list__status")].map((status) => [
      status.textContent,
      status.className,
    ]);
    expect(shown).toEqual([
      ["Erledigt", "dk-task-list__status dk-task-list__status--completed"],
      ["In Bearbeitung", "dk-task-list__status dk-task-list__status--in-progress dk-task-list__status--tag"],
      ["Nicht begonnen", "dk-task-list__status dk-task-list__status--not-started dk-task-list__status--tag"],
      ["Noch nicht möglich", "dk-task-list__status dk-task-list__status--cannot-start"],
      ["Fehler", "dk-task-list__status dk-task-list__status--error dk-task-list__status--tag"],
    ]);
    expect(screen.queryByRole("heading")).toBeNull();
  });

  it("uses English, the app's wording, a task's own status text and its own id", () => {
    render(
      <TaskList
        id="business"
        locale="en"
        messages={{ in_progress: "Started" }}
        headingLevel={3}
        sections={[
          {
            title: "Your details",
            tasks: [
              { title: "Personal details", href: "/a", status: "completed" },
              { title: "Address", href: "/b", status: "in_progress" },
              { title: "Evidence", href: "/c", status: "in_progress", statusText: "2 of 3 uploaded", id: "evidence" },
              { title: "Payment", status: "cannot_start" },
            ],
          },
        ]}
      />,
    );
    expect(screen.getByRole("heading", { level: 3, name: "Your details" })).toBeTruthy();
    expect(description(screen.getByRole("link", { name: "Personal details" }))).toBe("Completed");
    expect(description(screen.getByRole("link", { name: "Address" }))).toBe("Started");
    const evidence = screen.getByRole("link", { name: "Evidence" });
    expect(evidence.getAttribute("aria-describedby")).toBe("evidence-status");
    expect(description(evidence)).toBe("2 of 3 uploaded");
    expect(screen.getByText("Cannot start yet")).toBeTruthy();
  });

  it("forwards its ref and keeps native attributes", () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(
      <TaskList ref={ref} id="liste" className="extra" data-testid="liste" sections={gewerbeSections} />,
    );
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current?.id).toBe("liste");
    expect(ref.current?.className).toBe("dk-task-list extra");
    expect(ref.current?.dataset.testid).toBe("liste");
  });

  it("renders complete HTML on the server", () => {
    const html = renderToString(<TaskList id="gewerbe" sections={gewerbeSections} />);
    expect(html).toContain('<h2 class="dk-task-list__section-title">Ihre Angaben</h2>');
    expect(html).toContain(
      '<a class="dk-link dk-link--no-visited-state dk-task-list__link" href="/gewerbe/taetigkeit" aria-describedby="gewerbe-1-3-hint gewerbe-1-3-status">Angaben zur Tätigkeit</a>',
    );
    expect(html).toContain(
      '<div id="gewerbe-1-3-hint" class="dk-task-list__hint">Zum Beispiel Einzelhandel mit Fahrrädern</div>',
    );
    expect(html).toContain('id="gewerbe-2-2-status"');
    expect(html).toContain(">Noch nicht möglich</div>");
  });
});
