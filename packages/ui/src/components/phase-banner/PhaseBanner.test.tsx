import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { PhaseBanner } from "./index.js";

afterEach(cleanup);

const paragraph = (container: HTMLElement) => container.querySelector("p.dk-phase-banner__content");

describe("PhaseBanner", () => {
  it("shows the label „Beta“ as bold text and the text with a link to the feedback form", () => {
    const { container } = render(<PhaseBanner feedbackHref="/feedback" />);
    expect(container.firstElementChild?.className).toBe("dk-phase-banner");
    const tag = screen.getByText("Beta");
    expect(tag.tagName).toBe("STRONG");
    expect(tag.className).toBe("dk-phase-banner__tag");
    expect(paragraph(container)?.textContent).toBe(
      "Beta Dies ist ein neuer Service. Ihr Feedback hilft uns, ihn zu verbessern.",
    );
    const link = screen.getByRole("link", { name: "Feedback" });
    expect(link.getAttribute("href")).toBe("/feedback");
    expect(link.className).toBe("dk-link dk-phase-banner__link");
  });

  it("shows „Alpha“, and the text without a link when there is no feedback address", () => {
    const { container } = render(<PhaseBanner phase="alpha" />);
    expect(screen.getByText("Alpha").tagName).toBe("STRONG");
    expect(screen.queryByRole("link")).toBeNull();
    expect(paragraph(container)?.textContent).toBe(
      "Alpha Dies ist ein neuer Service. Ihr Feedback hilft uns, ihn zu verbessern.",
    );
  });

  it("replaces the text with its children", () => {
    const { container } = render(
      <PhaseBanner feedbackHref="/feedback">
        Neu: <a href="/hilfe">Hilfe</a>
      </PhaseBanner>,
    );
    expect(paragraph(container)?.textContent).toBe("Beta Neu: Hilfe");
    expect(screen.getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual(["/hilfe"]);
  });

  it("speaks English and takes the app's wording", () => {
    const { container } = render(<PhaseBanner locale="en" feedbackHref="/en/feedback" />);
    expect(paragraph(container)?.textContent).toBe(
      "Beta This is a new service. Your feedback will help us to improve it.",
    );
    expect(screen.getByRole("link", { name: "feedback" }).getAttribute("href")).toBe("/en/feedback");
    cleanup();
    const custom = render(
      <PhaseBanner
        feedbackHref="/umfrage"
        messages={{ beta: "Testphase", text: "Neu hier. {feedback}!", feedback: "Sagen Sie uns Ihre Meinung" }}
      />,
    );
    expect(paragraph(custom.container)?.textContent).toBe("Testphase Neu hier. Sagen Sie uns Ihre Meinung!");
    expect(screen.getByRole("link", { name: "Sagen Sie uns Ihre Meinung" })).toBeTruthy();
    cleanup();
    const withoutPlaceholder = render(<PhaseBanner feedbackHref="/umfrage" messages={{ text: "Neuer Service." }} />);
    expect(paragraph(withoutPlaceholder.container)?.textContent).toBe("Beta Neuer Service.");
  });

  it("forwards its ref and passes native props through", () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(<PhaseBanner ref={ref} className="extra" id="phase" />);
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current?.className).toBe("dk-phase-banner extra");
    expect(ref.current?.id).toBe("phase");
  });

  it("renders complete HTML on the server", () => {
    expect(renderToString(<PhaseBanner feedbackHref="/feedback" />)).toBe(
      '<section class="dk-phase-banner" aria-label="Hinweis zum Entwicklungsstand"><p class="dk-phase-banner__content"><strong class="dk-phase-banner__tag">Beta</strong> ' +
        '<span class="dk-phase-banner__text">Dies ist ein neuer Service. Ihr <a class="dk-link dk-phase-banner__link" href="/feedback">Feedback</a>' +
        " hilft uns, ihn zu verbessern.</span></p></section>",
    );
  });
});
