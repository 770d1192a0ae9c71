import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { Panel } from "./Panel.js";

afterEach(cleanup);

describe("Panel", () => {
  it("shows the outcome as the page heading and the reference number in bold", () => {
    const { container } = render(<Panel title="Antrag eingegangen" reference="HDT-2026-004711" />);
    const heading = screen.getByRole("heading", { level: 1, name: "Antrag eingegangen" });
    expect(heading.className).toBe("dk-panel__title");
    expect(container.firstElementChild?.className).toBe("dk-panel");
    const reference = screen.getByText("HDT-2026-004711");
    expect(reference.tagName).toBe("STRONG");
    expect(reference.parentElement?.textContent).toBe("Ihr Aktenzeichen: HDT-2026-004711");
  });

  it("is static content, not a live region or landmark", () => {
    render(<Panel title="Antrag eingegangen" reference="HDT-2026-004711" />);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByRole("region")).toBeNull();
  });

  it("takes a heading level and body text", () => {
    render(
      <Panel title="Hund angemeldet" headingLevel={2}>
        <p>Wir haben Ihnen eine Bestätigung per E-Mail geschickt.</p>
      </Panel>,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Hund angemeldet" })).toBeTruthy();
    expect(screen.getByText("Wir haben Ihnen eine Bestätigung per E-Mail geschickt.")).toBeTruthy();
    expect(screen.queryByText(/Aktenzeichen/)).toBeNull();
  });

  it("renders no body when there is neither reference nor text", () => {
    const { container } = render(<Panel title="Zahlung abgeschlossen" />);
    expect(container.querySelector(".dk-panel__body")).toBeNull();
  });

  it("has English texts and takes the app's wording", () => {
    render(<Panel locale="en" title="Application received" reference="HDT-2026-004711" />);
    expect(screen.getByText("HDT-2026-004711").parentElement?.textContent).toBe(
      "Your reference number: HDT-2026-004711",
    );
    cleanup();
    render(<Panel title="Antrag eingegangen" reference="2026-17" messages={{ reference: "Ihre Vorgangsnummer:" }} />);
    expect(screen.getByText("2026-17").parentElement?.textContent).toBe("Ihre Vorgangsnummer: 2026-17");
  });

  it("forwards its ref and keeps the caller's class and attributes", () => {
    const ref = createRef<HTMLDivElement>();
    render(<Panel ref={ref} title="Antrag eingegangen" className="extra" id="bestaetigung" />);
    expect(ref.current?.id).toBe("bestaetigung");
    expect(ref.current?.className).toBe("dk-panel extra");
  });

  it("renders complete HTML on the server", () => {
    expect(renderToString(<Panel title="Antrag eingegangen" reference="HDT-2026-004711" />)).toBe(
      '<div class="dk-panel"><h1 class="dk-panel__title">Antrag eingegangen</h1><div class="dk-panel__body">' +
        '<p class="dk-panel__reference">Ihr Aktenzeichen:<!-- --> <strong>HDT-2026-004711</strong></p></div></div>',
    );
  });
});
