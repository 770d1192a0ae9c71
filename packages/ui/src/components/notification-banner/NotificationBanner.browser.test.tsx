// NotificationBanner and Alert in Chromium: focus on mount, keyboard access to links inside, the accessible names
// with the hidden variant prefix, live-region roles, and reflow at 320 px.
import { composeStories } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./alert.css";
import "./notification-banner.css";
import * as alertStories from "./Alert.stories.js";
import * as bannerStories from "./NotificationBanner.stories.js";

const banner = composeStories(bannerStories);
const alert = composeStories(alertStories);

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

describe("NotificationBanner in the browser", () => {
  it("is a region named by its title and is not focused without focusOnMount", async () => {
    mount(<banner.Default />);
    await expect.element(page.getByRole("region", { name: "Wichtiger Hinweis" })).toBeVisible();
    expect(document.activeElement).toBe(document.body);
  });

  it("with focusOnMount takes focus, and Tab then reaches the link inside", async () => {
    mount(<banner.SuccessWithFocus />);
    const region = page.getByRole("region", { name: "Erfolg" });
    await expect.poll(() => document.activeElement).toBe(region.element());
    await userEvent.tab();
    expect(document.activeElement).toBe(page.getByRole("link", { name: "Zur Übersicht Ihrer Anträge" }).element());
  });

  it("announced, it is an alert named by its title", async () => {
    mount(<banner.SuccessAnnounced />);
    await expect.element(page.getByRole("alert", { name: "Erfolg" })).toBeVisible();
  });

  it("reflows at 320 px without horizontal scrolling", () => {
    const host = mount(<banner.LongText />, "320px");
    expect(host.scrollWidth).toBeLessThanOrEqual(320);
  });
});

describe("Alert in the browser", () => {
  it("names its variant in the heading, hidden from sight but read by screen readers", async () => {
    mount(<alert.ErrorVariant />);
    const heading = page.getByRole("heading", { name: "Fehler: Zahlung fehlgeschlagen" });
    await expect.element(heading).toBeVisible();
    const prefix = heading.element().querySelector(".dk-visually-hidden");
    expect(prefix?.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it("keeps the text in the layout colour on the tinted background, the icon in the feedback colour", () => {
    const host = mount(<alert.Warning />);
    const box = host.querySelector(".dk-alert");
    const icon = host.querySelector(".dk-alert__icon");
    if (!box || !icon) throw new Error("alert not rendered");
    const style = getComputedStyle(box);
    const tokens = getComputedStyle(document.documentElement);
    const resolve = (name: string) => {
      const probe = document.createElement("span");
      probe.style.color = tokens.getPropertyValue(name);
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    expect(style.color).toBe(resolve("--dk-color-layout-text"));
    expect(style.backgroundColor).toBe(resolve("--dk-color-feedback-warning-background"));
    expect(getComputedStyle(icon).color).toBe(resolve("--dk-color-feedback-warning"));
  });

  it("a link inside is reached with Tab and shows the focus highlight", async () => {
    mount(<alert.WithLink />);
    await userEvent.tab();
    const link = page.getByRole("link", { name: "Hundesteuersatzung" }).element();
    expect(document.activeElement).toBe(link);
    expect(link.matches(":focus-visible")).toBe(true);
    expect(getComputedStyle(link).backgroundColor).not.toBe("rgba(0, 0, 0, 0)");
  });

  it("announced, an error is an alert", async () => {
    mount(<alert.Announced />);
    await expect.element(page.getByRole("alert")).toHaveTextContent("Fehler: Speichern fehlgeschlagen");
  });

  it("reflows at 320 px without horizontal scrolling", () => {
    const host = mount(<alert.LongText />, "320px");
    expect(host.scrollWidth).toBeLessThanOrEqual(320);
  });
});
