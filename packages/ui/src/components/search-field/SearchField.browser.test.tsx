// Keyboard submission, names, target sizes and reflow of SearchField in a real browser (Chromium), with the real CSS.
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./search-field.css";
import { SearchField } from "./index.js";

/** Mounts a search whose submissions are recorded instead of leaving the page. */
async function mountSearch(width?: string) {
  const submitted: Array<[string, FormDataEntryValue][]> = [];
  const mounted = await mount(
    <>
      <button type="button">Vorher</button>
      <SearchField
        id="suche"
        action="/suche"
        label="Leistungen durchsuchen"
        formProps={{
          onSubmit: (event) => {
            event.preventDefault();
            submitted.push([...new FormData(event.currentTarget)]);
          },
        }}
      />
    </>,
    { lang: "de", ...(width === undefined ? {} : { width }) },
  );
  return { ...mounted, submitted };
}

describe("SearchField in the browser", () => {
  it("is a search landmark with a labelled search box and a button named „Suchen“", async () => {
    await mountSearch();
    await expect.element(page.getByRole("search", { name: "Leistungen durchsuchen" })).toBeInTheDocument();
    await expect.element(page.getByRole("searchbox", { name: "Leistungen durchsuchen" })).toBeInTheDocument();
    await expect.element(page.getByRole("button", { name: "Suchen", exact: true })).toBeInTheDocument();
  });

  it("submits the query with Enter in the input, and with Enter or Space on the button", async () => {
    const { find, submitted } = await mountSearch();
    find<HTMLButtonElement>("button").focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(find("input"));
    await userEvent.keyboard("Hundesteuer{Enter}");
    await userEvent.tab();
    expect(document.activeElement).toBe(find(".dk-search-field__button"));
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard(" ");
    expect(submitted).toEqual([[["q", "Hundesteuer"]], [["q", "Hundesteuer"]], [["q", "Hundesteuer"]]]);
  });

  it("shows the focus outline on the input and the button, and keeps both at least 44 px high", async () => {
    const { find } = await mountSearch("30rem");
    const input = find<HTMLInputElement>("input");
    const button = find<HTMLButtonElement>(".dk-search-field__button");
    for (const element of [input, button]) {
      const box = element.getBoundingClientRect();
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    expect(button.getBoundingClientRect().width).toBeGreaterThanOrEqual(44);
    find<HTMLButtonElement>("button").focus();
    await userEvent.tab();
    expect(getComputedStyle(input).outlineStyle).toBe("solid");
    await userEvent.tab();
    expect(getComputedStyle(button).outlineStyle).toBe("solid");
    expect(Number.parseFloat(getComputedStyle(button).outlineWidth)).toBeGreaterThanOrEqual(3);
  });

  it("keeps input and button side by side in 320 px without horizontal scrolling", async () => {
    await page.viewport(320, 720);
    try {
      const { find } = await mountSearch("320px");
      const form = find(".dk-search-field");
      expect(form.scrollWidth).toBeLessThanOrEqual(320);
      const input = find("input").getBoundingClientRect();
      const button = find(".dk-search-field__button").getBoundingClientRect();
      expect(Math.round(input.top)).toBe(Math.round(button.top));
      expect(button.right).toBeLessThanOrEqual(320.5);
      expect(input.width).toBeGreaterThan(150);
    } finally {
      await page.viewport(1024, 768);
    }
  });
});
