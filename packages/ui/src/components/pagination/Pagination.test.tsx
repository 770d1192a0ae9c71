import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { Pagination } from "./index.js";

afterEach(cleanup);

const hrefFor = (page: number) => `/suche?q=parken&seite=${page}`;

/** The names of all links in the navigation, in reading order. */
const linkNames = () =>
  within(screen.getByRole("navigation"))
    .getAllByRole("link")
    .map((link) => link.textContent);

describe("Pagination", () => {
  it("is a navigation named „Seitennummerierung“ with a list of pages", () => {
    render(<Pagination current={5} total={20} hrefFor={hrefFor} />);
    const nav = screen.getByRole("navigation", { name: "Seitennummerierung" });
    expect(nav.className).toBe("dk-pagination");
    const list = within(nav).getByRole("list");
    expect(list.className).toBe("dk-pagination__list");
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Seite 1", "…", "Seite 4", "Seite 5", "Seite 6", "…", "Seite 20"]);
  });

  it("names each page „Seite n“ with the visible number and links it with hrefFor", () => {
    render(<Pagination current={5} total={20} hrefFor={hrefFor} />);
    const page6 = screen.getByRole("link", { name: "Seite 6" });
    expect(page6.getAttribute("href")).toBe("/suche?q=parken&seite=6");
    expect(page6.className).toBe("dk-link dk-link--no-visited-state dk-pagination__link");
    expect(page6.querySelector(".dk-visually-hidden")?.textContent).toBe("Seite");
    expect(page6.textContent?.endsWith("6")).toBe(true);
  });

  it("keeps the current page a link, marked aria-current=page, and only that one", () => {
    render(<Pagination current={5} total={20} hrefFor={hrefFor} />);
    const current = screen.getByRole("link", { name: "Seite 5" });
    expect(current.getAttribute("aria-current")).toBe("page");
    expect(current.getAttribute("href")).toBe(hrefFor(5));
    expect(current.closest("li")?.className).toBe("dk-pagination__item dk-pagination__item--current");
    expect(screen.getAllByRole("link").filter((link) => link.hasAttribute("aria-current"))).toEqual([current]);
  });

  it("links the previous and next pages, with rel prev and next", () => {
    render(<Pagination current={5} total={20} hrefFor={hrefFor} />);
    const previous = screen.getByRole("link", { name: "Vorherige Seite" });
    const next = screen.getByRole("link", { name: "Nächste Seite" });
    expect([previous.getAttribute("href"), previous.getAttribute("rel")]).toEqual([hrefFor(4), "prev"]);
    expect([next.getAttribute("href"), next.getAttribute("rel")]).toEqual([hrefFor(6), "next"]);
    expect(previous.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
    expect(next.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
    expect(linkNames()).toEqual([
      "Vorherige Seite",
      "Seite 1",
      "Seite 4",
      "Seite 5",
      "Seite 6",
      "Seite 20",
      "Nächste Seite",
    ]);
  });

  it("has no previous link on the first page and no next link on the last", () => {
    render(<Pagination current={1} total={20} hrefFor={hrefFor} />);
    expect(screen.queryByRole("link", { name: "Vorherige Seite" })).toBeNull();
    expect(linkNames()).toEqual(["Seite 1", "Seite 2", "Seite 20", "Nächste Seite"]);
    cleanup();
    render(<Pagination current={20} total={20} hrefFor={hrefFor} />);
    expect(screen.queryByRole("link", { name: "Nächste Seite" })).toBeNull();
    expect(linkNames()).toEqual(["Vorherige Seite", "Seite 1", "Seite 19", "Seite 20"]);
  });

  it("keeps the current page within the pages", () => {
    render(<Pagination current={99} total={3} hrefFor={hrefFor} />);
    expect(screen.getByRole("link", { name: "Seite 3" }).getAttribute("aria-current")).toBe("page");
    expect(screen.queryByRole("link", { name: "Nächste Seite" })).toBeNull();
  });

  it("renders nothing with a single page or none", () => {
    const { container } = render(
      <>
        <Pagination current={1} total={1} hrefFor={hrefFor} />
        <Pagination current={1} total={0} hrefFor={hrefFor} />
      </>,
    );
    expect(container.innerHTML).toBe("");
  });

  it("uses English and the app's wording", () => {
    render(<Pagination current={2} total={3} hrefFor={hrefFor} locale="en" />);
    expect(screen.getByRole("navigation", { name: "Pagination" })).toBeTruthy();
    expect(linkNames()).toEqual(["Previous page", "Page 1", "Page 2", "Page 3", "Next page"]);
    cleanup();
    render(
      <Pagination
        current={2}
        total={3}
        hrefFor={hrefFor}
        messages={{ label: "Ergebnisseiten", previous: "Zurück", next: "Weiter", page: "Ergebnisseite" }}
      />,
    );
    expect(screen.getByRole("navigation", { name: "Ergebnisseiten" })).toBeTruthy();
    expect(linkNames()).toEqual(["Zurück", "Ergebnisseite 1", "Ergebnisseite 2", "Ergebnisseite 3", "Weiter"]);
  });

  it("shows more pages around the current one with siblings", () => {
    render(<Pagination current={10} total={20} siblings={2} hrefFor={hrefFor} />);
    expect(linkNames().slice(1, -1)).toEqual([
      "Seite 1",
      "Seite 8",
      "Seite 9",
      "Seite 10",
      "Seite 11",
      "Seite 12",
      "Seite 20",
    ]);
  });

  it("forwards its ref and keeps native attributes; aria-label overrides the name", () => {
    const ref = createRef<HTMLElement>();
    render(
      <Pagination ref={ref} current={1} total={2} hrefFor={hrefFor} className="extra" aria-label="Ergebnisse" id="p" />,
    );
    const nav = screen.getByRole("navigation", { name: "Ergebnisse" });
    expect(ref.current).toBe(nav);
    expect(nav.className).toBe("dk-pagination extra");
    expect(nav.id).toBe("p");
  });

  it("renders complete HTML on the server: every page a real link", () => {
    const html = renderToString(<Pagination current={2} total={3} hrefFor={hrefFor} />);
    expect(html).toContain('<nav class="dk-pagination" aria-label="Seitennummerierung">');
    expect(html).toContain('rel="prev" href="/suche?q=parken&amp;seite=1"');
    expect(html).toContain(
      '<li class="dk-pagination__item dk-pagination__item--current"><a class="dk-link dk-link--no-visited-state dk-pagination__link" href="/suche?q=parken&amp;seite=2" aria-current="page"><span class="dk-visually-hidden">Seite</span> <!-- -->2</a></li>',
    );
    expect(html).toContain('rel="next" href="/suche?q=parken&amp;seite=3"');
  });
});
