import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { parkausweisSteps, parkausweisStepsWithoutLinks } from "./examples.js";
import { StepIndicator } from "./index.js";

afterEach(cleanup);

const items = () => within(screen.getByRole("list")).getAllByRole("listitem");

describe("StepIndicator", () => {
  it("says which step of how many, and names the current step in the status line", () => {
    const { container } = render(<StepIndicator steps={parkausweisStepsWithoutLinks} current={2} />);
    const status = container.querySelector(".dk-step-indicator__status");
    expect(status?.textContent).toBe("Schritt 2 von 5: Persönliche Angaben");
    expect(status?.querySelector(".dk-step-indicator__status-title")?.textContent).toBe(": Persönliche Angaben");
  });

  it("lists every step in order and marks the current one with aria-current=step", () => {
    render(<StepIndicator steps={parkausweisStepsWithoutLinks} current={2} />);
    expect(screen.getByRole("list").tagName).toBe("OL");
    const steps = items();
    expect(steps.map((step) => step.textContent)).toEqual([
      "Antragsteller (abgeschlossen)",
      "Persönliche Angaben",
      "Fahrzeug",
      "Nachweise",
      "Prüfen und absenden",
    ]);
    expect(steps.map((step) => step.getAttribute("aria-current"))).toEqual([null, "step", null, null, null]);
    expect(steps[0]?.className).toBe("dk-step-indicator__step dk-step-indicator__step--completed");
    expect(steps[1]?.className).toBe("dk-step-indicator__step dk-step-indicator__step--current");
    expect(steps[2]?.className).toBe("dk-step-indicator__step");
  });

  it("marks completed steps in visually hidden text", () => {
    render(<StepIndicator steps={parkausweisStepsWithoutLinks} current={4} />);
    const hidden = screen.getByRole("list").querySelectorAll(".dk-visually-hidden");
    expect([...hidden].map((span) => span.textContent)).toEqual([
      " (abgeschlossen)",
      " (abgeschlossen)",
      " (abgeschlossen)",
    ]);
  });

  it("is a plain div without links, and a labelled nav with links to completed steps only", () => {
    const { container } = render(<StepIndicator steps={parkausweisStepsWithoutLinks} current={3} />);
    expect(container.firstElementChild?.tagName).toBe("DIV");
    expect(container.firstElementChild?.hasAttribute("aria-label")).toBe(false);
    expect(screen.queryByRole("navigation")).toBeNull();
    cleanup();
    render(<StepIndicator steps={parkausweisSteps} current={3} />);
    const nav = screen.getByRole("navigation", { name: "Fortschritt" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Antragsteller (abgeschlossen)", "/antrag/antragsteller"],
      ["Persönliche Angaben (abgeschlossen)", "/antrag/person"],
    ]);
    expect(links[0]?.className).toBe("dk-link dk-link--no-visited-state dk-step-indicator__link");
  });

  it("keeps the current step within the steps", () => {
    const { container } = render(<StepIndicator steps={parkausweisStepsWithoutLinks} current={9} />);
    expect(container.querySelector(".dk-step-indicator__status")?.textContent).toBe(
      "Schritt 5 von 5: Prüfen und absenden",
    );
    cleanup();
    render(<StepIndicator steps={parkausweisSteps} current={0} />);
    expect(items()[0]?.getAttribute("aria-current")).toBe("step");
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("uses English and the app's wording", () => {
    const { container } = render(
      <StepIndicator steps={parkausweisSteps} current={2} locale="en" messages={{ label: "Application progress" }} />,
    );
    expect(container.querySelector(".dk-step-indicator__status")?.textContent).toBe("Step 2 of 5: Persönliche Angaben");
    expect(screen.getByRole("navigation", { name: "Application progress" })).toBeTruthy();
    expect(screen.getByRole("link").textContent).toBe("Antragsteller (completed)");
  });

  it("forwards its ref and keeps native attributes", () => {
    const ref = createRef<HTMLElement>();
    render(<StepIndicator ref={ref} steps={parkausweisSteps} current={2} className="extra" id="schritte" />);
    expect(ref.current).toBe(screen.getByRole("navigation"));
    expect(ref.current?.className).toBe("dk-step-indicator extra");
    expect(ref.current?.id).toBe("schritte");
  });

  it("renders complete HTML on the server", () => {
    const html = renderToString(<StepIndicator steps={parkausweisSteps.slice(0, 3)} current={2} />);
    expect(html).toBe(
      '<nav class="dk-step-indicator" aria-label="Fortschritt"><p class="dk-step-indicator__status">Schritt 2 von 3' +
        '<span class="dk-step-indicator__status-title">: <!-- -->Persönliche Angaben</span></p>' +
        '<ol class="dk-step-indicator__steps"><li class="dk-step-indicator__step dk-step-indicator__step--completed">' +
        '<a class="dk-link dk-link--no-visited-state dk-step-indicator__link" href="/antrag/antragsteller">Antragsteller' +
        '<span class="dk-visually-hidden"> (abgeschlossen)</span></a></li>' +
        '<li class="dk-step-indicator__step dk-step-indicator__step--current" aria-current="step">Persönliche Angaben</li>' +
        '<li class="dk-step-indicator__step">Fahrzeug</li></ol></nav>',
    );
  });
});
