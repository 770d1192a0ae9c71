import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { exampleBrands } from "../header/examples.js";
import { Footer } from "./index.js";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const nav = () => screen.getByRole("navigation", { name: "Rechtliches und Service" });
const linkRows = () =>
  within(nav())
    .getAllByRole("link")
    .map((link) => [link.textContent, link.getAttribute("href"), link.getAttribute("hreflang")]);

describe("Footer", () => {
  it("is the page's contentinfo landmark with the required and service links of the city, in order", () => {
    render(<Footer brand={exampleBrands.giessen} year={2026} />);
    const footer = screen.getByRole("contentinfo");
    expect(footer.tagName).toBe("FOOTER");
    expect(footer.className).toBe("dk-footer");
    expect(within(nav()).getByRole("list").tagName).toBe("UL");
    expect(linkRows()).toEqual([
      ["Impressum", "/impressum", null],
      ["Datenschutz", "/datenschutz", null],
      ["Erklärung zur Barrierefreiheit", "/barrierefreiheit", null],
      ["Leichte Sprache", "/leichte-sprache", "de"],
      ["Gebärdensprache", "/gebaerdensprache", "de"],
      ["Kontakt", "/kontakt", null],
    ]);
    expect(within(nav()).getAllByRole("link")[0]?.className).toBe("dk-link dk-link--no-visited-state dk-footer__link");
  });

  it("says „© 2026 Universitätsstadt Gießen“ with the year given, and nothing from the clock", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-01-01T00:00:00Z"));
    render(<Footer brand={exampleBrands.giessen} year={2026} />);
    expect(screen.getByText("© 2026 Universitätsstadt Gießen").className).toBe("dk-footer__copyright");
    cleanup();
    const { container } = render(<Footer brand={exampleBrands.giessen} />);
    expect(container.textContent).not.toContain("©");
    expect(container.textContent).not.toContain("2031");
  });

  it("takes the owner of the copyright line from `owner`, and leaves the line out without an owner", () => {
    const links = { impressum: "/i", datenschutz: "/d", barrierefreiheit: "/b" };
    render(<Footer brand={exampleBrands.marburg} owner="Magistrat der Universitätsstadt Marburg" year={2026} />);
    expect(screen.getByText("© 2026 Magistrat der Universitätsstadt Marburg")).toBeTruthy();
    cleanup();
    const { container } = render(<Footer links={links} year={2026} />);
    expect(container.querySelector(".dk-footer__copyright")).toBeNull();
  });

  it("uses `links` instead of the brand's and leaves out the optional links without an address", () => {
    render(
      <Footer
        brand={exampleBrands.fulda}
        links={{ impressum: "/fulda/impressum", datenschutz: "/fulda/datenschutz", barrierefreiheit: "/fulda/bf" }}
      />,
    );
    expect(linkRows()).toEqual([
      ["Impressum", "/fulda/impressum", null],
      ["Datenschutz", "/fulda/datenschutz", null],
      ["Erklärung zur Barrierefreiheit", "/fulda/bf", null],
    ]);
  });

  it("adds further links after the built-in ones, with their languages", () => {
    render(
      <Footer
        brand={exampleBrands.wetzlar}
        locale="en"
        moreLinks={[{ text: "Barriere melden", href: "/barriere-melden", lang: "de", hrefLang: "de" }]}
      />,
    );
    const links = within(screen.getByRole("navigation", { name: "Legal information and service" })).getAllByRole(
      "link",
    );
    const last = links.at(-1);
    expect(links).toHaveLength(7);
    expect(last?.textContent).toBe("Barriere melden");
    expect(last?.getAttribute("lang")).toBe("de");
    expect(last?.getAttribute("hreflang")).toBe("de");
  });

  it("has English texts; the German-only pages keep hrefLang de and the link texts need no lang", () => {
    render(<Footer brand={exampleBrands.offenbach} year={2026} locale="en" />);
    const links = within(screen.getByRole("navigation", { name: "Legal information and service" })).getAllByRole(
      "link",
    );
    expect(links.map((link) => [link.textContent, link.getAttribute("hreflang"), link.getAttribute("lang")])).toEqual([
      ["Legal notice", null, null],
      ["Privacy", null, null],
      ["Accessibility statement", null, null],
      ["Easy Read (German)", "de", null],
      ["German Sign Language", "de", null],
      ["Contact", null, null],
    ]);
    expect(screen.getByText("© 2026 Stadt Offenbach am Main")).toBeTruthy();
  });

  it("marks legal pages that exist only in German with legalPagesLang", () => {
    render(<Footer brand={exampleBrands.limburg} locale="en" legalPagesLang="de" />);
    const links = within(screen.getByRole("navigation")).getAllByRole("link");
    expect(links.map((link) => link.getAttribute("hreflang"))).toEqual(["de", "de", "de", "de", "de", "de"]);
  });

  it("takes the app's wording, e.g. the short „Barrierefreiheit“", () => {
    render(
      <Footer brand={exampleBrands.giessen} messages={{ barrierefreiheit: "Barrierefreiheit", label: "Service" }} />,
    );
    expect(screen.getByRole("navigation", { name: "Service" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Barrierefreiheit" }).getAttribute("href")).toBe("/barrierefreiheit");
  });

  it("puts free content before the links, and renders no navigation without links", () => {
    const { container } = render(
      <Footer brand={exampleBrands.giessen}>
        <address>Berliner Platz 1, 35390 Gießen</address>
      </Footer>,
    );
    const content = container.querySelector(".dk-footer__content");
    expect(content?.textContent).toBe("Berliner Platz 1, 35390 Gießen");
    expect(content?.compareDocumentPosition(nav()) ?? 0).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    cleanup();
    render(<Footer>Nur Inhalt</Footer>);
    expect(screen.queryByRole("navigation")).toBeNull();
    expect(screen.getByRole("contentinfo").textContent).toBe("Nur Inhalt");
  });

  it("sits in the width container, forwards its ref and keeps native attributes", () => {
    const ref = createRef<HTMLElement>();
    render(<Footer ref={ref} brand={exampleBrands.giessen} className="extra" id="fuss" />);
    const footer = screen.getByRole("contentinfo");
    expect(ref.current).toBe(footer);
    expect(footer.className).toBe("dk-footer extra");
    expect(footer.id).toBe("fuss");
    expect(footer.firstElementChild?.className).toBe("dk-width-container dk-footer__container");
  });

  it("renders complete HTML on the server, the same every time", () => {
    const element = (
      <Footer brand={exampleBrands.giessen} year={2026}>
        <p>Rathaus, Berliner Platz 1</p>
      </Footer>
    );
    const html = renderToString(element);
    expect(renderToString(element)).toBe(html);
    expect(html).toContain('<footer class="dk-footer">');
    expect(html).toContain('<nav class="dk-footer__nav" aria-label="Rechtliches und Service">');
    expect(html).toContain(
      '<a class="dk-link dk-link--no-visited-state dk-footer__link" href="/leichte-sprache" hrefLang="de">Leichte Sprache</a>',
    );
    for (const text of [
      "<p>Rathaus, Berliner Platz 1</p>",
      "Impressum",
      "Datenschutz",
      "Erklärung zur Barrierefreiheit",
      "Gebärdensprache",
      "Kontakt",
      "© 2026 Universitätsstadt Gießen",
    ]) {
      expect(html).toContain(text);
    }
  });
});
