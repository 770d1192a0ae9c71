// The scroll region of Table in a real browser (Chromium), with the real CSS: a wide table scrolls inside its region
// at 320 px while the region stays within the page; the region is a named Tab stop with a visible outline that the
// arrow keys scroll, only while the table is wider than it (after hydration); numeric columns line up.
import { composeStories } from "@storybook/react-vite";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { mount, serverRender } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./table.css";
import * as stories from "./Table.stories.js";

const { Default, ManyColumns, Numeric, CaptionVisuallyHidden } = composeStories(stories);

async function atWidth<T>(width: number, run: () => Promise<T>): Promise<T> {
  await page.viewport(width, 720);
  try {
    return await run();
  } finally {
    await page.viewport(1280, 720);
  }
}

describe("Table in the browser", () => {
  it("at 320 px a wide table scrolls inside its region, which stays within the page", async () => {
    await atWidth(320, async () => {
      const { find } = await mount(
        <>
          <button type="button" id="vorher">
            Vorher
          </button>
          <ManyColumns />
        </>,
      );
      const region = find(".dk-table__region");
      const table = find("table");
      expect(region.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      expect(table.getBoundingClientRect().width).toBeGreaterThan(320);
      expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
      await expect
        .element(page.getByRole("region", { name: "Anträge im Bürgerbüro 2026 nach Monat" }))
        .toHaveAttribute("tabindex", "0");
      // Keyboard: Tab reaches the region with a visible outline, the arrow keys scroll it.
      find("#vorher").focus();
      await userEvent.keyboard("{Tab}");
      expect(document.activeElement).toBe(region);
      const style = getComputedStyle(region);
      expect(style.outlineStyle).toBe("solid");
      expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
      expect(region.scrollLeft).toBe(0);
      await userEvent.keyboard("{ArrowRight}");
      await expect.poll(() => region.scrollLeft).toBeGreaterThan(0);
    });
  });

  it("a table that fits is neither a region nor a Tab stop once hydrated, and becomes one when it no longer fits", async () => {
    const { find } = await mount(
      <>
        <button type="button" id="vorher">
          Vorher
        </button>
        <Default />
        <button type="button" id="nachher">
          Nachher
        </button>
      </>,
    );
    const region = find(".dk-table__region");
    await expect.poll(() => region.hasAttribute("tabindex")).toBe(false);
    expect(region.getAttribute("role")).toBeNull();
    expect(region.getAttribute("aria-labelledby")).toBeNull();
    await expect.element(page.getByRole("table", { name: "Gebühren im Bürgerbüro" })).toBeInTheDocument();
    find("#vorher").focus();
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(find("#nachher"));
    // Narrower than the table's longest words: it scrolls, so the region comes back.
    region.style.inlineSize = "120px";
    await expect.poll(() => region.getAttribute("tabindex")).toBe("0");
    expect(region.getAttribute("role")).toBe("region");
    await expect.element(page.getByRole("region", { name: "Gebühren im Bürgerbüro" })).toBeInTheDocument();
  });

  it("the server HTML is a focusable named region, whatever the width; hydration keeps it only if it scrolls", async () => {
    const { find, hydrate } = serverRender(<Default />);
    const region = find(".dk-table__region");
    expect(region.getAttribute("role")).toBe("region");
    expect(region.tabIndex).toBe(0);
    const captionId = find("caption").id;
    expect(captionId).not.toBe("");
    expect(region.getAttribute("aria-labelledby")).toBe(captionId);
    await hydrate();
    await expect.poll(() => region.getAttribute("role")).toBeNull();
    expect(find("caption").id).toBe(captionId);
  });

  it("right-aligns numeric columns with tabular figures", async () => {
    const { host } = await mount(<Numeric />);
    const amounts = [...host.querySelectorAll<HTMLElement>("td.dk-table__cell--numeric")];
    expect(amounts).toHaveLength(6);
    for (const cell of amounts) {
      const style = getComputedStyle(cell);
      expect(style.textAlign).toBe("end");
      expect(style.fontVariantNumeric).toBe("tabular-nums");
    }
    // The text of the amounts in one column ends at the same x.
    const rightEdges = amounts
      .filter((_, index) => index % 2 === 0)
      .map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return Math.round(range.getBoundingClientRect().right);
      });
    expect(new Set(rightEdges).size).toBe(1);
    const header = host.querySelector<HTMLElement>("th.dk-table__header--numeric");
    expect(header && getComputedStyle(header).textAlign).toBe("end");
  });

  it("keeps a visually hidden caption out of sight but names the table with it", async () => {
    const { find } = await mount(<CaptionVisuallyHidden />);
    const caption = find("caption");
    expect(caption.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    await expect.element(page.getByRole("table", { name: "Gebühren im Bürgerbüro" })).toBeInTheDocument();
  });
});
