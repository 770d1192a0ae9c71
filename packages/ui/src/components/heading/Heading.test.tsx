import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { Heading, type HeadingLevel } from "./index.js";

afterEach(cleanup);

describe("Heading", () => {
  it.each([
    [1, "xl"],
    [2, "l"],
    [3, "m"],
    [4, "s"],
    [5, "s"],
    [6, "s"],
  ] as const)("level %i renders <h%i> with the default size %s", (level: HeadingLevel, size) => {
    render(<Heading level={level}>Persönliche Angaben</Heading>);
    const heading = screen.getByRole("heading", { level, name: "Persönliche Angaben" });
    expect(heading.tagName).toBe(`H${level}`);
    expect(heading.className).toBe(`dk-heading dk-heading--${size}`);
  });

  it("chooses the size apart from the level", () => {
    render(
      <Heading level={2} size="xl" className="extra" id="anschrift">
        Ihre Anschrift
      </Heading>,
    );
    const heading = screen.getByRole("heading", { level: 2, name: "Ihre Anschrift" });
    expect(heading.className).toBe("dk-heading dk-heading--xl extra");
    expect(heading.id).toBe("anschrift");
  });

  it("puts the caption inside the heading, so it is part of the heading's name", () => {
    render(
      <Heading level={1} size="l" caption="Antrag auf Bewohnerparkausweis">
        Persönliche Angaben
      </Heading>,
    );
    const heading = screen.getByRole("heading", { level: 1 });
    expect(heading.textContent).toBe("Antrag auf Bewohnerparkausweis Persönliche Angaben");
    const caption = heading.querySelector(".dk-heading__caption");
    expect(caption?.tagName).toBe("SPAN");
    expect(caption?.className).toBe("dk-heading__caption dk-heading__caption--l");
    expect(heading.firstChild).toBe(caption);
  });

  it("puts the caption before the heading when asked, outside the heading's name", () => {
    const { container } = render(
      <Heading level={1} caption="Antrag auf Bewohnerparkausweis" captionPlacement="above">
        Persönliche Angaben
      </Heading>,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Persönliche Angaben" })).toBeTruthy();
    const caption = container.firstElementChild;
    expect(caption?.textContent).toBe("Antrag auf Bewohnerparkausweis");
    expect(caption?.nextElementSibling?.tagName).toBe("H1");
  });

  it("forwards its ref to the heading element", () => {
    const ref = createRef<HTMLHeadingElement>();
    render(
      <Heading ref={ref} level={3} tabIndex={-1}>
        Zusammenfassung
      </Heading>,
    );
    expect(ref.current).toBe(screen.getByRole("heading", { level: 3 }));
    expect(ref.current?.getAttribute("tabindex")).toBe("-1");
  });

  it("renders complete HTML on the server", () => {
    expect(
      renderToString(
        <Heading level={2} size="m" caption="Schritt 2">
          Anschrift
        </Heading>,
      ),
    ).toBe(
      '<h2 class="dk-heading dk-heading--m"><span class="dk-heading__caption dk-heading__caption--m">Schritt 2</span> <!-- -->Anschrift</h2>',
    );
  });
});
