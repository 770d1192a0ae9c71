// Panel in Chromium: the heading, the colours from the action tokens, and reflow of long references at 320 px.
import { composeStories } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./panel.css";
import * as stories from "./Panel.stories.js";

const { Default, LongText } = composeStories(stories);

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

function mount(element: ReactNode, width?: string) {
  const host = document.createElement("div");
  host.className = "dk-template";
  if (width) host.style.inlineSize = width;
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(element));
  unmount = () => {
    root.unmount();
    host.remove();
  };
  return host;
}

function tokenColor(name: string): string {
  const probe = document.createElement("span");
  probe.style.color = getComputedStyle(document.documentElement).getPropertyValue(name);
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe("Panel in the browser", () => {
  it("shows the h1 and the reference in the action colour pair", async () => {
    const host = mount(<Default />);
    await expect.element(page.getByRole("heading", { level: 1, name: "Antrag eingegangen" })).toBeVisible();
    await expect.element(page.getByText("HDT-2026-004711")).toBeVisible();
    const panel = host.querySelector(".dk-panel");
    if (!panel) throw new Error("panel not rendered");
    expect(getComputedStyle(panel).backgroundColor).toBe(tokenColor("--dk-color-action-default"));
    expect(getComputedStyle(panel).color).toBe(tokenColor("--dk-color-action-text"));
  });

  it("wraps a long title and reference at 320 px without horizontal scrolling", () => {
    const host = mount(<LongText />, "320px");
    expect(host.scrollWidth).toBeLessThanOrEqual(320);
    const reference = host.querySelector("strong");
    expect(reference?.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });
});
