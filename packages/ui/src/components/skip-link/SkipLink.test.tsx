import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { SkipLink } from "./index.js";

afterEach(cleanup);

describe("SkipLink", () => {
  it("links „Zum Inhalt springen“ to #inhalt", () => {
    render(<SkipLink />);
    const link = screen.getByRole("link", { name: "Zum Inhalt springen" });
    expect(link.tagName).toBe("A");
    expect(link.getAttribute("href")).toBe("#inhalt");
    expect(link.className).toBe("dk-skip-link");
  });

  it("takes another target, text, English and the app's wording", () => {
    render(<SkipLink href="#antrag" locale="en" />);
    expect(screen.getByRole("link", { name: "Skip to main content" }).getAttribute("href")).toBe("#antrag");
    cleanup();
    render(<SkipLink>Direkt zum Antrag</SkipLink>);
    expect(screen.getByRole("link", { name: "Direkt zum Antrag" })).toBeTruthy();
    cleanup();
    render(<SkipLink messages={{ text: "Zum Hauptinhalt" }} />);
    expect(screen.getByRole("link", { name: "Zum Hauptinhalt" })).toBeTruthy();
  });

  it("forwards its ref and passes native props through", () => {
    const ref = createRef<HTMLAnchorElement>();
    render(<SkipLink ref={ref} className="extra" id="skip" />);
    const link = screen.getByRole("link");
    expect(ref.current).toBe(link);
    expect(link.className).toBe("dk-skip-link extra");
    expect(link.id).toBe("skip");
  });

  it("is focusable by keyboard", () => {
    render(<SkipLink />);
    const link = screen.getByRole("link");
    link.focus();
    expect(document.activeElement).toBe(link);
  });

  it("renders complete HTML on the server", () => {
    expect(renderToString(<SkipLink />)).toBe('<a href="#inhalt" class="dk-skip-link">Zum Inhalt springen</a>');
  });
});
