// Reflow, collapsing and keyboard access of Breadcrumbs in a real browser (Chromium), with the real CSS.
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../link/link.css";
import "./breadcrumbs.css";
import { manyItems, threeItems } from "./examples.js";
import { Breadcrumbs, type BreadcrumbsProps } from "./index.js";

async function mountAt(width: number, props: BreadcrumbsProps) {
  await page.viewport(width, 900);
  return mount(
    <>
      <button type="button">Vorher</button>
      <Breadcrumbs {...props} />
    </>,
    { lang: "de" },
  );
}

const shown = (element: Element) => element.getBoundingClientRect().width > 0;
const rightEdges = (host: HTMLElement) =>
  [...host.querySelectorAll("*")].map((element) => element.getBoundingClientRect().right);

describe("Breadcrumbs in the browser", () => {
  it("wraps many items onto several lines at 320 px, without horizontal scrolling", async () => {
    const { host } = await mountAt(320, { items: manyItems, current: "Bewohnerparkausweis" });
    const items = [...host.querySelectorAll(".dk-breadcrumbs__item")];
    expect(items).toHaveLength(8);
    expect(items.every(shown)).toBe(true);
    expect(new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size).toBeGreaterThan(2);
    expect(Math.max(...rightEdges(host))).toBeLessThanOrEqual(320);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it("breaks a title longer than the screen inside its item at 320 px", async () => {
    const { host } = await mountAt(320, {
      items: [
        { text: "Startseite", href: "/" },
        { text: "Kraftfahrzeugzulassungsbescheinigungsverlängerungsangelegenheiten", href: "/kfz" },
      ],
      current: "Straßenverkehrsbehördenzuständigkeitsverordnungsdurchführungshinweise",
    });
    expect(Math.max(...rightEdges(host))).toBeLessThanOrEqual(320);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it("makes every link and the current page at least 24 px high", async () => {
    const { host } = await mountAt(320, { items: manyItems, current: "Bewohnerparkausweis" });
    const targets = [...host.querySelectorAll(".dk-breadcrumbs__link, .dk-breadcrumbs__current")];
    expect(targets).toHaveLength(8);
    for (const target of targets) expect(target.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
  });

  it("collapsed on mobile shows only the parent below 40em, for screen readers too", async () => {
    const { host } = await mountAt(320, { items: manyItems, current: "Bewohnerparkausweis", collapseOnMobile: true });
    const visible = [...host.querySelectorAll(".dk-breadcrumbs__item")].filter(shown);
    expect(visible.map((item) => item.textContent)).toEqual(["Parken"]);
    const nav = page.getByRole("navigation", { name: "Brotkrumennavigation" });
    await expect.element(nav.getByRole("link")).toHaveAccessibleName("Parken");
    // The back-pointing chevron before the parent.
    const chevron = getComputedStyle(visible[0] as Element, "::before");
    expect(chevron.content).toBe('""');
    expect(chevron.transform).not.toBe("none");
    expect(Math.max(...rightEdges(host))).toBeLessThanOrEqual(320);
  });

  it("collapsed on mobile still shows the whole trail on a wide screen", async () => {
    const { host } = await mountAt(1024, { items: manyItems, current: "Bewohnerparkausweis", collapseOnMobile: true });
    expect([...host.querySelectorAll(".dk-breadcrumbs__item")].filter(shown)).toHaveLength(8);
    expect(page.getByRole("navigation").getByRole("link").elements()).toHaveLength(7);
  });

  it("draws the separators in CSS, so the accessible text holds only the titles", async () => {
    const { host } = await mountAt(1024, { items: threeItems });
    const [first, second] = host.querySelectorAll(".dk-breadcrumbs__item");
    expect(getComputedStyle(first as Element, "::before").content).toBe("none");
    expect(getComputedStyle(second as Element, "::before").content).toBe('""');
    expect(Number.parseFloat(getComputedStyle(second as Element, "::before").borderTopWidth)).toBeGreaterThan(0);
    await expect.element(page.getByRole("list")).toHaveTextContent(/^StartseiteBürgerserviceVerkehr und Mobilität$/);
  });

  it("is reached link by link with Tab, each with the focus highlight", async () => {
    const { host, find } = await mountAt(1024, { items: threeItems, current: "Bewohnerparken" });
    find<HTMLButtonElement>("button").focus();
    const reached: string[] = [];
    for (let step = 0; step < 3; step += 1) {
      await userEvent.tab();
      const focused = document.activeElement as HTMLElement;
      expect(host.contains(focused)).toBe(true);
      expect(getComputedStyle(focused).backgroundColor).not.toBe("rgba(0, 0, 0, 0)");
      reached.push(focused.textContent ?? "");
    }
    expect(reached).toEqual(["Startseite", "Bürgerservice", "Verkehr und Mobilität"]);
    await userEvent.tab();
    expect(host.contains(document.activeElement)).toBe(false);
  });
});
