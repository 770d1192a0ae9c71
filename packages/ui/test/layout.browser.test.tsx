// Every story at the WCAG reflow width and under forced colours, in headless Chromium with the real CSS:
// - 1.4.10 Reflow: at 320 CSS px nothing needs horizontal scrolling;
// - 2.4.7 / 2.4.11 Focus visible: every element reached with Tab shows a focus indicator, in normal colours and in
//   forced-colours mode (Windows high contrast), where box-shadows and background colours are dropped;
// - axe finds no violations under forced colours either.
import axe from "axe-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import { mount } from "./browser-mount.js";
import { allStories } from "./stories.js";
import "../dist/styles/tokens.css";
import "../src/base/base.css";

import.meta.glob("../src/components/*/*.css", { eager: true });

declare module "vitest/browser" {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

const REFLOW_WIDTH = 320;
const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]";

async function mountStory(Story: (typeof allStories)[number]["Story"]): Promise<HTMLElement> {
  // A focusable start point before the story, so the first Tab lands on the story's first element.
  const start = document.createElement("button");
  start.textContent = "Start";
  document.body.append(start);
  onTestFinished(() => start.remove());
  const { host } = await mount(<Story />, { lang: "de" });
  start.focus();
  return host;
}

/** Inside a box clipped away (`.dk-visually-hidden` and the like): read by screen readers, never shown. */
function visuallyHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (getComputedStyle(node).clipPath !== "none") return true;
  }
  return false;
}

/**
 * Inside a named, focusable scroll region (a wide data table): WCAG 1.4.10 exempts content that needs two dimensions,
 * and keyboard users can scroll the region. The region itself must still fit (it is checked as any element).
 */
function insideScrollRegion(element: Element, host: HTMLElement): boolean {
  for (let node = element.parentElement; node && host.contains(node); node = node.parentElement) {
    const { overflowX } = getComputedStyle(node);
    const scrolls = overflowX === "auto" || overflowX === "scroll";
    if (scrolls && node.matches('[tabindex="0"]:is([aria-labelledby], [aria-label])')) return true;
  }
  return false;
}

/** Elements inside `host` wider than the viewport or reaching past its right edge (what forces side-scrolling). */
function overflowing(host: HTMLElement): string[] {
  const limit = document.documentElement.clientWidth;
  return [host, ...host.querySelectorAll<HTMLElement>("*")]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.right > limit + 0.5 && !visuallyHidden(element) && !insideScrollRegion(element, host);
    })
    .map(
      (element) =>
        `${element.tagName.toLowerCase()}.${element.className} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`,
    );
}

function hasOutline(style: CSSStyleDeclaration, forced: boolean): boolean {
  if (style.outlineStyle === "none" || Number.parseFloat(style.outlineWidth) < 1) return false;
  // A transparent outline is the GOV.UK technique for forced colours: invisible normally, drawn in high contrast.
  return forced || style.outlineColor !== "rgba(0, 0, 0, 0)";
}

/**
 * Whether the focused element shows a focus indicator: its own outline; for visually hidden native radios and
 * checkboxes the outline of the box drawn by their label; in normal colours a focus background (GOV.UK links).
 */
function showsFocus(element: HTMLElement, forced: boolean): boolean {
  if (hasOutline(getComputedStyle(element), forced)) return true;
  const label = element.nextElementSibling;
  if (label instanceof HTMLLabelElement && hasOutline(getComputedStyle(label, "::before"), forced)) return true;
  const background = getComputedStyle(element).backgroundColor;
  return !forced && element.tagName === "A" && background !== "rgba(0, 0, 0, 0)";
}

/** Tabs through the story and names every focused element without a visible focus indicator. */
async function withoutFocusIndicator(host: HTMLElement, forced: boolean): Promise<string[]> {
  const missing: string[] = [];
  const limit = host.querySelectorAll(FOCUSABLE).length;
  for (let step = 0; step < limit; step += 1) {
    await userEvent.keyboard("{Tab}");
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || !host.contains(focused)) break;
    if (!showsFocus(focused, forced))
      missing.push(`${focused.tagName.toLowerCase()}#${focused.id}.${focused.className}`);
  }
  return missing;
}

describe(`every story at ${REFLOW_WIDTH} CSS px`, () => {
  beforeAll(async () => {
    await page.viewport(REFLOW_WIDTH, 720);
  });
  afterAll(async () => {
    await page.viewport(1280, 720);
  });

  it.each(allStories)("$name reflows without horizontal scrolling", async ({ Story }) => {
    const host = await mountStory(Story);
    expect(document.documentElement.clientWidth).toBe(REFLOW_WIDTH);
    expect(overflowing(host)).toEqual([]);
  });
});

describe("focus indicators in normal colours", () => {
  it.each(allStories)("$name shows focus on every element reached with Tab", async ({ Story }) => {
    expect(await withoutFocusIndicator(await mountStory(Story), false)).toEqual([]);
  });
});

describe("forced-colours mode (Windows high contrast)", () => {
  beforeAll(async () => {
    await commands.emulateForcedColors(true);
  });
  afterAll(async () => {
    await commands.emulateForcedColors(false);
  });

  it("is really active", () => {
    expect(matchMedia("(forced-colors: active)").matches).toBe(true);
  });

  it.each(allStories)("$name shows focus on every element reached with Tab", async ({ Story }) => {
    expect(await withoutFocusIndicator(await mountStory(Story), true)).toEqual([]);
  });

  it.each(allStories)("$name has no axe violations", async ({ Story }) => {
    const host = await mountStory(Story);
    const result = await axe.run(host, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  });
});
