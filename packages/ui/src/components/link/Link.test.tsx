import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Link } from "./index.js";

afterEach(cleanup);

describe("Link", () => {
  it("renders a native link named by its text, underlined through its class", () => {
    render(<Link href="/antrag">Antrag stellen</Link>);
    const link = screen.getByRole("link", { name: "Antrag stellen" });
    expect(link.tagName).toBe("A");
    expect(link.getAttribute("href")).toBe("/antrag");
    expect(link.className).toBe("dk-link");
    expect(link.hasAttribute("target")).toBe(false);
    expect(link.hasAttribute("rel")).toBe(false);
  });

  it("applies the inverse and noVisitedState modifiers", () => {
    render(
      <Link href="/" inverse noVisitedState className="extra">
        Startseite
      </Link>,
    );
    expect(screen.getByRole("link").className).toBe("dk-link dk-link--inverse dk-link--no-visited-state extra");
  });

  it("keeps an external link in the same tab unless a new tab is asked for", () => {
    render(
      <Link href="https://example.org/" external>
        Bundesportal
      </Link>,
    );
    const link = screen.getByRole("link", { name: "Bundesportal" });
    expect(link.getAttribute("rel")).toBe("external");
    expect(link.hasAttribute("target")).toBe(false);
  });

  it("opens a new tab only with newTab, with rel noreferrer noopener and the hidden German notice", () => {
    render(
      <Link href="https://example.org/" external newTab rel="help">
        Hilfe
      </Link>,
    );
    // jsdom's name computation drops the space before the hidden span; Chromium keeps it (see the browser test).
    const link = screen.getByRole("link", { name: /^Hilfe ?\(öffnet in neuem Tab\)$/ });
    expect(link.textContent).toBe("Hilfe (öffnet in neuem Tab)");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")?.split(" ").sort()).toEqual(["external", "help", "noopener", "noreferrer"]);
    expect(link.querySelector(".dk-visually-hidden")?.textContent).toBe(" (öffnet in neuem Tab)");
  });

  it("announces the new tab in English and with the app's wording", () => {
    render(
      <Link href="/help" newTab locale="en">
        Help
      </Link>,
    );
    expect(screen.getByRole("link").textContent).toBe("Help (opens in new tab)");
    cleanup();
    render(
      <Link href="/hilfe" newTab messages={{ newTab: "(neues Fenster)" }}>
        Hilfe
      </Link>,
    );
    expect(screen.getByRole("link").textContent).toBe("Hilfe (neues Fenster)");
  });

  it("passes native attributes and handlers through and forwards its ref", () => {
    const onClick = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const ref = createRef<HTMLAnchorElement>();
    render(
      <Link ref={ref} href="/datei.pdf" download hrefLang="de" aria-describedby="size" onClick={onClick}>
        Merkblatt
      </Link>,
    );
    const link = screen.getByRole("link", { name: "Merkblatt" });
    expect(ref.current).toBe(link);
    expect(link.hasAttribute("download")).toBe(true);
    expect(link.getAttribute("hreflang")).toBe("de");
    expect(link.getAttribute("aria-describedby")).toBe("size");
    link.click();
    expect(onClick).toHaveBeenCalledOnce();
  });

  it("is focusable by keyboard", () => {
    render(<Link href="/weiter">Weiter</Link>);
    const link = screen.getByRole("link");
    link.focus();
    expect(document.activeElement).toBe(link);
  });

  it("renders complete HTML on the server", () => {
    expect(
      renderToString(
        <Link href="https://example.org/" newTab>
          Hilfe
        </Link>,
      ),
    ).toBe(
      '<a class="dk-link" rel="noreferrer noopener" target="_blank" href="https://example.org/">Hilfe<span class="dk-visually-hidden"> (öffnet in neuem Tab)</span></a>',
    );
  });
});
