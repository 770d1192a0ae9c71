import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { bewohnerparkenSections } from "./examples.js";
import { Accordion } from "./index.js";

afterEach(cleanup);

const sectionsOf = (container: HTMLElement) => [...container.querySelectorAll("details")];
const showAll = () => screen.getByRole("button", { name: "Alle Abschnitte öffnen" });

describe("Accordion", () => {
  it("renders one native details per section, the heading inside its summary (level 2 by default)", () => {
    const { container } = render(<Accordion sections={bewohnerparkenSections} />);
    expect(container.firstElementChild?.className).toBe("dk-accordion");
    const sections = sectionsOf(container);
    expect(sections).toHaveLength(4);
    expect(sections.every((details) => details.className === "dk-accordion__section" && !details.open)).toBe(true);
    const headings = screen.getAllByRole("heading", { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      "Voraussetzungen",
      "Erforderliche Unterlagen",
      "Gebühren",
      "Bearbeitungsdauer",
    ]);
    expect(headings.every((heading) => heading.parentElement?.tagName === "SUMMARY")).toBe(true);
    expect(headings[0]?.className).toBe("dk-accordion__heading");
    expect(sections[2]?.querySelector(".dk-accordion__content")?.textContent).toBe(
      "Der Bewohnerparkausweis kostet 30,00 € für ein Jahr.",
    );
  });

  it("uses the heading level it is given", () => {
    render(<Accordion sections={bewohnerparkenSections} headingLevel={3} />);
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(4);
    expect(screen.queryByRole("heading", { level: 2 })).toBeNull();
  });

  it("renders summaries, ids and sections open by default", () => {
    const { container } = render(
      <Accordion
        sections={[
          { heading: "Hund anmelden", summary: "Innerhalb von zwei Wochen", content: "…", id: "anmelden" },
          { heading: "Hund abmelden", content: "…", defaultOpen: true },
        ]}
      />,
    );
    const [first, second] = sectionsOf(container);
    expect(first?.id).toBe("anmelden");
    expect(first?.querySelector("summary")?.textContent).toBe("Hund anmeldenInnerhalb von zwei Wochen");
    expect(first?.querySelector(".dk-accordion__summary-text")?.textContent).toBe("Innerhalb von zwei Wochen");
    expect(second?.open).toBe(true);
    expect(second?.querySelector(".dk-accordion__summary-text")).toBeNull();
  });

  it("adds the show-all button once effects run, and it opens and closes every section", () => {
    const { container } = render(<Accordion sections={bewohnerparkenSections} />);
    const button = showAll();
    expect(button.getAttribute("type")).toBe("button");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(button.parentElement?.className).toBe("dk-accordion__controls");
    fireEvent.click(button);
    expect(sectionsOf(container).every((details) => details.open)).toBe(true);
    expect(button.textContent).toBe("Alle Abschnitte schließen");
    expect(button.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(button);
    expect(sectionsOf(container).some((details) => details.open)).toBe(false);
    expect(button.textContent).toBe("Alle Abschnitte öffnen");
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });

  it("follows sections the user opens and closes one by one", () => {
    const { container } = render(<Accordion sections={bewohnerparkenSections.slice(0, 2)} />);
    const [first, second] = sectionsOf(container);
    if (!first || !second) throw new Error("two sections expected");
    first.open = true;
    fireEvent(first, new Event("toggle"));
    expect(showAll().getAttribute("aria-expanded")).toBe("false");
    second.open = true;
    fireEvent(second, new Event("toggle"));
    const button = screen.getByRole("button", { name: "Alle Abschnitte schließen" });
    expect(button.getAttribute("aria-expanded")).toBe("true");
    first.open = false;
    fireEvent(first, new Event("toggle"));
    expect(button.textContent).toBe("Alle Abschnitte öffnen");
  });

  it("shows no button for a single section or with showAllButton false", () => {
    render(<Accordion sections={bewohnerparkenSections.slice(0, 1)} />);
    expect(screen.queryByRole("button")).toBeNull();
    cleanup();
    render(<Accordion sections={bewohnerparkenSections} showAllButton={false} />);
    expect(screen.queryByRole("button")).toBeNull();
    cleanup();
    render(<Accordion sections={bewohnerparkenSections.slice(0, 1)} showAllButton />);
    expect(showAll()).toBeTruthy();
  });

  it("speaks English and the app's wording", () => {
    render(<Accordion locale="en" sections={bewohnerparkenSections} />);
    fireEvent.click(screen.getByRole("button", { name: "Show all sections" }));
    expect(screen.getByRole("button", { name: "Hide all sections" })).toBeTruthy();
    cleanup();
    render(<Accordion messages={{ showAll: "Alles aufklappen" }} sections={bewohnerparkenSections} />);
    expect(screen.getByRole("button", { name: "Alles aufklappen" })).toBeTruthy();
  });

  it("forwards its ref and native attributes to the wrapper", () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(
      <Accordion ref={ref} id="leistung" className="extra" aria-label="Details" sections={bewohnerparkenSections} />,
    );
    const wrapper = container.firstElementChild;
    expect(ref.current).toBe(wrapper);
    expect(wrapper?.id).toBe("leistung");
    expect(wrapper?.className).toBe("dk-accordion extra");
  });

  it("renders every section on the server, without the show-all button", () => {
    const html = renderToString(<Accordion sections={bewohnerparkenSections.slice(2, 3)} headingLevel={3} />);
    expect(html).toBe(
      '<div class="dk-accordion"><details class="dk-accordion__section"><summary class="dk-accordion__summary">' +
        '<h3 class="dk-accordion__heading">Gebühren</h3></summary><div class="dk-accordion__content"><p>Der ' +
        "Bewohnerparkausweis kostet 30,00 € für ein Jahr.</p></div></details></div>",
    );
    expect(renderToString(<Accordion sections={bewohnerparkenSections} />)).not.toContain("<button");
  });

  it("hydrates the server HTML and keeps a section the user opened before", async () => {
    const element = <Accordion sections={bewohnerparkenSections} />;
    const host = document.createElement("div");
    host.innerHTML = renderToString(element);
    document.body.append(host);
    const sections = within(host).getAllByRole("group");
    expect(sections).toHaveLength(4);
    for (const details of sectionsOf(host)) details.open = true;
    const root = await act(async () => hydrateRoot(host, element));
    const button = within(host).getByRole("button", { name: "Alle Abschnitte schließen" });
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(sectionsOf(host).every((details) => details.open)).toBe(true);
    act(() => root.unmount());
    host.remove();
  });
});
