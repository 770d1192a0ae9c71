// ProgressBar in Chromium: the native progressbar's name and value, the polite announcements at step boundaries
// only (through real clicks in the Live story and through re-renders), the indeterminate stripes that stand still
// under prefers-reduced-motion, forced colours and reflow at 320 px.
import { composeStories } from "@storybook/react-vite";
import { afterEach, describe, expect, it } from "vitest";
import { cdp, commands, page, userEvent } from "vitest/browser";
import { computedColor, mount, serverRender } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../button/button.css";
import "./progress-bar.css";
import { ProgressBar } from "./ProgressBar.js";
import * as stories from "./ProgressBar.stories.js";

declare module "vitest/browser" {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

const { Files, Indeterminate, Live, LongText, Partial } = composeStories(stories);

async function emulateReducedMotion(reduce: boolean) {
  await cdp().send("Emulation.setEmulatedMedia", {
    features: [{ name: "prefers-reduced-motion", value: reduce ? "reduce" : "" }],
  });
}

afterEach(async () => {
  await emulateReducedMotion(false);
});

/** The colour of the screenshot pixel at `x` (0–1 of the width) on the middle line of `element`, as `rgb(…)`. */
async function pixelAt(element: HTMLElement, x: number): Promise<string> {
  const png = await page.screenshot({ element, base64: true, save: false });
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no canvas");
  context.drawImage(image, 0, 0);
  const [red, green, blue] = context.getImageData(
    Math.floor(image.naturalWidth * x),
    Math.floor(image.naturalHeight / 2),
    1,
    1,
  ).data;
  return `rgb(${red}, ${green}, ${blue})`;
}

const liveRegion = (host: HTMLElement) => host.querySelector('[aria-live="polite"]') as HTMLElement;
const bar = (host: HTMLElement) => host.querySelector("progress") as HTMLProgressElement;

describe("ProgressBar in the browser", () => {
  it("is a progressbar named by its label, with its value in words", async () => {
    const { host } = await mount(<Files />);
    const progressbar = page.getByRole("progressbar", { name: "Dateien hochladen" });
    await expect.element(progressbar).toBeVisible();
    await expect.element(progressbar).toHaveAttribute("aria-valuetext", "3 von 5 Dateien hochgeladen");
    expect(bar(host).position).toBeCloseTo(0.6);
    await expect.element(page.getByText("3 von 5 Dateien hochgeladen")).toBeVisible();
    // The announcement region is there from the start, empty and not shown.
    expect(liveRegion(host).textContent).toBe("");
    expect(liveRegion(host).getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it("fills the bar in proportion to the value, in the action colour", async () => {
    const { host } = await mount(<Partial />);
    // 40 %: the fill covers the start, the track the rest.
    expect(await pixelAt(bar(host), 0.2)).toBe(computedColor("var(--dk-color-action-default)"));
    expect(await pixelAt(bar(host), 0.8)).toBe(computedColor("var(--dk-color-layout-background)"));
    expect(getComputedStyle(bar(host)).borderTopColor).toBe(computedColor("var(--dk-color-form-border)"));
  });

  it("updates the live text at the step boundaries only, as the user's action moves the value", async () => {
    const { host } = await mount(<Live />);
    const next = page.getByRole("button", { name: "Nächste Datei" });
    const heard: string[] = [];
    for (let file = 1; file <= 8; file += 1) {
      await userEvent.click(next);
      await expect
        .element(page.getByRole("progressbar", { name: "Dateien hochladen" }))
        .toHaveAttribute("aria-valuetext", `${file} von 8 Dateien hochgeladen`);
      heard.push(liveRegion(host).textContent ?? "");
    }
    // Every 25 %: after the 2nd, 4th, 6th and 8th file.
    expect(heard).toEqual([
      "",
      "2 von 8 Dateien hochgeladen",
      "2 von 8 Dateien hochgeladen",
      "4 von 8 Dateien hochgeladen",
      "4 von 8 Dateien hochgeladen",
      "6 von 8 Dateien hochgeladen",
      "6 von 8 Dateien hochgeladen",
      "8 von 8 Dateien hochgeladen",
    ]);
    expect(bar(host).value).toBe(8);
  });

  it("announces every 10 % by default, not every change", async () => {
    const { host, rerender } = await mount(<ProgressBar id="p" label="Hochladen" value={0} />);
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(liveRegion(host).textContent ?? ""));
    observer.observe(liveRegion(host), { childList: true, characterData: true, subtree: true });
    for (let value = 1; value <= 100; value += 1) {
      await rerender(<ProgressBar id="p" label="Hochladen" value={value} />);
    }
    observer.disconnect();
    expect([...new Set(changes)]).toEqual(
      [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((percent) => `${percent}\u00a0% abgeschlossen`),
    );
  });

  it("comes from the server complete and silent; after hydration the next step is announced", async () => {
    const element = (value: number) => <ProgressBar id="srv" label="Antrag wird übertragen" value={value} />;
    const { host, hydrate } = serverRender(element(30));
    expect(bar(host).value).toBe(30);
    expect(host.textContent).toContain("30\u00a0% abgeschlossen");
    expect(liveRegion(host).textContent).toBe("");
    const { rerender } = await hydrate();
    expect(liveRegion(host).textContent).toBe("");
    await rerender(element(35));
    expect(liveRegion(host).textContent).toBe("");
    await rerender(element(40));
    expect(liveRegion(host).textContent).toBe("40\u00a0% abgeschlossen");
  });

  it("moves the stripes while indeterminate, and stops them under prefers-reduced-motion", async () => {
    const { host } = await mount(<Indeterminate />);
    expect(bar(host).matches(":indeterminate")).toBe(true);
    expect(getComputedStyle(bar(host)).animationName).toBe("dk-progress-bar-stripes");
    expect(getComputedStyle(bar(host)).backgroundImage).toContain("repeating-linear-gradient");
    await emulateReducedMotion(true);
    expect(getComputedStyle(bar(host)).animationName).toBe("none");
    // Still striped: a static sign that the amount is unknown.
    expect(getComputedStyle(bar(host)).backgroundImage).toContain("repeating-linear-gradient");
  });

  it("draws outline and fill in system colours in forced-colours mode", async () => {
    const { host } = await mount(<Partial />);
    await commands.emulateForcedColors(true);
    try {
      expect(matchMedia("(forced-colors: active)").matches).toBe(true);
      const style = getComputedStyle(bar(host));
      expect(style.forcedColorAdjust).toBe("none");
      expect(style.borderTopColor).toBe(computedColor("CanvasText"));
      expect(style.borderTopWidth).toBe("2px");
      // The fill (a background, which forced colours would drop) stays visible against the track.
      expect(await pixelAt(bar(host), 0.2)).toBe(computedColor("CanvasText"));
      expect(await pixelAt(bar(host), 0.8)).toBe(computedColor("Canvas"));
      expect(bar(host).getBoundingClientRect().height).toBeGreaterThan(10);
      // Indeterminate: the stripes (a gradient, which forced colours would remove) stay, in system colours.
      const { host: other } = await mount(<Indeterminate />);
      expect(getComputedStyle(bar(other)).backgroundImage).toContain("repeating-linear-gradient");
      expect(getComputedStyle(bar(other)).backgroundImage).toContain(computedColor("CanvasText"));
    } finally {
      await commands.emulateForcedColors(false);
    }
  });

  it("wraps long label and value text at 320 px without horizontal scrolling", async () => {
    const { host } = await mount(<LongText />, { width: "320px" });
    expect(host.scrollWidth).toBeLessThanOrEqual(320);
    expect(bar(host).getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });
});
