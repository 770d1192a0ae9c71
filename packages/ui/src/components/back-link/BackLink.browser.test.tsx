// Target size, focus highlight and plain-link behaviour of BackLink in a real browser (Chromium), with the real CSS.
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { computedColor, mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./back-link.css";
import { BackLink } from "./index.js";

afterEach(() => {
  history.replaceState(null, "", location.pathname + location.search);
});

describe("BackLink in the browser", () => {
  it.each([
    ["de", "Zurück"],
    ["en", "Back"],
  ] as const)("is a target of at least 24 × 24 px (%s)", async (locale, name) => {
    await page.viewport(1024, 720);
    const { find } = await mount(<BackLink href="/antrag" locale={locale} />, { lang: locale });
    await expect.element(page.getByRole("link", { name, exact: true })).toBeInTheDocument();
    const box = find("a").getBoundingClientRect();
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.width).toBeGreaterThanOrEqual(24);
  });

  it("draws the chevron in CSS, outside the accessible name", async () => {
    const { find } = await mount(<BackLink href="/antrag" />, { lang: "de" });
    await expect.element(page.getByRole("link")).toHaveAccessibleName("Zurück");
    const chevron = getComputedStyle(find("a"), "::before");
    expect(chevron.content).toBe('""');
    expect(Number.parseFloat(chevron.borderTopWidth)).toBeGreaterThan(0);
    expect(Number.parseFloat(chevron.borderLeftWidth)).toBeGreaterThan(0);
  });

  it("is reached with Tab, shows the yellow focus highlight, and Enter follows its href without JavaScript", async () => {
    const { find } = await mount(
      <>
        <button type="button">Vorher</button>
        <BackLink href="#frage-1" />
        <h2 id="frage-1">Frage 1</h2>
      </>,
      { lang: "de" },
    );
    find<HTMLButtonElement>("button").focus();
    await userEvent.tab();
    const link = find<HTMLAnchorElement>("a");
    expect(document.activeElement).toBe(link);
    const style = getComputedStyle(link);
    expect(style.backgroundColor).toBe(computedColor("var(--dk-color-focus-background)"));
    expect(style.color).toBe(computedColor("var(--dk-color-focus-text)"));
    await userEvent.keyboard("{Enter}");
    expect(location.hash).toBe("#frage-1");
  });

  it("keeps a long text within 320 px", async () => {
    await page.viewport(320, 720);
    const { find } = await mount(
      <BackLink href="/leistungen">
        Zurück zur Kraftfahrzeugzulassungsbescheinigungsverlängerungsübersicht der Straßenverkehrsbehörde
      </BackLink>,
      { lang: "de" },
    );
    expect(find("a").getBoundingClientRect().right).toBeLessThanOrEqual(320);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });
});
