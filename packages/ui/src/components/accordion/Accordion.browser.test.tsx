// Keyboard, the show-all button, the server HTML before hydration and reflow of Accordion in a real browser
// (Chromium), with the real CSS.
import { composeStories } from "@storybook/react-vite";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { mount, serverRender } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./accordion.css";
import * as stories from "./Accordion.stories.js";

const { Default, LongText, English, HeadingLevel3 } = composeStories(stories);

const sections = (host: HTMLElement) => [...host.querySelectorAll<HTMLDetailsElement>("details")];
const openFlags = (host: HTMLElement) => sections(host).map((details) => details.open);

function hasVisibleOutline(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.outlineStyle === "solid" && Number.parseFloat(style.outlineWidth) >= 3;
}

describe("Accordion in the browser", () => {
  it("Tab reaches the show-all button and each summary; Enter and Space toggle the focused section", async () => {
    const { host, find } = await mount(
      <>
        <button type="button" id="vorher">
          Vorher
        </button>
        <Default />
      </>,
    );
    const showAll = find(".dk-accordion__show-all");
    const summaries = [...host.querySelectorAll<HTMLElement>("summary")];
    find("#vorher").focus();
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(showAll);
    expect(hasVisibleOutline(showAll)).toBe(true);
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(summaries[0]);
    expect(hasVisibleOutline(summaries[0] as HTMLElement)).toBe(true);
    await userEvent.keyboard("{Enter}");
    expect(openFlags(host)).toEqual([true, false, false, false]);
    await expect.element(page.getByText(/Sie wohnen in einer Bewohnerparkzone/)).toBeVisible();
    // The content of an open section comes next in the Tab order only if it is focusable; here the next summary.
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(summaries[1]);
    await userEvent.keyboard(" ");
    expect(openFlags(host)).toEqual([true, true, false, false]);
    await userEvent.keyboard(" ");
    expect(openFlags(host)).toEqual([true, false, false, false]);
    await expect.element(page.getByText(/Zulassungsbescheinigung Teil I/)).not.toBeVisible();
  });

  it("the show-all button opens and closes every section; its label and aria-expanded follow", async () => {
    const { host, find } = await mount(<Default />);
    const showAll = find<HTMLButtonElement>(".dk-accordion__show-all");
    expect(showAll.textContent).toBe("Alle Abschnitte öffnen");
    expect(showAll.getAttribute("aria-expanded")).toBe("false");
    showAll.focus();
    await userEvent.keyboard("{Enter}");
    expect(openFlags(host)).toEqual([true, true, true, true]);
    await expect.poll(() => showAll.textContent).toBe("Alle Abschnitte schließen");
    expect(showAll.getAttribute("aria-expanded")).toBe("true");
    expect(document.activeElement).toBe(showAll);
    await userEvent.keyboard(" ");
    expect(openFlags(host)).toEqual([false, false, false, false]);
    await expect.poll(() => showAll.textContent).toBe("Alle Abschnitte öffnen");
    expect(showAll.getAttribute("aria-expanded")).toBe("false");
    // Opening the sections one by one turns the button into „schließen“ once all are open.
    for (const summary of host.querySelectorAll("summary")) await userEvent.click(summary);
    await expect.poll(() => showAll.getAttribute("aria-expanded")).toBe("true");
    expect(showAll.textContent).toBe("Alle Abschnitte schließen");
    await userEvent.click(host.querySelectorAll("summary")[2] as HTMLElement);
    await expect.poll(() => showAll.textContent).toBe("Alle Abschnitte öffnen");
  });

  it("exposes the section headings at their level, and English texts", async () => {
    await mount(<HeadingLevel3 />);
    await expect.element(page.getByRole("heading", { level: 3, name: "Gebühren" })).toBeInTheDocument();
    await mount(<English />);
    await expect.element(page.getByRole("button", { name: "Show all sections" })).toBeInTheDocument();
    await page.getByRole("button", { name: "Show all sections" }).click();
    await expect
      .element(page.getByRole("button", { name: "Hide all sections" }))
      .toHaveAttribute("aria-expanded", "true");
  });

  it("works from the server HTML: no show-all button, every section opens; hydration adds the button", async () => {
    const { host, find, hydrate } = serverRender(<Default />);
    expect(host.querySelector("button")).toBeNull();
    const summaries = [...host.querySelectorAll<HTMLElement>("summary")];
    summaries[1]?.focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.click(summaries[3] as HTMLElement);
    expect(openFlags(host)).toEqual([false, true, false, true]);
    await hydrate();
    const showAll = find<HTMLButtonElement>(".dk-accordion__show-all");
    expect(showAll.getAttribute("aria-expanded")).toBe("false");
    expect(openFlags(host)).toEqual([false, true, false, true]);
    await userEvent.click(summaries[0] as HTMLElement);
    await userEvent.click(summaries[2] as HTMLElement);
    await expect.poll(() => showAll.textContent).toBe("Alle Abschnitte schließen");
    expect(showAll.getAttribute("aria-expanded")).toBe("true");
  });

  it("reflows at 320 px: long headings and summaries wrap, the whole summary line stays the target", async () => {
    await page.viewport(320, 720);
    try {
      const { host, find } = await mount(<LongText />);
      await userEvent.click(find(".dk-accordion__show-all"));
      for (const element of host.querySelectorAll("*")) {
        expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(320.5);
      }
      const summary = find("summary");
      expect(summary.getBoundingClientRect().width).toBeGreaterThan(300);
      expect(find(".dk-accordion__show-all").getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    } finally {
      await page.viewport(1280, 720);
    }
  });
});
