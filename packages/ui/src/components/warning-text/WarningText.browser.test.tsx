// WarningText in Chromium: the hidden prefix read with the text, the circled icon in the layout colours and framed
// in forced-colours mode, and reflow of a long warning at 320 px.
import { composeStories } from "@storybook/react-vite";
import { describe, expect, it } from "vitest";
import { commands, page } from "vitest/browser";
import { computedColor, mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./warning-text.css";
import * as stories from "./WarningText.stories.js";

declare module "vitest/browser" {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

const { Default, LongText } = composeStories(stories);

const icon = (host: HTMLElement) => host.querySelector(".dk-warning-text__icon") as HTMLElement;

describe("WarningText in the browser", () => {
  it("reads „Warnung:“ before the text, without showing it", async () => {
    const { host } = await mount(<Default />);
    const text = page.getByText(/^Warnung: Wenn Sie Ihren Hund/);
    await expect.element(text).toBeVisible();
    expect(page.getByText("Warnung:").element().getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(getComputedStyle(host.querySelector("strong") as HTMLElement).fontWeight).toBe("700");
  });

  it("draws the exclamation mark in a circle in the layout colours, beside the text", async () => {
    const { host } = await mount(<Default />);
    const style = getComputedStyle(icon(host));
    expect(style.backgroundColor).toBe(computedColor("var(--dk-color-layout-text)"));
    expect(style.color).toBe(computedColor("var(--dk-color-layout-background)"));
    expect(style.borderTopLeftRadius).toBe("50%");
    const box = icon(host).getBoundingClientRect();
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBe(box.width);
    expect((host.querySelector("strong") as HTMLElement).getBoundingClientRect().left).toBeGreaterThan(box.right);
  });

  it("frames the circle in forced-colours mode, where its background is dropped", async () => {
    const { host } = await mount(<Default />);
    await commands.emulateForcedColors(true);
    try {
      const style = getComputedStyle(icon(host));
      expect(style.borderTopColor).toBe(computedColor("CanvasText"));
      expect(style.borderTopStyle).toBe("solid");
      expect(Number.parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(1);
      expect(style.color).toBe(computedColor("CanvasText"));
    } finally {
      await commands.emulateForcedColors(false);
    }
  });

  it("wraps a long warning at 320 px without horizontal scrolling, the icon keeping its size", async () => {
    const { host } = await mount(<LongText />, { width: "320px" });
    expect(host.scrollWidth).toBeLessThanOrEqual(320);
    const box = icon(host).getBoundingClientRect();
    expect(box.height).toBe(box.width);
  });
});
