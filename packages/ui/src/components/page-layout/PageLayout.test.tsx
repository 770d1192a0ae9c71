import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { Main, PageLayout } from "./index.js";

afterEach(cleanup);

const skeleton = {
  skipLink: <a href="#inhalt">Zum Inhalt springen</a>,
  header: <header>Kopfzeile</header>,
  phaseBanner: <p>Beta</p>,
  beforeContent: <nav aria-label="Brotkrumennavigation">Pfad</nav>,
  footer: <footer>Fußzeile</footer>,
};

const follows = (first: Element, second: Element) =>
  Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);

describe("PageLayout", () => {
  it("renders exactly one main, the skip link's target: id inhalt, tabindex -1", () => {
    const { container } = render(
      <PageLayout {...skeleton}>
        <h1>Bewohnerparkausweis</h1>
      </PageLayout>,
    );
    expect(container.querySelectorAll("main")).toHaveLength(1);
    const main = screen.getByRole("main");
    expect(main.id).toBe("inhalt");
    expect(main.getAttribute("tabindex")).toBe("-1");
    expect(main.className).toBe("dk-main dk-page-layout__main");
    expect(main.textContent).toBe("Bewohnerparkausweis");
    const skipLink = screen.getByRole("link", { name: "Zum Inhalt springen" });
    expect(skipLink.getAttribute("href")).toBe(`#${main.id}`);
  });

  it("puts the landmarks in page order: skip link, banner, phase banner, before content, main, aside, contentinfo", () => {
    const { container } = render(
      <PageLayout {...skeleton} aside={<p>Verwandte Themen</p>}>
        Inhalt
      </PageLayout>,
    );
    const order = [
      screen.getByRole("link", { name: "Zum Inhalt springen" }),
      screen.getByRole("banner"),
      screen.getByText("Beta"),
      screen.getByRole("navigation", { name: "Brotkrumennavigation" }),
      screen.getByRole("main"),
      screen.getByRole("complementary"),
      screen.getByRole("contentinfo"),
    ];
    for (let index = 1; index < order.length; index += 1) {
      expect(follows(order[index - 1] as Element, order[index] as Element)).toBe(true);
    }
    const root = container.firstElementChild as HTMLElement;
    expect(root.className).toBe("dk-page-layout");
    const body = root.querySelector(".dk-page-layout__body");
    expect(body?.className).toBe("dk-width-container dk-page-layout__body");
    // Header and footer are full width, outside the width container; the rest is inside.
    expect(body?.contains(screen.getByRole("banner"))).toBe(false);
    expect(body?.contains(screen.getByRole("contentinfo"))).toBe(false);
    expect(body?.contains(screen.getByText("Beta"))).toBe(true);
    expect(body?.contains(screen.getByRole("main"))).toBe(true);
  });

  it("puts main and aside side by side in two thirds and one third by default, and full width without an aside", () => {
    const { container } = render(<PageLayout aside="Verwandte Themen">Inhalt</PageLayout>);
    const grid = () => container.querySelector(".dk-page-layout__grid");
    expect(grid()?.className).toBe("dk-page-layout__grid dk-page-layout__grid--two-thirds");
    expect(screen.getByRole("complementary").className).toBe("dk-page-layout__aside");
    cleanup();
    const second = render(<PageLayout>Inhalt</PageLayout>);
    expect(second.container.querySelector(".dk-page-layout__grid")?.className).toBe("dk-page-layout__grid");
    expect(screen.queryByRole("complementary")).toBeNull();
  });

  it("takes the main width from mainWidth", () => {
    const { container, rerender } = render(<PageLayout mainWidth="two-thirds">Inhalt</PageLayout>);
    expect(container.querySelector(".dk-page-layout__grid--two-thirds")).not.toBeNull();
    rerender(
      <PageLayout mainWidth="full" aside="Verwandte Themen">
        Inhalt
      </PageLayout>,
    );
    expect(container.querySelector(".dk-page-layout__grid--two-thirds")).toBeNull();
  });

  it("takes the main's id and further attributes of main and aside", () => {
    render(
      <PageLayout
        mainId="hauptinhalt"
        mainProps={{ lang: "en", className: "extra-main" }}
        aside={<h2 id="verwandt">Verwandte Themen</h2>}
        asideProps={{ "aria-labelledby": "verwandt", className: "extra-aside" }}
      >
        Content
      </PageLayout>,
    );
    const main = screen.getByRole("main");
    expect(main.id).toBe("hauptinhalt");
    expect(main.getAttribute("lang")).toBe("en");
    expect(main.className).toBe("dk-main dk-page-layout__main extra-main");
    const aside = screen.getByRole("complementary", { name: "Verwandte Themen" });
    expect(aside.className).toBe("dk-page-layout__aside extra-aside");
  });

  it("forwards its ref to the root and keeps native attributes", () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(
      <PageLayout ref={ref} className="extra" data-seite="start">
        Inhalt
      </PageLayout>,
    );
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current?.className).toBe("dk-page-layout extra");
    expect(ref.current?.dataset.seite).toBe("start");
  });

  it("renders the whole skeleton on the server, without client code", () => {
    const html = renderToString(
      <PageLayout {...skeleton} aside="Verwandte Themen">
        <h1>Bewohnerparkausweis</h1>
      </PageLayout>,
    );
    expect(html).toBe(
      '<div class="dk-page-layout"><a href="#inhalt">Zum Inhalt springen</a><header>Kopfzeile</header>' +
        '<div class="dk-width-container dk-page-layout__body"><p>Beta</p>' +
        '<nav aria-label="Brotkrumennavigation">Pfad</nav>' +
        '<div class="dk-page-layout__grid dk-page-layout__grid--two-thirds">' +
        '<main id="inhalt" tabindex="-1" class="dk-main dk-page-layout__main"><h1>Bewohnerparkausweis</h1></main>' +
        '<aside class="dk-page-layout__aside">Verwandte Themen</aside></div></div><footer>Fußzeile</footer></div>',
    );
  });
});

describe("Main", () => {
  it("is a main landmark with id inhalt and tabindex -1, not in the Tab order, focusable by script", () => {
    const ref = createRef<HTMLElement>();
    render(
      <Main ref={ref} className="extra">
        Inhalt
      </Main>,
    );
    const main = screen.getByRole("main");
    expect(ref.current).toBe(main);
    expect(main.id).toBe("inhalt");
    expect(main.tabIndex).toBe(-1);
    expect(main.className).toBe("dk-main extra");
    main.focus();
    expect(document.activeElement).toBe(main);
  });

  it("takes another id", () => {
    render(<Main id="content">Content</Main>);
    expect(screen.getByRole("main").id).toBe("content");
  });
});
