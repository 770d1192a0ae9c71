// Spinner in Chromium: the status live region, the visually hidden or shown text, the rotation that stops under
// prefers-reduced-motion (emulated through the Chrome DevTools Protocol), forced colours and reflow at 320 px.
import { composeStories } from "@storybook/react-vite";
import { afterEach, describe, expect, it } from "vitest";
import { cdp, commands, page } from "vitest/browser";
import { computedColor, mount, serverRender } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./spinner.css";
import { Spinner } from "./Spinner.js";
import * as stories from "./Spinner.stories.js";

declare module "vitest/browser" {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

const { Default, WithVisibleText, LongText } = composeStories(stories);

/** Sets the user's reduced-motion preference for the page, as the system setting would. */
async function emulateReducedMotion(reduce: boolean) {
  await cdp().send("Emulation.setEmulatedMedia", {
    features: [{ name: "prefers-reduced-motion", value: reduce ? "reduce" : "" }],
  });
}

afterEach(async () => {
  await emulateReducedMotion(false);
});

const icon = (host: HTMLElement) => host.querySelector(".dk-spinner__icon") as HTMLElement;

describe("Spinner in the browser", () => {
  it("is a status region whose text is read, not shown", async () => {
    await mount(<Default />);
    const status = page.getByRole("status");
    await expect.element(status).toHaveTextContent("Wird geladen …");
    const text = page.getByText("Wird geladen …").element();
    expect(text.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it("shows the text next to the ring with showLabel", async () => {
    const { host } = await mount(<WithVisibleText />);
    await expect.element(page.getByText("Wird geladen …")).toBeVisible();
    const ring = icon(host).getBoundingClientRect();
    const text = page.getByText("Wird geladen …").element().getBoundingClientRect();
    expect(ring.width).toBeGreaterThanOrEqual(24);
    expect(text.left).toBeGreaterThan(ring.right);
  });

  it("rotates the ring, and stops it under prefers-reduced-motion while still showing it", async () => {
    const { host } = await mount(<Default />);
    expect(getComputedStyle(icon(host)).animationName).toBe("dk-spinner-rotate");
    expect(getComputedStyle(icon(host)).animationIterationCount).toBe("infinite");

    await emulateReducedMotion(true);
    expect(matchMedia("(prefers-reduced-motion: reduce)").matches).toBe(true);
    const style = getComputedStyle(icon(host));
    expect(style.animationName).toBe("none");
    // A static ring with its coloured arc stays as the sign of loading.
    expect(icon(host).getBoundingClientRect().width).toBeGreaterThan(0);
    expect(style.borderTopColor).toBe(computedColor("var(--dk-color-action-default)"));
    expect(style.borderRightColor).toBe(computedColor("var(--dk-color-layout-border)"));

    await emulateReducedMotion(false);
    expect(getComputedStyle(icon(host)).animationName).toBe("dk-spinner-rotate");
  });

  it("keeps the arc apart from the track in forced-colours mode", async () => {
    const { host } = await mount(<Default />);
    await commands.emulateForcedColors(true);
    try {
      expect(matchMedia("(forced-colors: active)").matches).toBe(true);
      const style = getComputedStyle(icon(host));
      expect(icon(host).getBoundingClientRect().width).toBeGreaterThan(0);
      expect(style.borderTopColor).toBe(computedColor("CanvasText"));
      expect(style.borderRightColor).toBe(computedColor("GrayText"));
      expect(style.borderTopColor).not.toBe(style.borderRightColor);
    } finally {
      await commands.emulateForcedColors(false);
    }
  });

  it("announces loading in the status region that was already there", async () => {
    const { host, rerender } = await mount(<Spinner loading={false} label="Suchergebnisse werden geladen …" />);
    const status = page.getByRole("status").element();
    expect(status.textContent).toBe("");
    expect(status.getBoundingClientRect().height).toBe(0);
    await rerender(<Spinner loading label="Suchergebnisse werden geladen …" />);
    expect(host.querySelector('[role="status"]')).toBe(status);
    await expect.element(page.getByRole("status")).toHaveTextContent("Suchergebnisse werden geladen …");
  });

  it("comes from the server as an empty status region that hydration keeps and loading fills", async () => {
    const { host, hydrate } = serverRender(<Spinner loading={false} />);
    const status = host.querySelector('[role="status"]');
    expect(status?.textContent).toBe("");
    const { rerender } = await hydrate();
    await rerender(<Spinner loading />);
    expect(host.querySelector('[role="status"]')).toBe(status);
    expect(status?.textContent).toBe("Wird geladen …");
  });

  it("wraps a long visible text at 320 px without horizontal scrolling", async () => {
    const { host } = await mount(<LongText />, { width: "320px" });
    expect(host.scrollWidth).toBeLessThanOrEqual(320);
    // The ring keeps its size beside the wrapped text.
    expect(icon(host).getBoundingClientRect().width).toBeGreaterThanOrEqual(24);
  });
});
