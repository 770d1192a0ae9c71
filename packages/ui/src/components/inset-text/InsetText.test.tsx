import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { InsetText } from "./InsetText.js";

afterEach(cleanup);

describe("InsetText", () => {
  it("renders its text in a div with the block class and no role", () => {
    const { container } = render(
      <InsetText>Es kann bis zu 8 Wochen dauern, bis Sie eine Entscheidung erhalten.</InsetText>,
    );
    const block = container.firstElementChild as HTMLElement;
    expect(block.tagName).toBe("DIV");
    expect(block.className).toBe("dk-inset-text");
    expect(block.getAttribute("role")).toBeNull();
    expect(screen.getByText("Es kann bis zu 8 Wochen dauern, bis Sie eine Entscheidung erhalten.")).toBe(block);
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByRole("note")).toBeNull();
  });

  it("keeps rich children: paragraphs and links", () => {
    render(
      <InsetText>
        <p>Sie können Ihren Hund auch persönlich anmelden.</p>
        <p>
          <a href="/buergerbuero">Öffnungszeiten des Bürgerbüros</a>
        </p>
      </InsetText>,
    );
    expect(screen.getByText("Sie können Ihren Hund auch persönlich anmelden.").tagName).toBe("P");
    expect(screen.getByRole("link", { name: "Öffnungszeiten des Bürgerbüros" }).getAttribute("href")).toBe(
      "/buergerbuero",
    );
  });

  it("forwards its ref and keeps the caller's class and attributes", () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <InsetText ref={ref} id="frist" className="extra" lang="en">
        It can take up to 8 weeks.
      </InsetText>,
    );
    expect(ref.current?.id).toBe("frist");
    expect(ref.current?.className).toBe("dk-inset-text extra");
    expect(ref.current?.lang).toBe("en");
  });

  it("renders complete HTML on the server", () => {
    expect(renderToString(<InsetText>Bearbeitungszeit: 8 Wochen</InsetText>)).toBe(
      '<div class="dk-inset-text">Bearbeitungszeit: 8 Wochen</div>',
    );
  });
});
