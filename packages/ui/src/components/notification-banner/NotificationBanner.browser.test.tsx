// NotificationBanner and Alert in Chromium: focus on mount, keyboard access to links inside, the accessible names
// with the hidden variant prefix, live-region roles, and reflow at 320 px.
import { composeStories } from "@storybook/react-vite";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { computedColor, mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./alert.css";
import "./notification-banner.css";
import * as alertStories from "./Alert.stories.js";
import * as bannerStories from "./NotificationBanner.stories.js";

const banner = composeStories(bannerStories);
const alert = composeStories(alertStories);

describe("NotificationBanner in the browser", () => {
  it("is a region named by its title and is not focused without focusOnMount", async () => {
    await mount(<banner.Default />);
    await expect.element(page.getByRole("region", { name: "Wichtiger Hinweis" })).toBeVisible();
    expect(document.activeElement).toBe(document.body);
  });

  it("with focusOnMount takes focus, and Tab then reaches the link inside", async () => {
    await mount(<banner.SuccessWithFocus />);
    const region = page.getByRole("region", { name: "Erfolg" });
    await expect.poll(() => document.activeElement).toBe(region.element());
    await userEvent.tab();
    expect(document.activeElement).toBe(page.getByRole("link", { name: "Zur Übersicht Ihrer Anträge" }).element());
  });

  it("announced, it is an alert named by its title", async () => {
    await mount(<banner.SuccessAnnounced />);
    await expect.element(page.getByRole("alert", { name: "Erfolg" })).toBeVisible();
  });

  it("reflows at 320 px without horizontal scrolling", async () => {
    const { host } = await mount(<banner.LongText />, { width: "320px" });
    expect(host.scrollWidth).toBeLessThanOrEqual(320);
  });
});

describe("Alert in the browser", () => {
  it("names its variant in the heading, hidden from sight but read by screen readers", async () => {
    await mount(<alert.ErrorVariant />);
    const heading = page.getByRole("heading", { name: "Fehler: Zahlung fehlgeschlagen" });
    await expect.element(heading).toBeVisible();
    const prefix = heading.element().querySelector(".dk-visually-hidden");
    expect(prefix?.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it("keeps the text in the layout colour on the tinted background, the icon in the feedback colour", async () => {
    const { host } = await mount(<alert.Warning />);
    const box = host.querySelector(".dk-alert");
    const icon = host.querySelector(".dk-alert__icon");
    if (!box || !icon) throw new Error("alert not rendered");
    const style = getComputedStyle(box);
    const tokens = getComputedStyle(document.documentElement);
    const resolve = (name: string) => computedColor(tokens.getPropertyValue(name));
    expect(style.color).toBe(resolve("--dk-color-layout-text"));
    expect(style.backgroundColor).toBe(resolve("--dk-color-feedback-warning-background"));
    expect(getComputedStyle(icon).color).toBe(resolve("--dk-color-feedback-warning"));
  });

  it("a link inside is reached with Tab and shows the focus highlight", async () => {
    await mount(<alert.WithLink />);
    await userEvent.tab();
    const link = page.getByRole("link", { name: "Hundesteuersatzung" }).element();
    expect(document.activeElement).toBe(link);
    expect(link.matches(":focus-visible")).toBe(true);
    expect(getComputedStyle(link).backgroundColor).not.toBe("rgba(0, 0, 0, 0)");
  });

  it("announced, an error is an alert", async () => {
    await mount(<alert.Announced />);
    await expect.element(page.getByRole("alert")).toHaveTextContent("Fehler: Speichern fehlgeschlagen");
  });

  it("reflows at 320 px without horizontal scrolling", async () => {
    const { host } = await mount(<alert.LongText />, { width: "320px" });
    expect(host.scrollWidth).toBeLessThanOrEqual(320);
  });
});
