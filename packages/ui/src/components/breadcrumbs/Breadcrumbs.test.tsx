import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { manyItems, startPage, threeItems } from "./examples.js";
import { Breadcrumbs } from "./index.js";

afterEach(cleanup);

const listItems = () => within(screen.getByRole("list")).getAllByRole("listitem");

describe("Breadcrumbs", () => {
  it("is a navigation landmark named „Brotkrumennavigation“ with an ordered list of links", () => {
    render(<Breadcrumbs items={threeItems} />);
    const nav = screen.getByRole("navigation", { name: "Brotkrumennavigation" });
    expect(nav.className).toBe("dk-breadcrumbs");
    expect(within(nav).getByRole("list").tagName).toBe("OL");
    const links = within(nav).getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Startseite", "/"],
      ["Bürgerservice", "/buergerservice"],
      ["Verkehr und Mobilität", "/buergerservice/verkehr"],
    ]);
    expect(links[0]?.className).toBe("dk-link dk-link--no-visited-state dk-breadcrumbs__link");
  });

  it("leaves the current page out by default and marks the last item as the parent", () => {
    render(<Breadcrumbs items={threeItems} />);
    expect(screen.queryByText("Bewohnerparkausweis")).toBeNull();
    expect(document.querySelector("[aria-current]")).toBeNull();
    expect(listItems().map((item) => item.className)).toEqual([
      "dk-breadcrumbs__item",
      "dk-breadcrumbs__item",
      "dk-breadcrumbs__item dk-breadcrumbs__item--parent",
    ]);
  });

  it('shows the current page last as text, not a link, with aria-current="page"', () => {
    render(<Breadcrumbs items={threeItems} current="Bewohnerparkausweis beantragen" />);
    const items = listItems();
    expect(items).toHaveLength(4);
    const last = items.at(-1);
    expect(last?.className).toBe("dk-breadcrumbs__item dk-breadcrumbs__item--current");
    expect(last?.textContent).toBe("Bewohnerparkausweis beantragen");
    expect(within(last as HTMLElement).queryByRole("link")).toBeNull();
    const current = screen.getByText("Bewohnerparkausweis beantragen");
    expect(current.getAttribute("aria-current")).toBe("page");
    expect(screen.getAllByRole("link")).toHaveLength(3);
  });

  it("has no separator characters in its text: they are drawn in CSS", () => {
    render(<Breadcrumbs items={threeItems} current="Parken" />);
    expect(screen.getByRole("list").textContent).toBe("StartseiteBürgerserviceVerkehr und MobilitätParken");
  });

  it("works with one item and with many", () => {
    render(<Breadcrumbs items={startPage} />);
    expect(listItems()).toHaveLength(1);
    expect(listItems()[0]?.className).toBe("dk-breadcrumbs__item dk-breadcrumbs__item--parent");
    cleanup();
    render(<Breadcrumbs items={manyItems} />);
    expect(screen.getAllByRole("link")).toHaveLength(7);
  });

  it("renders nothing without items or current page", () => {
    const { container } = render(<Breadcrumbs items={[]} />);
    expect(container.innerHTML).toBe("");
    expect(renderToString(<Breadcrumbs items={[]} />)).toBe("");
  });

  it("adds the collapse modifier only when asked", () => {
    render(<Breadcrumbs items={manyItems} collapseOnMobile />);
    expect(screen.getByRole("navigation").className).toBe("dk-breadcrumbs dk-breadcrumbs--collapse-on-mobile");
  });

  it("marks the language of an item's text and of its page", () => {
    render(
      <Breadcrumbs
        locale="en"
        items={[
          { text: "Home", href: "/en" },
          { text: "Bewohnerparken", href: "/bewohnerparken", lang: "de", hrefLang: "de" },
        ]}
      />,
    );
    const [home, german] = screen.getAllByRole("link");
    expect(home?.hasAttribute("lang")).toBe(false);
    expect(home?.hasAttribute("hreflang")).toBe(false);
    expect(german?.getAttribute("lang")).toBe("de");
    expect(german?.getAttribute("hreflang")).toBe("de");
  });

  it("is named in English, or with the app's wording", () => {
    render(<Breadcrumbs items={threeItems} locale="en" />);
    expect(screen.getByRole("navigation", { name: "Breadcrumb" })).toBeTruthy();
    cleanup();
    render(<Breadcrumbs items={threeItems} messages={{ label: "Sie sind hier" }} />);
    expect(screen.getByRole("navigation", { name: "Sie sind hier" })).toBeTruthy();
  });

  it("forwards its ref and keeps native attributes", () => {
    const ref = createRef<HTMLElement>();
    render(<Breadcrumbs ref={ref} items={threeItems} className="extra" id="pfad" />);
    expect(ref.current).toBe(screen.getByRole("navigation"));
    expect(ref.current?.className).toBe("dk-breadcrumbs extra");
    expect(ref.current?.id).toBe("pfad");
  });

  it("is reached link by link with the keyboard", () => {
    render(<Breadcrumbs items={threeItems} />);
    for (const link of screen.getAllByRole("link")) {
      link.focus();
      expect(document.activeElement).toBe(link);
    }
  });

  it("renders complete HTML on the server", () => {
    expect(renderToString(<Breadcrumbs items={threeItems.slice(0, 2)} current="Parken" />)).toBe(
      '<nav class="dk-breadcrumbs" aria-label="Brotkrumennavigation"><ol class="dk-breadcrumbs__list">' +
        '<li class="dk-breadcrumbs__item"><a class="dk-link dk-link--no-visited-state dk-breadcrumbs__link" href="/">' +
        'Startseite</a></li><li class="dk-breadcrumbs__item dk-breadcrumbs__item--parent">' +
        '<a class="dk-link dk-link--no-visited-state dk-breadcrumbs__link" href="/buergerservice">Bürgerservice</a></li>' +
        '<li class="dk-breadcrumbs__item dk-breadcrumbs__item--current">' +
        '<span class="dk-breadcrumbs__current" aria-current="page">Parken</span></li></ol></nav>',
    );
  });
});
