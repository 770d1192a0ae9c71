// Panel in Chromium: the heading, the colours from the action tokens, and reflow of long references at 320 px.
import { composeStories } from "@storybook/react-vite";
import { describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { computedColor, mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./panel.css";
import * as stories from "./Panel.stories.js";

const { Default, LongText } = composeStories(stories);

const tokenColor = (name: string) => computedColor(getComputedStyle(document.documentElement).getPropertyValue(name));

describe("Panel in the browser", () => {
  it("shows the h1 and the reference in the action colour pair", async () => {
    const { host } = await mount(<Default />);
    await expect.element(page.getByRole("heading", { level: 1, name: "Antrag eingegangen" })).toBeVisible();
    await expect.element(page.getByText("HDT-2026-004711")).toBeVisible();
    const panel = host.querySelector(".dk-panel");
    if (!panel) throw new Error("panel not rendered");
    expect(getComputedStyle(panel).backgroundColor).toBe(tokenColor("--dk-color-action-default"));
    expect(getComputedStyle(panel).color).toBe(tokenColor("--dk-color-action-text"));
  });

  it("wraps a long title and reference at 320 px without horizontal scrolling", async () => {
    const { host } = await mount(<LongText />, { width: "320px" });
    expect(host.scrollWidth).toBeLessThanOrEqual(320);
    const reference = host.querySelector("strong");
    expect(reference?.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });
});
