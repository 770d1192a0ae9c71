// Keyboard, focus, the marker and reflow of Details in a real browser (Chromium), with the real CSS; and the server
// HTML working before hydration.
import { composeStories } from "@storybook/react-vite";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { mount, serverRender } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./details.css";
import * as stories from "./Details.stories.js";

const { Default, LongText, Controlled } = composeStories(stories);

function markerShape(summary: HTMLElement): string {
  return getComputedStyle(summary, "::before").clipPath;
}

describe("Details in the browser", () => {
  it("Tab reaches the summary with a visible outline; Enter and Space open and close it", async () => {
    const { find } = await mount(
      <>
        <button type="button">Vorher</button>
        <Default />
      </>,
    );
    const details = find<HTMLDetailsElement>("details");
    const summary = find("summary");
    find("button").focus();
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(summary);
    const style = getComputedStyle(summary);
    expect(style.outlineStyle).toBe("solid");
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    const closedMarker = markerShape(summary);
    await userEvent.keyboard("{Enter}");
    expect(details.open).toBe(true);
    expect(markerShape(summary)).not.toBe(closedMarker);
    await expect.element(page.getByText(/Die 11-stellige Steuer-Identifikationsnummer/)).toBeVisible();
    await userEvent.keyboard(" ");
    expect(details.open).toBe(false);
    expect(markerShape(summary)).toBe(closedMarker);
    await expect.element(page.getByText(/Die 11-stellige Steuer-Identifikationsnummer/)).not.toBeVisible();
  });

  it("has a summary line at least 24 px high and wraps long text at 320 px", async () => {
    await page.viewport(320, 720);
    try {
      const { find } = await mount(<LongText defaultOpen />);
      const summary = find("summary");
      expect(summary.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
      expect(summary.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      const details = find("details");
      expect(details.scrollWidth).toBeLessThanOrEqual(details.clientWidth);
      expect(find(".dk-details__text").getBoundingClientRect().right).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 720);
    }
  });

  it("works from the server HTML before hydration, and keeps the state the user chose", async () => {
    const { find, hydrate } = serverRender(<Default />);
    const details = find<HTMLDetailsElement>("details");
    await userEvent.click(find("summary"));
    expect(details.open).toBe(true);
    await hydrate();
    expect(details.open).toBe(true);
    await userEvent.click(find("summary"));
    expect(details.open).toBe(false);
  });

  it("reports toggles to a controlled parent", async () => {
    const { find, host } = await mount(<Controlled />);
    expect(host.textContent).toContain("Status: geschlossen");
    await userEvent.click(find("summary"));
    await expect.poll(() => host.textContent).toContain("Status: geöffnet");
    expect(find<HTMLDetailsElement>("details").open).toBe(true);
  });
});
