import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { exampleBrands, exampleLogo } from "./examples.js";
import { Header, type HeaderNavigationItem } from "./index.js";

afterEach(cleanup);

const navigation: HeaderNavigationItem[] = [
  { href: "/leistungen", text: "Leistungen" },
  { href: "/termine", text: "Termin buchen", current: true },
  { href: "/konto", text: "Mein Konto" },
];

/**
 * The home link's accessible name. jsdom's name computation drops the space before the visually hidden part;
 * Chromium keeps it (see the browser test).
 */
const homeLink = (name: string, home = "Startseite") => new RegExp(`^${name} ?– ${home}$`);

const toggle = () => screen.getByRole("button", { name: "Menü" });

describe("Header", () => {
  it("is the banner landmark with the city's name linking to its start page", () => {
    render(<Header brand={exampleBrands.giessen} />);
    const banner = screen.getByRole("banner");
    expect(banner.tagName).toBe("HEADER");
    expect(banner.className).toBe("dk-header");
    const home = within(banner).getByRole("link", { name: homeLink("Universitätsstadt Gießen") });
    expect(home.getAttribute("href")).toBe("/");
    expect(home.className).toBe("dk-header__home");
    expect(home.querySelector(".dk-header__name")?.textContent).toBe("Universitätsstadt Gießen");
    expect(home.querySelector(".dk-visually-hidden")?.textContent).toBe(" – Startseite");
    expect(home.querySelector("img")).toBeNull();
    expect(screen.queryByRole("navigation")).toBeNull();
    expect(banner.querySelector(".dk-header__service")).toBeNull();
  });

  it("shows the brand's logo as decoration beside the name, or with its alt text", () => {
    const { container } = render(<Header brand={{ ...exampleBrands.fulda, logo: exampleLogo }} />);
    const logo = container.querySelector("img");
    expect(logo?.getAttribute("alt")).toBe("");
    expect(logo?.getAttribute("src")).toBe(exampleLogo.src);
    expect(logo?.getAttribute("width")).toBe("40");
    expect(logo?.getAttribute("height")).toBe("48");
    expect(logo?.className).toBe("dk-header__logo");
    expect(screen.getByRole("link").textContent).toBe("Stadt Fulda – Startseite");
    cleanup();
    render(<Header brand={exampleBrands.fulda} logo={{ ...exampleLogo, alt: "Wappen der Stadt Fulda" }} />);
    expect(screen.getByRole("link", { name: homeLink("Wappen der Stadt Fulda ?Stadt Fulda") })).toBeTruthy();
    cleanup();
    const withoutLogo = render(<Header brand={{ ...exampleBrands.fulda, logo: exampleLogo }} logo={null} />);
    expect(withoutLogo.container.querySelector("img")).toBeNull();
  });

  it("takes name, home link and logo as separate props, which win over the brand", () => {
    render(<Header brand={exampleBrands.wetzlar} cityName="Stadt Musterhausen" homeHref="https://example.org/" />);
    const home = screen.getByRole("link", { name: homeLink("Stadt Musterhausen") });
    expect(home.getAttribute("href")).toBe("https://example.org/");
    cleanup();
    render(<Header cityName="Gemeinde Beispiel" />);
    expect(screen.getByRole("link", { name: homeLink("Gemeinde Beispiel") }).getAttribute("href")).toBe("/");
  });

  it("names the service, as a link to its start page or as text", () => {
    render(<Header brand={exampleBrands.marburg} serviceName="Bewohnerparkausweis" serviceHref="/parken" />);
    const service = screen.getByRole("link", { name: "Bewohnerparkausweis" });
    expect(service.getAttribute("href")).toBe("/parken");
    expect(service.className).toBe("dk-header__service-name");
    cleanup();
    const { container } = render(<Header brand={exampleBrands.marburg} serviceName="Bewohnerparkausweis" />);
    expect(screen.queryByRole("link", { name: "Bewohnerparkausweis" })).toBeNull();
    expect(container.querySelector("span.dk-header__service-name")?.textContent).toBe("Bewohnerparkausweis");
  });

  it("lists the primary navigation in a nav named „Hauptnavigation“, the current page marked", () => {
    render(<Header brand={exampleBrands.giessen} navigation={navigation} />);
    const nav = screen.getByRole("navigation", { name: "Hauptnavigation" });
    const list = within(nav).getByRole("list");
    expect(list.className).toBe("dk-header__list");
    const links = within(list).getAllByRole("link");
    expect(
      links.map((link) => [link.textContent, link.getAttribute("href"), link.getAttribute("aria-current")]),
    ).toEqual([
      ["Leistungen", "/leistungen", null],
      ["Termin buchen", "/termine", "page"],
      ["Mein Konto", "/konto", null],
    ]);
    expect(
      within(list)
        .getAllByRole("listitem")
        .every((item) => item.className === "dk-header__item"),
    ).toBe(true);
  });

  it("adds the „Menü“ button once mounted, collapsed and controlling the list", () => {
    render(<Header brand={exampleBrands.giessen} navigation={navigation} />);
    const button = toggle();
    expect(button.getAttribute("type")).toBe("button");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    const list = screen.getByRole("list");
    expect(list.id).not.toBe("");
    expect(button.getAttribute("aria-controls")).toBe(list.id);
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });

  it("uses the given id for the navigation list", () => {
    render(<Header brand={exampleBrands.giessen} navigation={navigation} navigationId="hauptmenue" />);
    expect(screen.getByRole("list").id).toBe("hauptmenue");
    expect(toggle().getAttribute("aria-controls")).toBe("hauptmenue");
  });

  it("renders the actions slot in the header, before the navigation", () => {
    render(<Header brand={exampleBrands.offenbach} navigation={navigation} actions={<a href="/en">English</a>} />);
    const banner = screen.getByRole("banner");
    const english = within(banner).getByRole("link", { name: "English" });
    expect(english.parentElement?.className).toBe("dk-header__actions");
    const order = within(banner)
      .getAllByRole("link")
      .map((link) => link.textContent);
    expect(order).toEqual([
      "Stadt Offenbach am Main – Startseite",
      "English",
      "Leistungen",
      "Termin buchen",
      "Mein Konto",
    ]);
  });

  it("speaks English and takes the app's wording", () => {
    render(<Header brand={exampleBrands.giessen} navigation={navigation} locale="en" />);
    expect(screen.getByRole("navigation", { name: "Main navigation" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Menu" })).toBeTruthy();
    expect(screen.getByRole("link", { name: homeLink("Universitätsstadt Gießen", "home page") })).toBeTruthy();
    cleanup();
    render(
      <Header
        brand={exampleBrands.giessen}
        navigation={navigation}
        messages={{ navigation: "Navigation der Stadt", menu: "Navigation" }}
      />,
    );
    expect(screen.getByRole("navigation", { name: "Navigation der Stadt" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Navigation" })).toBeTruthy();
  });

  it("forwards its ref to the header and spreads native props onto it", () => {
    const ref = createRef<HTMLElement>();
    render(<Header ref={ref} brand={exampleBrands.limburg} id="kopf" className="extra" data-testid="kopf" />);
    const banner = screen.getByRole("banner");
    expect(ref.current).toBe(banner);
    expect(banner.id).toBe("kopf");
    expect(banner.className).toBe("dk-header extra");
  });

  it("renders complete HTML on the server: every link, and no toggle that would do nothing", () => {
    const html = renderToString(
      <Header brand={exampleBrands.giessen} serviceName="Parken" serviceHref="/parken" navigation={navigation} />,
    );
    const container = document.createElement("div");
    container.innerHTML = html;
    expect(container.querySelector("button")).toBeNull();
    expect(container.querySelector("header.dk-header")).not.toBeNull();
    expect(container.querySelector("nav")?.getAttribute("aria-label")).toBe("Hauptnavigation");
    expect([...container.querySelectorAll("a")].map((link) => link.getAttribute("href"))).toEqual([
      "/",
      "/parken",
      "/leistungen",
      "/termine",
      "/konto",
    ]);
    expect(container.querySelector('[aria-current="page"]')?.textContent).toBe("Termin buchen");
    expect(html).toContain("Universitätsstadt Gießen");
  });
});
