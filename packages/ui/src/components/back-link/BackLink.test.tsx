import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BackLink } from "./index.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("BackLink", () => {
  it("is a plain link named „Zurück“ to the address the app passes", () => {
    render(<BackLink href="/antrag/schritt-1" />);
    const link = screen.getByRole("link", { name: "Zurück" });
    expect(link.tagName).toBe("A");
    expect(link.getAttribute("href")).toBe("/antrag/schritt-1");
    expect(link.className).toBe("dk-back-link");
    expect(link.childElementCount).toBe(0);
  });

  it("says “Back” in English and takes the app's wording or its own text", () => {
    render(<BackLink href="/en/apply" locale="en" />);
    expect(screen.getByRole("link").textContent).toBe("Back");
    cleanup();
    render(<BackLink href="/antrag" messages={{ back: "Einen Schritt zurück" }} />);
    expect(screen.getByRole("link").textContent).toBe("Einen Schritt zurück");
    cleanup();
    render(
      <BackLink href="/antraege" locale="en">
        Zurück zur Übersicht
      </BackLink>,
    );
    expect(screen.getByRole("link", { name: "Zurück zur Übersicht" })).toBeTruthy();
  });

  it("never uses the browser history: activating it is plain navigation to its href", () => {
    const back = vi.spyOn(window.history, "back");
    const go = vi.spyOn(window.history, "go");
    render(<BackLink href="#vorherige-frage" />);
    const link = screen.getByRole("link", { name: "Zurück" });
    expect(fireEvent.click(link)).toBe(true); // not prevented: the browser follows the href
    expect(back).not.toHaveBeenCalled();
    expect(go).not.toHaveBeenCalled();
  });

  it("passes native attributes and handlers through and forwards its ref", () => {
    const ref = createRef<HTMLAnchorElement>();
    const onClick = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    render(<BackLink ref={ref} href="/start" className="extra" id="zurueck" hrefLang="de" onClick={onClick} />);
    const link = screen.getByRole("link");
    expect(ref.current).toBe(link);
    expect(link.className).toBe("dk-back-link extra");
    expect(link.id).toBe("zurueck");
    expect(link.getAttribute("hreflang")).toBe("de");
    link.click();
    expect(onClick).toHaveBeenCalledOnce();
  });

  it("is focusable by keyboard", () => {
    render(<BackLink href="/start" />);
    const link = screen.getByRole("link");
    link.focus();
    expect(document.activeElement).toBe(link);
  });

  it("renders complete HTML on the server, without client code", () => {
    expect(renderToString(<BackLink href="/antrag/fahrzeug" />)).toBe(
      '<a class="dk-back-link" href="/antrag/fahrzeug">Zurück</a>',
    );
  });
});
