// The collapsing navigation of Header (server HTML, hydration, keyboard), its layout at narrow and wide widths and its
// focus styles, in a real browser (Chromium) with the real CSS.
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { computedColor, mount, serverRender } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../../dist/themes/giessen.css";
import "../../base/base.css";
import "../link/link.css";
import "../language-switch/language-switch.css";
import "./header.css";
import { LanguageSwitch } from "../language-switch/index.js";
import { exampleBrands } from "./examples.js";
import { Header, type HeaderNavigationItem } from "./index.js";

const navigation: HeaderNavigationItem[] = [
  { href: "/leistungen", text: "Leistungen" },
  { href: "/termine", text: "Termin buchen", current: true },
  { href: "/konto", text: "Mein Konto" },
];

const frame = (
  <>
    <Header
      brand={exampleBrands.giessen}
      serviceName="Bewohnerparkausweis"
      serviceHref="/parken"
      navigation={navigation}
      actions={<LanguageSwitch current="de" links={{ en: "/en", leichteSprache: "/ls" }} />}
    />
    <button type="button">Danach</button>
  </>
);

const isShown = (element: Element) => element.getBoundingClientRect().width > 0;
const focusedText = () => document.activeElement?.textContent;
const navLinks = (host: HTMLElement) => [...host.querySelectorAll<HTMLAnchorElement>(".dk-header__link")];

async function tabs(count: number): Promise<Array<string | null | undefined>> {
  const reached: Array<string | null | undefined> = [];
  for (let step = 0; step < count; step += 1) {
    await userEvent.tab();
    reached.push(focusedText());
  }
  return reached;
}

describe("Header in the browser", () => {
  it("collapses the navigation behind „Menü“ at 320 px; Enter and Space toggle it, focus order follows", async () => {
    await page.viewport(1280, 900);
    const { host, find } = await mount(frame, { width: "320px", lang: "de", theme: "giessen" });
    const button = find<HTMLButtonElement>(".dk-header__toggle");
    const list = find(".dk-header__list");
    expect(isShown(button)).toBe(true);
    expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(isShown(list)).toBe(false);
    expect(host.scrollWidth).toBeLessThanOrEqual(320);

    find<HTMLAnchorElement>(".dk-header__home").focus();
    expect(await tabs(4)).toEqual(["English", "Leichte Sprache", "Bewohnerparkausweis", "Menü"]);
    expect(document.activeElement).toBe(button);

    await userEvent.keyboard("{Enter}");
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(isShown(list)).toBe(true);
    expect(navLinks(host).every(isShown)).toBe(true);
    // Stacked below each other on a narrow screen.
    const lefts = new Set(navLinks(host).map((link) => Math.round(link.getBoundingClientRect().left)));
    expect(lefts.size).toBe(1);
    expect(await tabs(3)).toEqual(["Leistungen", "Termin buchen", "Mein Konto"]);

    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(button);
    await userEvent.keyboard(" ");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(isShown(list)).toBe(false);
    expect(await tabs(1)).toEqual(["Danach"]);
  });

  it("serves every link and no toggle in the server HTML; after hydration the menu collapses at 320 px", async () => {
    await page.viewport(1280, 900);
    const { host, find, hydrate } = serverRender(frame, { width: "320px", lang: "de" });
    expect(host.querySelector("button.dk-header__toggle")).toBeNull();
    expect(navLinks(host).map((link) => link.textContent)).toEqual(["Leistungen", "Termin buchen", "Mein Konto"]);
    expect(navLinks(host).every(isShown)).toBe(true);
    // Without JavaScript, Tab goes from the service name straight into the links.
    find<HTMLAnchorElement>(".dk-header__service-name").focus();
    expect(await tabs(1)).toEqual(["Leistungen"]);

    await hydrate();
    const button = find<HTMLButtonElement>(".dk-header__toggle");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(button.getAttribute("aria-controls")).toBe(find(".dk-header__list").id);
    expect(navLinks(host).some(isShown)).toBe(false);
    await userEvent.click(button);
    expect(navLinks(host).every(isShown)).toBe(true);
  });

  it("shows every link in a row and no toggle at desktop width", async () => {
    await page.viewport(1280, 900);
    const { host, find } = await mount(frame, { width: "64rem", lang: "de" });
    expect(isShown(find(".dk-header__toggle"))).toBe(false);
    expect(navLinks(host).every(isShown)).toBe(true);
    const tops = new Set(navLinks(host).map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(tops.size).toBe(1);
    find<HTMLAnchorElement>(".dk-header__service-name").focus();
    expect(await tabs(4)).toEqual(["Leistungen", "Termin buchen", "Mein Konto", "Danach"]);
  });

  it("names the home link „… – Startseite“ and marks the current page in bold with a bar", async () => {
    await page.viewport(1280, 900);
    const { find } = await mount(frame, { width: "64rem", lang: "de", theme: "giessen" });
    await expect
      .element(page.getByRole("link", { name: "Universitätsstadt Gießen – Startseite", exact: true }))
      .toBeInTheDocument();
    await expect
      .element(page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Termin buchen" }))
      .toHaveAttribute("aria-current", "page");
    const current = getComputedStyle(find('[aria-current="page"]'));
    expect(Number(current.fontWeight)).toBeGreaterThanOrEqual(700);
    expect(Number.parseFloat(current.borderBottomWidth)).toBeGreaterThanOrEqual(5);
    // The stripe is the city's brand colour (Gießen red).
    expect(getComputedStyle(find(".dk-header__bar")).borderBottomColor).toBe(computedColor("#e2001a"));
  });

  it("shows the yellow focus highlight on its links and an outline on the button", async () => {
    await page.viewport(1280, 900);
    const { find } = await mount(frame, { width: "320px", lang: "de" });
    find<HTMLAnchorElement>(".dk-header__home").focus();
    await userEvent.tab({ shift: true });
    await userEvent.tab();
    const home = getComputedStyle(find(".dk-header__home"));
    expect(home.backgroundColor).toBe(computedColor("var(--dk-color-focus-background)"));
    expect(home.color).toBe(computedColor("var(--dk-color-focus-text)"));
    find<HTMLAnchorElement>(".dk-header__service-name").focus();
    await userEvent.tab();
    const button = getComputedStyle(find(".dk-header__toggle"));
    expect(button.outlineStyle).toBe("solid");
    expect(Number.parseFloat(button.outlineWidth)).toBeGreaterThanOrEqual(3);
  });
});
