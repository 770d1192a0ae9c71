// Reflow, target size, width and keyboard access of Footer in a real browser (Chromium), with the real CSS.
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../link/link.css";
import "../page-layout/page-layout.css";
import "./footer.css";
import { exampleBrands } from "../header/examples.js";
import { Footer, type FooterProps } from "./index.js";

async function mountAt(width: number, props: FooterProps) {
  await page.viewport(width, 900);
  return mount(
    <>
      <button type="button">Vorher</button>
      <Footer {...props} />
    </>,
    { lang: "de" },
  );
}

const rightEdges = (host: HTMLElement) =>
  [...host.querySelectorAll("*")].map((element) => element.getBoundingClientRect().right);

const longFooter: FooterProps = {
  brand: { ...exampleBrands.limburg, name: "Magistrat der Kreisstadt Limburg an der Lahn, Fachdienst Bürgerservice" },
  year: 2026,
  moreLinks: [{ text: "Kraftfahrzeugzulassungsbescheinigungsangelegenheiten", href: "/kfz" }],
  children: (
    <p>
      Straßenverkehrsbehördenzuständigkeitsverordnung: Terminvereinbarung ausschließlich online über das
      Onlineterminvergabesystem.
    </p>
  ),
};

describe("Footer in the browser", () => {
  it("reflows at 320 px: links wrap onto several lines, nothing needs horizontal scrolling", async () => {
    const { host } = await mountAt(320, longFooter);
    const items = [...host.querySelectorAll(".dk-footer__item")];
    expect(items).toHaveLength(7);
    expect(new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size).toBeGreaterThan(2);
    expect(Math.max(...rightEdges(host))).toBeLessThanOrEqual(320);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    await expect.element(page.getByText("© 2026 Magistrat der Kreisstadt Limburg", { exact: false })).toBeVisible();
  });

  it("makes every link at least 24 px high", async () => {
    const { host } = await mountAt(320, { brand: exampleBrands.giessen });
    const links = [...host.querySelectorAll(".dk-footer__link")];
    expect(links).toHaveLength(6);
    for (const link of links) expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
  });

  it("spans the page with its background and keeps its content in the width container", async () => {
    const { find } = await mountAt(1280, { brand: exampleBrands.giessen, year: 2026 });
    const footer = find("footer").getBoundingClientRect();
    const container = find(".dk-footer__container").getBoundingClientRect();
    expect(footer.width).toBe(1280);
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(container.width).toBeCloseTo(60 * rem + 2 * 2 * rem, 0);
    expect(container.left).toBeCloseTo(1280 - container.right, 0);
  });

  it("is reached link by link with Tab in the order of the links, each with the focus highlight", async () => {
    const { host, find } = await mountAt(1024, { brand: exampleBrands.marburg, year: 2026 });
    await expect
      .element(page.getByRole("contentinfo").getByRole("navigation", { name: "Rechtliches und Service" }))
      .toBeVisible();
    find<HTMLButtonElement>("button").focus();
    const reached: string[] = [];
    for (let step = 0; step < 6; step += 1) {
      await userEvent.tab();
      const focused = document.activeElement as HTMLElement;
      expect(host.contains(focused)).toBe(true);
      expect(getComputedStyle(focused).backgroundColor).not.toBe("rgba(0, 0, 0, 0)");
      reached.push(focused.textContent ?? "");
    }
    expect(reached).toEqual([
      "Impressum",
      "Datenschutz",
      "Erklärung zur Barrierefreiheit",
      "Leichte Sprache",
      "Gebärdensprache",
      "Kontakt",
    ]);
  });
});
