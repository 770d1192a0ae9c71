import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { Card, CardList } from "./index.js";

afterEach(cleanup);

describe("Card", () => {
  it("renders a heading of the given level with teaser, body and footer in reading order", () => {
    const { container } = render(
      <Card heading="Bürgerbüro" headingLevel={3} teaser="Berliner Platz 1" footer={<span>Stadtverwaltung</span>}>
        <p>Montag bis Freitag 8 bis 12 Uhr</p>
      </Card>,
    );
    const heading = screen.getByRole("heading", { level: 3, name: "Bürgerbüro" });
    expect(heading.className).toBe("dk-card__heading");
    const card = container.firstElementChild as HTMLElement;
    expect(card.className).toBe("dk-card");
    expect([...card.children].map((child) => child.className)).toEqual([
      "dk-card__heading",
      "dk-card__teaser",
      "dk-card__body",
      "dk-card__footer",
    ]);
    expect(card.querySelector(".dk-card__teaser")?.tagName).toBe("P");
    expect(card.textContent).toBe("BürgerbüroBerliner Platz 1Montag bis Freitag 8 bis 12 UhrStadtverwaltung");
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("defaults to an h2 and leaves out empty parts", () => {
    const { container } = render(<Card heading="Öffnungszeiten" />);
    expect(screen.getByRole("heading", { level: 2, name: "Öffnungszeiten" })).toBeTruthy();
    expect(container.firstElementChild?.children).toHaveLength(1);
  });

  it("with href makes the heading a link named by the heading alone, the only focusable element", () => {
    const { container } = render(
      <Card heading="Sperrmüll anmelden" href="/leistungen/sperrmuell" teaser="Zweimal im Jahr kostenlos." />,
    );
    const link = screen.getByRole("link", { name: "Sperrmüll anmelden" });
    expect(link.getAttribute("href")).toBe("/leistungen/sperrmuell");
    expect(link.className).toBe("dk-link dk-link--no-visited-state dk-card__link");
    expect(link.parentElement).toBe(screen.getByRole("heading", { level: 2 }));
    expect(container.firstElementChild?.className).toBe("dk-card dk-card--with-link");
    expect(container.querySelectorAll("a, button, [tabindex]")).toHaveLength(1);
    link.focus();
    expect(document.activeElement).toBe(link);
  });

  it("keeps further links in the card as their own links", () => {
    render(
      <Card heading="Sperrmüll anmelden" href="/leistungen/sperrmuell">
        <a href="/kontakt">Abfallberatung</a>
      </Card>,
    );
    expect(screen.getAllByRole("link").map((link) => link.textContent)).toEqual([
      "Sperrmüll anmelden",
      "Abfallberatung",
    ]);
  });

  it("forwards its ref and keeps native attributes", () => {
    const ref = createRef<HTMLDivElement>();
    render(<Card ref={ref} heading="Standesamt" id="standesamt" className="extra" lang="de" data-testid="karte" />);
    expect(ref.current?.id).toBe("standesamt");
    expect(ref.current?.className).toBe("dk-card extra");
    expect(ref.current?.dataset.testid).toBe("karte");
  });

  it("renders complete HTML on the server", () => {
    expect(
      renderToString(<Card heading="Bürgerbüro" href="/buergerbuero" headingLevel={3} teaser="Berliner Platz 1" />),
    ).toBe(
      '<div class="dk-card dk-card--with-link"><h3 class="dk-card__heading"><a class="dk-link dk-link--no-visited-state dk-card__link" href="/buergerbuero">Bürgerbüro</a></h3><p class="dk-card__teaser">Berliner Platz 1</p></div>',
    );
  });
});

describe("CardList", () => {
  it("puts each card into its own list item and skips empty children", () => {
    const showThird = false;
    render(
      <CardList aria-label="Standorte">
        <Card heading="Bürgerbüro" href="/a" />
        <Card heading="Standesamt" href="/b" />
        {showThird && <Card heading="Ordnungsamt" href="/c" />}
        {null}
      </CardList>,
    );
    const list = screen.getByRole("list", { name: "Standorte" });
    expect(list.tagName).toBe("UL");
    expect(list.className).toBe("dk-card-list");
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => [item.className, item.textContent])).toEqual([
      ["dk-card-list__item", "Bürgerbüro"],
      ["dk-card-list__item", "Standesamt"],
    ]);
  });

  it("forwards its ref to the list", () => {
    const ref = createRef<HTMLUListElement>();
    render(
      <CardList ref={ref} className="extra">
        <Card heading="Bürgerbüro" />
      </CardList>,
    );
    expect(ref.current).toBe(screen.getByRole("list"));
    expect(ref.current?.className).toBe("dk-card-list extra");
  });

  it("renders complete HTML on the server", () => {
    expect(
      renderToString(
        <CardList>
          <Card heading="Bürgerbüro" />
        </CardList>,
      ),
    ).toBe(
      '<ul class="dk-card-list"><li class="dk-card-list__item"><div class="dk-card"><h2 class="dk-card__heading">Bürgerbüro</h2></div></li></ul>',
    );
  });
});
