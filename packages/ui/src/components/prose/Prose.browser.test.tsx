// Prose in Chromium with the real CSS: line length, vertical rhythm, the heading outline, keyboard through its links
// with the focus highlight, the announced new tab, and reflow of long words and URLs at 320 px.
import { composeStories } from "@storybook/react-vite";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { computedColor, mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../link/link.css";
import "./prose.css";
import * as stories from "./Prose.stories.js";

const { Default, ExternalLinksInNewTab, English, HeadingOffset, LongText } = composeStories(stories);

const px = (value: string) => Number.parseFloat(value);

/** The width of `count` zeros in the font of `element`: what `70ch` means there. */
function chWidth(element: HTMLElement, count: number): number {
  const probe = document.createElement("span");
  probe.textContent = "0".repeat(count);
  probe.style.whiteSpace = "nowrap";
  element.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

describe("Prose in the browser", () => {
  it("keeps lines to about 70 characters on a wide screen, and uses the full width with the token set to none", async () => {
    await page.viewport(1280, 720);
    const { find, host } = await mount(<Default />);
    const prose = find(".dk-prose");
    const width = prose.getBoundingClientRect().width;
    expect(width).toBeLessThan(host.getBoundingClientRect().width);
    expect(Math.abs(width - chWidth(prose, 70))).toBeLessThanOrEqual(1);
    prose.style.setProperty("--dk-prose-max-inline-size", "none");
    expect(prose.getBoundingClientRect().width).toBe(host.getBoundingClientRect().width);
  });

  it("spaces the text from the tokens: no margin at the edges, more above a heading than below", async () => {
    const { find } = await mount(<Default />);
    const prose = find(".dk-prose");
    const first = prose.firstElementChild as HTMLElement;
    const last = prose.lastElementChild as HTMLElement;
    expect(px(getComputedStyle(first).marginBlockStart)).toBe(0);
    expect(px(getComputedStyle(last).marginBlockEnd)).toBe(0);
    const space = (name: string) => px(computedLength(`var(${name})`));
    const paragraph = getComputedStyle(find(".dk-prose > p"));
    expect(px(paragraph.marginBlockEnd)).toBe(space("--dk-space-4"));
    const h2 = getComputedStyle(find("h2"));
    expect(px(h2.marginBlockStart)).toBe(space("--dk-space-6"));
    expect(px(h2.marginBlockStart)).toBeGreaterThan(px(h2.marginBlockEnd));
    expect(px(h2.fontSize)).toBeGreaterThan(px(getComputedStyle(find("h3")).fontSize));
    expect(px(getComputedStyle(find("h3")).fontSize)).toBeGreaterThan(px(paragraph.fontSize));
    expect(getComputedStyle(find("h2")).color).toBe(computedColor("var(--dk-color-layout-text)"));
  });

  it("fits the headings under the page's h2 with headingOffset", async () => {
    await mount(<HeadingOffset />);
    await expect.element(page.getByRole("heading", { level: 2, name: "Leistungsbeschreibung" })).toBeVisible();
    await expect.element(page.getByRole("heading", { level: 3, name: "Voraussetzungen" })).toBeVisible();
    await expect.element(page.getByRole("heading", { level: 4, name: "Gebühren" })).toBeVisible();
    expect(document.querySelectorAll(".dk-prose h2")).toHaveLength(0);
  });

  it("moves through its links with Tab, each with the yellow focus highlight", async () => {
    const { host } = await mount(
      <>
        <button type="button">Vorher</button>
        <Default />
      </>,
    );
    host.querySelector("button")?.focus();
    const names: string[] = [];
    for (const link of host.querySelectorAll("a")) {
      await userEvent.tab();
      expect(document.activeElement).toBe(link);
      expect(getComputedStyle(link).backgroundColor).toBe(computedColor("var(--dk-color-focus-background)"));
      names.push(link.textContent ?? "");
    }
    expect(names).toEqual([
      "buergerbuero@example.org",
      "0641 306-0",
      "Straßenverkehrs-Ordnung (StVO)",
      "Bewohnerparkzonen im Stadtgebiet",
    ]);
  });

  it("announces a new tab in the link's name, in German and English, while the notice stays invisible", async () => {
    const german = await mount(<ExternalLinksInNewTab />);
    await expect
      .element(page.getByRole("link", { name: "Straßenverkehrs-Ordnung (StVO) (öffnet in neuem Tab)", exact: true }))
      .toBeInTheDocument();
    expect(german.find(".dk-visually-hidden").getBoundingClientRect().width).toBeLessThanOrEqual(1);
    await german.unmount();
    await mount(<English />);
    await expect
      .element(
        page.getByRole("link", {
          name: "Road Traffic Regulations (StVO, German only) (opens in new tab)",
          exact: true,
        }),
      )
      .toBeInTheDocument();
  });

  it("wraps long compounds and URLs at 320 px without horizontal scrolling", async () => {
    const { host } = await mount(<LongText />, { width: "320px" });
    expect(host.scrollWidth).toBeLessThanOrEqual(320);
    for (const element of host.querySelectorAll("h2, p, li, a")) {
      expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(host.getBoundingClientRect().right + 0.5);
    }
  });
});

/** A length (`var(--dk-space-4)`) as the browser resolves it, in px. */
function computedLength(value: string): string {
  const probe = document.createElement("div");
  probe.style.marginTop = value;
  document.body.append(probe);
  const length = getComputedStyle(probe).marginTop;
  probe.remove();
  return length;
}
