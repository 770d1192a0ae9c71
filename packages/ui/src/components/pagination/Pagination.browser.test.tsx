// Keyboard order, target sizes and reflow of Pagination in a real browser (Chromium), with the real CSS.
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { computedColor, mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../link/link.css";
import "./pagination.css";
import { Pagination } from "./index.js";

const hrefFor = (number: number) => `/suche?q=parken&seite=${number}`;

async function mountPagination(current: number, total: number, width?: string) {
  return mount(
    <>
      <button type="button">Vorher</button>
      <Pagination current={current} total={total} hrefFor={hrefFor} />
      <button type="button">Nachher</button>
    </>,
    { lang: "de", ...(width === undefined ? {} : { width }) },
  );
}

/** Tabs from the button before the pagination to the one after it, naming each element on the way. */
async function tabThrough(find: (selector: string) => HTMLElement): Promise<string[]> {
  find("button").focus();
  const reached: string[] = [];
  for (let step = 0; step < 12; step += 1) {
    await userEvent.tab();
    const focused = document.activeElement as HTMLElement;
    if (focused.textContent === "Nachher") break;
    reached.push(focused.textContent ?? "");
  }
  return reached;
}

describe("Pagination in the browser", () => {
  it("moves with Tab through previous, the page numbers and next, in reading order", async () => {
    await page.viewport(1024, 768);
    const { find } = await mountPagination(5, 20);
    expect(await tabThrough(find)).toEqual([
      "Vorherige Seite",
      "Seite 1",
      "Seite 4",
      "Seite 5",
      "Seite 6",
      "Seite 20",
      "Nächste Seite",
    ]);
    await expect
      .element(page.getByRole("link", { name: "Seite 5", exact: true }))
      .toHaveAttribute("aria-current", "page");
  });

  it("skips previous on the first page and next on the last", async () => {
    await page.viewport(1024, 768);
    const first = await mountPagination(1, 3);
    expect(await tabThrough(first.find)).toEqual(["Seite 1", "Seite 2", "Seite 3", "Nächste Seite"]);
    await first.unmount();
    const last = await mountPagination(3, 3);
    expect(await tabThrough(last.find)).toEqual(["Vorherige Seite", "Seite 1", "Seite 2", "Seite 3"]);
  });

  it("gives every link a target of at least 44 × 44 px, apart from its neighbours", async () => {
    await page.viewport(1024, 768);
    const { host } = await mountPagination(5, 20);
    const links = [...host.querySelectorAll<HTMLAnchorElement>(".dk-pagination a")];
    expect(links).toHaveLength(7);
    const boxes = links.map((link) => link.getBoundingClientRect());
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    for (let index = 1; index < boxes.length; index += 1) {
      const before = boxes[index - 1] as DOMRect;
      const box = boxes[index] as DOMRect;
      const apart = box.left >= before.right || box.top >= before.bottom;
      expect(apart).toBe(true);
    }
  });

  it("shows the current page bold on the action colour, and the focus highlight when it has focus", async () => {
    await page.viewport(1024, 768);
    const { find } = await mountPagination(5, 20);
    const current = find<HTMLAnchorElement>('a[aria-current="page"]');
    const style = getComputedStyle(current);
    expect(style.backgroundColor).toBe(computedColor("var(--dk-color-action-default)"));
    expect(style.color).toBe(computedColor("var(--dk-color-action-text)"));
    expect(Number(style.fontWeight)).toBeGreaterThanOrEqual(700);
    expect(style.textDecorationLine).toBe("none");
    const other = getComputedStyle(find<HTMLAnchorElement>('.dk-pagination__link[href$="seite=4"]'));
    expect(other.textDecorationLine).toBe("underline");
    find<HTMLAnchorElement>('.dk-pagination__link[href$="seite=4"]').focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(current);
    expect(getComputedStyle(current).backgroundColor).toBe(computedColor("var(--dk-color-focus-background)"));
    expect(getComputedStyle(current).color).toBe(computedColor("var(--dk-color-focus-text)"));
  });

  it("wraps at 320 px without horizontal scrolling", async () => {
    await page.viewport(320, 720);
    try {
      const { find } = await mountPagination(999, 1250, "320px");
      const nav = find(".dk-pagination");
      expect(nav.scrollWidth).toBeLessThanOrEqual(320);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const tops = new Set([...nav.querySelectorAll("a")].map((link) => Math.round(link.getBoundingClientRect().top)));
      expect(tops.size).toBeGreaterThan(1);
      for (const link of nav.querySelectorAll("a")) {
        expect(link.getBoundingClientRect().right).toBeLessThanOrEqual(320.5);
      }
    } finally {
      await page.viewport(1024, 768);
    }
  });
});
