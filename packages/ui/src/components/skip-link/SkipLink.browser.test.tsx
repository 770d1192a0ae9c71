// SkipLink in a real browser (Chromium) with the real CSS: hidden until the first Tab, then visible; Enter moves
// focus to the main content, and the next Tab continues from there.
import { describe, expect, it, onTestFinished } from "vitest";
import { userEvent } from "vitest/browser";
import { computedColor, mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./skip-link.css";
import { SkipLink } from "./index.js";

const isShown = (element: HTMLElement) =>
  element.getBoundingClientRect().width > 1 && getComputedStyle(element).clipPath === "none";

/** A page as apps build it: the skip link first, then a header with links, then the main content. */
async function mountPage(locale?: "en") {
  // Following the link sets the frame's URL fragment; put it back for the next test.
  const url = location.href;
  onTestFinished(() => history.replaceState(null, "", url));
  const mounted = await mount(
    <>
      <SkipLink locale={locale} />
      <header>
        <a href="/">Stadt Fulda</a>
        <a href="/leistungen">Leistungen</a>
      </header>
      <main id="inhalt" tabIndex={-1}>
        <h1>Bewohnerparkausweis</h1>
        <a href="/antrag">Antrag stellen</a>
      </main>
    </>,
    { lang: "de" },
  );
  (document.activeElement as HTMLElement | null)?.blur();
  return mounted;
}

describe("SkipLink in the browser", () => {
  it("is hidden until the first Tab of the page focuses it, then shown in the focus colours", async () => {
    const { find } = await mountPage();
    const link = find<HTMLAnchorElement>(".dk-skip-link");
    expect(isShown(link)).toBe(false);
    await userEvent.tab();
    expect(document.activeElement).toBe(link);
    expect(isShown(link)).toBe(true);
    expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    const style = getComputedStyle(link);
    expect(style.backgroundColor).toBe(computedColor("var(--dk-color-focus-background)"));
    expect(style.color).toBe(computedColor("var(--dk-color-focus-text)"));
    expect(style.outlineStyle).toBe("solid");
    // Hidden again once focus moves on.
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe("Stadt Fulda");
    expect(isShown(link)).toBe(false);
  });

  it("moves focus to the main content with Enter; the next Tab continues there", async () => {
    const { find } = await mountPage();
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe("Zum Inhalt springen");
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => document.activeElement).toBe(find("main"));
    expect(location.hash).toBe("#inhalt");
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe("Antrag stellen");
  });

  it("says „Skip to main content“ in English", async () => {
    const { find } = await mountPage("en");
    await userEvent.tab();
    expect(document.activeElement).toBe(find(".dk-skip-link"));
    expect(document.activeElement?.textContent).toBe("Skip to main content");
  });
});
