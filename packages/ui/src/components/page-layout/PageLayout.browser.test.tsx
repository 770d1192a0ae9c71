// The grid, the width container and the skip link target of PageLayout in a real browser (Chromium), with the real
// CSS, in the server-rendered HTML before any JavaScript runs and after hydration.
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { mount, serverRender } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../link/link.css";
import "./page-layout.css";
import { Link } from "../link/Link.js";
import { PageLayout, type PageLayoutProps } from "./index.js";

afterEach(() => {
  history.replaceState(null, "", location.pathname + location.search);
});

const layout = (props: Partial<PageLayoutProps> = {}) => (
  <PageLayout
    skipLink={<Link href="#inhalt">Zum Inhalt springen</Link>}
    header={
      <header>
        <Link href="/">Startseite</Link>
      </header>
    }
    beforeContent={<Link href="/buergerservice">Bürgerservice</Link>}
    aside={
      <>
        <h2>Verwandte Themen</h2>
        <Link href="/gebuehren">Gebühren</Link>
      </>
    }
    footer={<footer>Fußzeile</footer>}
    {...props}
  >
    <h1>Bewohnerparkausweis beantragen</h1>
    <p>
      Der Antrag dauert etwa zehn Minuten. <Link href="/antrag">Antrag starten</Link>
    </p>
  </PageLayout>
);

const box = (element: Element) => element.getBoundingClientRect();

describe("PageLayout in the browser", () => {
  it("puts main (two thirds) and aside (one third) side by side from 40em", async () => {
    await page.viewport(1024, 900);
    const { find } = await mount(layout(), { lang: "de" });
    const main = box(find("main"));
    const aside = box(find("aside"));
    expect(aside.top).toBe(main.top);
    expect(aside.left).toBeGreaterThanOrEqual(main.right);
    expect(main.width / aside.width).toBeGreaterThan(1.8);
    expect(main.width / aside.width).toBeLessThan(2.6);
  });

  it.each([320, 600])("stacks main and aside in source order below 40em (%i px)", async (width) => {
    await page.viewport(width, 900);
    const { find, host } = await mount(layout(), { lang: "de" });
    const main = box(find("main"));
    const aside = box(find("aside"));
    expect(aside.top).toBeGreaterThanOrEqual(main.bottom);
    expect(aside.left).toBe(main.left);
    expect(aside.width).toBe(main.width);
    expect(Math.max(...[...host.querySelectorAll("*")].map((element) => box(element).right))).toBeLessThanOrEqual(
      width,
    );
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  });

  it("keeps the full width without an aside, and two thirds on request", async () => {
    await page.viewport(1024, 900);
    const { find, rerender } = await mount(layout({ aside: undefined }), { lang: "de" });
    const body = box(find(".dk-page-layout__body"));
    const padding = Number.parseFloat(getComputedStyle(find(".dk-page-layout__body")).paddingLeft);
    expect(box(find("main")).width).toBeCloseTo(body.width - 2 * padding, 0);
    await rerender(layout({ aside: undefined, mainWidth: "two-thirds" }));
    expect(box(find("main")).width).toBeLessThan((body.width - 2 * padding) * 0.7);
  });

  it("limits the width container to the token's width, centred", async () => {
    await page.viewport(1400, 900);
    const { find, host } = await mount(layout(), { lang: "de" });
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    const body = find(".dk-page-layout__body");
    const style = getComputedStyle(body);
    const content = box(body).width - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    expect(content).toBeCloseTo(60 * rem, 0);
    expect(box(body).left - box(host).left).toBeCloseTo(box(host).right - box(body).right, 0);
    host.style.setProperty("--dk-page-layout-max-inline-size", "40rem");
    const narrowed = box(body).width - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    expect(narrowed).toBeCloseTo(40 * rem, 0);
  });

  it("moves focus to main when the skip link is followed with Enter, in the server HTML without JavaScript", async () => {
    await page.viewport(1024, 900);
    const start = document.createElement("button");
    start.textContent = "Start";
    document.body.prepend(start);
    const { find } = serverRender(layout(), { lang: "de" });
    try {
      start.focus();
      await userEvent.tab();
      expect(document.activeElement?.textContent).toBe("Zum Inhalt springen");
      await userEvent.keyboard("{Enter}");
      expect(location.hash).toBe("#inhalt");
      expect(document.activeElement).toBe(find("main"));
      // Tab goes on from the main content: past header and breadcrumbs, to the first link in main.
      await userEvent.tab();
      expect(document.activeElement?.textContent).toBe("Antrag starten");
    } finally {
      start.remove();
    }
  });

  it("moves focus to main with its own id after hydration too", async () => {
    await page.viewport(1024, 900);
    const element = layout({ mainId: "hauptinhalt", skipLink: <Link href="#hauptinhalt">Zum Inhalt springen</Link> });
    const { hydrate } = serverRender(element, { lang: "de" });
    const { find } = await hydrate();
    find<HTMLAnchorElement>('a[href="#hauptinhalt"]').focus();
    await userEvent.keyboard("{Enter}");
    const main = find("main");
    expect(main.id).toBe("hauptinhalt");
    expect(document.activeElement).toBe(main);
    // <main> is not a control: it shows no focus ring.
    expect(getComputedStyle(main).outlineStyle).toBe("none");
  });
});
