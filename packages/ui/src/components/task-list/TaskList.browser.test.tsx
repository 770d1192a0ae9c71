// The clickable row, keyboard order and layout of TaskList in a real browser (Chromium), with the real CSS.
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../link/link.css";
import "./task-list.css";
import { gewerbeSections } from "./examples.js";
import { TaskList } from "./index.js";

async function mountTasks(width: string) {
  await page.viewport(1024, 900);
  return mount(
    <>
      <button type="button">Vorher</button>
      <TaskList id="gewerbe" sections={gewerbeSections} />
    </>,
    { width, lang: "de" },
  );
}

function centre(element: Element) {
  element.scrollIntoView({ block: "center" });
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

describe("TaskList in the browser", () => {
  it("makes the whole row of a task a target of its link: status and hint hit the link", async () => {
    const { find } = await mountTasks("40rem");
    const link = find<HTMLAnchorElement>('a[href="/gewerbe/taetigkeit"]');
    const row = link.closest("li") as HTMLElement;
    for (const part of [row.querySelector(".dk-task-list__status"), row.querySelector(".dk-task-list__hint")]) {
      const { x, y } = centre(part as Element);
      expect(document.elementFromPoint(x, y)).toBe(link);
    }
    const clicked: string[] = [];
    link.addEventListener("click", (event) => {
      event.preventDefault();
      clicked.push(link.href);
    });
    // The status lies under the link's overlay; force clicks at its position, as a user's pointer would.
    await userEvent.click(page.getByText("Nicht begonnen"), { force: true });
    expect(clicked).toHaveLength(1);
  });

  it("does not make rows of tasks that cannot start clickable", async () => {
    const { find } = await mountTasks("40rem");
    const status = find("#gewerbe-2-1-status");
    const { x, y } = centre(status);
    expect(document.elementFromPoint(x, y)?.closest("a")).toBeNull();
  });

  it("moves with Tab from task link to task link, skipping tasks that cannot start", async () => {
    const { find } = await mountTasks("40rem");
    find<HTMLButtonElement>("button").focus();
    const reached: string[] = [];
    for (let step = 0; step < 4; step += 1) {
      await userEvent.tab();
      reached.push(document.activeElement?.textContent ?? "");
    }
    expect(reached.slice(0, 3)).toEqual([
      "Persönliche Angaben",
      "Anschrift der Betriebsstätte",
      "Angaben zur Tätigkeit",
    ]);
    expect(reached[3]).not.toBe("Angaben prüfen");
    await expect
      .element(page.getByRole("link", { name: "Angaben zur Tätigkeit" }))
      .toHaveAccessibleDescription("Zum Beispiel Einzelhandel mit Fahrrädern Nicht begonnen");
  });

  it("wraps the status under the name at 320 px without horizontal scrolling", async () => {
    const { host, find } = await mountTasks("320px");
    const list = find(".dk-task-list");
    expect(list.scrollWidth).toBeLessThanOrEqual(320);
    const row = host.querySelector('a[href="/gewerbe/betrieb"]')?.closest("li") as HTMLElement;
    const name = row.querySelector(".dk-task-list__name-and-hint") as HTMLElement;
    const status = row.querySelector(".dk-task-list__status") as HTMLElement;
    expect(status.getBoundingClientRect().right).toBeLessThanOrEqual(row.getBoundingClientRect().right + 0.5);
    expect(name.getBoundingClientRect().width).toBeGreaterThan(0);
  });
});
