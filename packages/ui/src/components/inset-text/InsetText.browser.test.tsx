// InsetText in Chromium: the thick start border that sets the text apart, visible in forced colours too, and
// reflow of long German compounds at 320 px.
import { composeStories } from "@storybook/react-vite";
import { describe, expect, it } from "vitest";
import { commands } from "vitest/browser";
import { computedColor, mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./inset-text.css";
import * as stories from "./InsetText.stories.js";

declare module "vitest/browser" {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

const { Default, LongText, WithParagraphs } = composeStories(stories);

const block = (host: HTMLElement) => host.querySelector(".dk-inset-text") as HTMLElement;

describe("InsetText in the browser", () => {
  it("has a thick border at its start and the text indented from it", async () => {
    const { host } = await mount(<Default />);
    const style = getComputedStyle(block(host));
    expect(style.borderLeftWidth).toBe("5px");
    expect(style.borderLeftStyle).toBe("solid");
    expect(style.borderLeftColor).toBe(computedColor("var(--dk-color-layout-border)"));
    expect(style.borderTopWidth).toBe("0px");
    expect(Number.parseFloat(style.paddingLeft)).toBeGreaterThan(0);
  });

  it("puts the border on the right in a right-to-left context", async () => {
    const { host } = await mount(<Default />, { style: { direction: "rtl" } });
    expect(getComputedStyle(block(host)).borderRightWidth).toBe("5px");
    expect(getComputedStyle(block(host)).borderLeftWidth).toBe("0px");
  });

  it("keeps the border in forced-colours mode", async () => {
    const { host } = await mount(<Default />);
    await commands.emulateForcedColors(true);
    try {
      const style = getComputedStyle(block(host));
      expect(style.borderLeftWidth).toBe("5px");
      expect(style.borderLeftColor).toBe(computedColor("CanvasText"));
    } finally {
      await commands.emulateForcedColors(false);
    }
  });

  it("trims the outer margins of paragraphs inside", async () => {
    const { host } = await mount(<WithParagraphs />);
    const paragraphs = block(host).querySelectorAll("p");
    expect(getComputedStyle(paragraphs[0] as HTMLElement).marginTop).toBe("0px");
    expect(getComputedStyle(paragraphs[1] as HTMLElement).marginBottom).toBe("0px");
  });

  it("wraps long text at 320 px without horizontal scrolling", async () => {
    const { host } = await mount(<LongText />, { width: "320px" });
    expect(host.scrollWidth).toBeLessThanOrEqual(320);
  });
});
