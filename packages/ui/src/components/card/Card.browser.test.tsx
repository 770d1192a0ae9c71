// The clickable card, its keyboard focus and the reflow of card lists in a real browser (Chromium), with the real CSS.
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../link/link.css";
import "../tag/tag.css";
import "./card.css";
import { serviceExamples } from "./examples.js";
import { Card, CardList, ServiceCard } from "./index.js";

function centre(element: Element) {
  element.scrollIntoView({ block: "center" });
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

async function mountServices(width?: string) {
  return mount(
    <>
      <button type="button">Vorher</button>
      <CardList aria-label="Suchergebnisse">
        {serviceExamples.map((service) => (
          <ServiceCard key={service.href} headingLevel={3} {...service} />
        ))}
      </CardList>
    </>,
    { lang: "de", ...(width === undefined ? {} : { width }) },
  );
}

describe("Card in the browser", () => {
  it("makes the whole card a target of its heading link: teaser, tag and fee hit the link", async () => {
    await page.viewport(1024, 900);
    const { find } = await mountServices("48rem");
    const link = find<HTMLAnchorElement>('a[href="/leistungen/bewohnerparkausweis"]');
    const card = link.closest(".dk-card") as HTMLElement;
    for (const part of [".dk-card__teaser", ".dk-tag", ".dk-service-card__fee"]) {
      const { x, y } = centre(card.querySelector(part) as Element);
      expect(document.elementFromPoint(x, y)).toBe(link);
    }
    const followed: string[] = [];
    link.addEventListener("click", (event) => {
      event.preventDefault();
      followed.push(link.getAttribute("href") ?? "");
    });
    await userEvent.click(page.getByText("Gebühr: 30,00 €"), { force: true });
    expect(followed).toEqual(["/leistungen/bewohnerparkausweis"]);
  });

  it("keeps other links in a linked card clickable above the overlay", async () => {
    await page.viewport(1024, 900);
    const { find } = await mount(
      <Card heading="Sperrmüll anmelden" href="/leistungen/sperrmuell" teaser="Zweimal im Jahr kostenlos.">
        <p>
          Fragen? <a href="/kontakt/abfallberatung">Abfallberatung</a>
        </p>
      </Card>,
      { lang: "de", width: "30rem" },
    );
    const other = find<HTMLAnchorElement>('a[href="/kontakt/abfallberatung"]');
    const { x, y } = centre(other);
    expect(document.elementFromPoint(x, y)).toBe(other);
    const teaser = centre(find(".dk-card__teaser"));
    expect(document.elementFromPoint(teaser.x, teaser.y)).toBe(find("a.dk-card__link"));
  });

  it("reaches each card's link once with Tab, highlights it and outlines the card", async () => {
    await page.viewport(1024, 900);
    const { host, find } = await mountServices("48rem");
    find<HTMLButtonElement>("button").focus();
    const reached: string[] = [];
    for (let step = 0; step < 3; step += 1) {
      await userEvent.tab();
      reached.push(document.activeElement?.textContent ?? "");
    }
    expect(reached).toEqual(serviceExamples.map((service) => service.title));
    const focused = document.activeElement as HTMLAnchorElement;
    expect(getComputedStyle(focused).backgroundColor).not.toBe("rgba(0, 0, 0, 0)");
    const card = focused.closest(".dk-card") as HTMLElement;
    expect(getComputedStyle(card).outlineStyle).toBe("solid");
    expect(Number.parseFloat(getComputedStyle(card).outlineWidth)).toBeGreaterThanOrEqual(3);
    const others = [...host.querySelectorAll<HTMLElement>(".dk-card")].filter((element) => element !== card);
    expect(others.every((element) => getComputedStyle(element).outlineStyle === "none")).toBe(true);
  });

  it("flows cards in columns when wide and in one column at 320 px without horizontal scrolling", async () => {
    await page.viewport(1280, 900);
    const wide = await mountServices("60rem");
    const wideTops = new Set(
      [...wide.host.querySelectorAll(".dk-card-list__item")].map((item) =>
        Math.round(item.getBoundingClientRect().top),
      ),
    );
    expect(wideTops.size).toBe(1);
    await wide.unmount();
    await page.viewport(320, 720);
    try {
      const { host, find } = await mountServices("320px");
      const items = [...host.querySelectorAll(".dk-card-list__item")];
      const lefts = new Set(items.map((item) => Math.round(item.getBoundingClientRect().left)));
      expect(lefts.size).toBe(1);
      expect(find(".dk-card-list").scrollWidth).toBeLessThanOrEqual(320);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1024, 768);
    }
  });
});
