import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { LanguageSwitch, type LanguageSwitchLinks } from "./index.js";

afterEach(cleanup);

const links: LanguageSwitchLinks = { de: "/parken", en: "/en/parking", leichteSprache: "/ls/parken" };

/** Each entry as [text, element, href, lang, hreflang, aria-current]. */
function entries() {
  const list = within(screen.getByRole("navigation")).getByRole("list");
  return within(list)
    .getAllByRole("listitem")
    .map((item) => {
      const entry = item.firstElementChild as HTMLElement;
      return [
        entry.textContent,
        entry.tagName,
        entry.getAttribute("href"),
        entry.getAttribute("lang"),
        entry.getAttribute("hreflang"),
        entry.getAttribute("aria-current"),
      ];
    });
}

describe("LanguageSwitch", () => {
  it("is a nav „Sprache wählen“ with each language named in itself, the current one as text", () => {
    render(<LanguageSwitch current="de" links={links} />);
    const nav = screen.getByRole("navigation", { name: "Sprache wählen" });
    expect(nav.className).toBe("dk-language-switch");
    expect(entries()).toEqual([
      ["Deutsch", "SPAN", null, "de", null, "true"],
      ["English", "A", "/en/parking", "en", "en", null],
      ["Leichte Sprache", "A", "/ls/parken", "de", "de", null],
    ]);
    expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["English", "Leichte Sprache"]);
    expect(screen.getByText("English").className).toBe("dk-link dk-link--no-visited-state dk-language-switch__link");
    expect(screen.getByText("Deutsch").className).toBe("dk-language-switch__current");
  });

  it("speaks English: „Choose language“, German named „Deutsch“ in German, Easy Read labelled in English", () => {
    render(<LanguageSwitch current="en" links={links} locale="en" />);
    expect(screen.getByRole("navigation", { name: "Choose language" })).toBeTruthy();
    expect(entries()).toEqual([
      ["Deutsch", "A", "/parken", "de", "de", null],
      ["English", "SPAN", null, "en", null, "true"],
      ["Easy Read (German)", "A", "/ls/parken", "en", "de", null],
    ]);
  });

  it("marks Leichte Sprache as current on a page in Leichte Sprache", () => {
    render(<LanguageSwitch current="leichteSprache" links={links} />);
    expect(entries()).toEqual([
      ["Deutsch", "A", "/parken", "de", "de", null],
      ["English", "A", "/en/parking", "en", "en", null],
      ["Leichte Sprache", "SPAN", null, "de", null, "true"],
    ]);
  });

  it("leaves out versions without an address but always shows the current one", () => {
    render(<LanguageSwitch current="de" links={{ en: "/en" }} />);
    expect(entries().map(([text]) => text)).toEqual(["Deutsch", "English"]);
  });

  it("takes the app's wording", () => {
    render(
      <LanguageSwitch
        current="de"
        links={links}
        messages={{ label: "Andere Sprachen", leichteSprache: "Einfach erklärt" }}
      />,
    );
    const nav = screen.getByRole("navigation", { name: "Andere Sprachen" });
    expect(within(nav).getByRole("link", { name: "Einfach erklärt" }).getAttribute("href")).toBe("/ls/parken");
  });

  it("forwards its ref to the nav and passes native props through", () => {
    const ref = createRef<HTMLElement>();
    render(<LanguageSwitch ref={ref} current="de" links={links} className="extra" id="sprachen" />);
    const nav = screen.getByRole("navigation");
    expect(ref.current).toBe(nav);
    expect(nav.className).toBe("dk-language-switch extra");
    expect(nav.id).toBe("sprachen");
  });

  it("renders complete HTML on the server", () => {
    expect(renderToString(<LanguageSwitch current="de" links={{ en: "/en" }} />)).toBe(
      '<nav class="dk-language-switch" aria-label="Sprache wählen"><ul class="dk-language-switch__list">' +
        '<li class="dk-language-switch__item"><span class="dk-language-switch__current" lang="de" aria-current="true">Deutsch</span></li>' +
        '<li class="dk-language-switch__item"><a class="dk-link dk-link--no-visited-state dk-language-switch__link" href="/en" lang="en" hrefLang="en">English</a></li>' +
        "</ul></nav>",
    );
  });
});
