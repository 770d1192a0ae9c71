// LanguageSwitch in a real browser (Chromium) with the real CSS: the accessible names with their languages, the
// keyboard path past the current version, the focus highlight and the wrapping in a narrow container.
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { computedColor, mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../link/link.css";
import "./language-switch.css";
import { LanguageSwitch } from "./index.js";

const links = { de: "/parken", en: "/en/parking", leichteSprache: "/ls/parken" };

describe("LanguageSwitch in the browser", () => {
  it("tabs past the current version to the other languages, each showing the focus highlight", async () => {
    const { find } = await mount(
      <>
        <button type="button">Vorher</button>
        <LanguageSwitch current="de" links={links} />
      </>,
      { lang: "de" },
    );
    const nav = page.getByRole("navigation", { name: "Sprache wählen" });
    await expect.element(nav.getByRole("link", { name: "English", exact: true })).toHaveAttribute("lang", "en");
    await expect.element(nav.getByRole("link", { name: "Leichte Sprache" })).toHaveAttribute("hreflang", "de");
    await expect.element(nav.getByRole("link", { name: "Deutsch" })).not.toBeInTheDocument();
    find<HTMLButtonElement>("button").focus();
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe("English");
    const style = getComputedStyle(document.activeElement as HTMLElement);
    expect(style.backgroundColor).toBe(computedColor("var(--dk-color-focus-background)"));
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe("Leichte Sprache");
    const current = getComputedStyle(find('[aria-current="true"]'));
    expect(Number(current.fontWeight)).toBeGreaterThanOrEqual(700);
  });

  it("gives every entry a target of at least 24 px and wraps in a narrow container", async () => {
    const { host } = await mount(<LanguageSwitch locale="en" current="en" links={links} />, {
      width: "10rem",
      lang: "en",
    });
    const entries = [...host.querySelectorAll<HTMLElement>(".dk-language-switch__item > *")];
    expect(entries.map((entry) => entry.textContent)).toEqual(["Deutsch", "English", "Easy Read (German)"]);
    for (const entry of entries) expect(entry.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    expect(host.scrollWidth).toBeLessThanOrEqual(host.clientWidth);
    const tops = new Set(entries.map((entry) => Math.round(entry.getBoundingClientRect().top)));
    expect(tops.size).toBeGreaterThan(1);
  });
});
