import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errorSummaryItems } from "../../forms/index.js";
import { ErrorSummary } from "./ErrorSummary.js";
import { ExampleFields, exampleErrors } from "./examples.js";

const scrolled: Element[] = [];
const originalScrollIntoView = Element.prototype.scrollIntoView;

beforeEach(() => {
  scrolled.length = 0;
  // jsdom has no layout, so no scrollIntoView; record which element would be scrolled into view.
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolled.push(this);
  };
});

afterEach(() => {
  cleanup();
  Element.prototype.scrollIntoView = originalScrollIntoView;
});

function renderWithFields(props: Partial<Parameters<typeof ErrorSummary>[0]> = {}) {
  return render(
    <>
      <ErrorSummary errors={exampleErrors()} {...props} />
      <ExampleFields />
    </>,
  );
}

describe("ErrorSummary", () => {
  it("is a region named by its heading, with a link per error", () => {
    renderWithFields();
    const summary = screen.getByRole("region", { name: "Es gibt ein Problem" });
    expect(summary.tagName).toBe("SECTION");
    expect(summary.className).toBe("dk-error-summary");
    const heading = within(summary).getByRole("heading", { level: 2, name: "Es gibt ein Problem" });
    expect(summary.getAttribute("aria-labelledby")).toBe(heading.id);
    expect(summary.getAttribute("tabindex")).toBe("-1");
    expect(summary.getAttribute("role")).toBeNull();
    const links = within(within(summary).getByRole("list")).getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Geben Sie Ihren Vornamen ein.", "#vorname"],
      ["Geben Sie Ihr Geburtsdatum ein.", "#geburtsdatum"],
      ["Wählen Sie aus, wie Sie bezahlen möchten.", "#zahlungsweise"],
    ]);
  });

  it("renders nothing when there are no errors", () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container.innerHTML).toBe("");
    expect(screen.queryByRole("region")).toBeNull();
  });

  it("takes focus when it appears, unless disableAutoFocus is set", () => {
    renderWithFields();
    expect(document.activeElement).toBe(screen.getByRole("region", { name: "Es gibt ein Problem" }));
    cleanup();
    renderWithFields({ disableAutoFocus: true });
    expect(document.activeElement).toBe(document.body);
  });

  it("takes focus when errors appear after a render without errors", () => {
    const { rerender } = render(<ErrorSummary errors={[]} />);
    expect(document.activeElement).toBe(document.body);
    rerender(<ErrorSummary errors={[{ text: "Geben Sie Ihren Vornamen ein.", href: "#vorname" }]} />);
    expect(document.activeElement).toBe(screen.getByRole("region"));
  });

  it("moves focus to the input a link points to and scrolls its label into view", () => {
    renderWithFields();
    const link = screen.getByRole("link", { name: "Geben Sie Ihren Vornamen ein." });
    const notPrevented = fireEvent.click(link);
    expect(notPrevented).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: /Vorname/ }));
    expect(scrolled).toEqual([screen.getByText("Vorname", { selector: "label" })]);
  });

  it("moves focus to the first input of a group (date parts)", () => {
    renderWithFields();
    fireEvent.click(screen.getByRole("link", { name: "Geben Sie Ihr Geburtsdatum ein." }));
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Tag" }));
  });

  it("moves focus to the first radio of a group and scrolls its legend into view", () => {
    renderWithFields();
    fireEvent.click(screen.getByRole("link", { name: "Wählen Sie aus, wie Sie bezahlen möchten." }));
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Lastschrift" }));
    expect(scrolled).toEqual([screen.getByText("Wie möchten Sie bezahlen?")]);
  });

  it("leaves modified clicks (new tab, new window) to the browser", () => {
    renderWithFields({ disableAutoFocus: true });
    const link = screen.getByRole("link", { name: "Geben Sie Ihren Vornamen ein." });
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(fireEvent.click(link, { metaKey: true })).toBe(true);
    expect(document.activeElement).toBe(document.body);
  });

  it("leaves the browser's default jump when the target has no field", () => {
    render(<ErrorSummary errors={[{ text: "Fehlt", href: "#gibt-es-nicht" }]} />);
    expect(fireEvent.click(screen.getByRole("link", { name: "Fehlt" }))).toBe(true);
    expect(scrolled).toEqual([]);
  });

  it("lists an error without a field link (href '#') as text", () => {
    render(<ErrorSummary errors={[{ text: "Der Antrag konnte nicht gespeichert werden.", href: "#" }]} />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByRole("listitem").textContent).toBe("Der Antrag konnte nicht gespeichert werden.");
  });

  it("takes the items of errorSummaryItems as they are", () => {
    const errors = errorSummaryItems([
      { path: ["vorname"], message: "Geben Sie Ihren Vornamen ein." },
      { path: ["vorname"], message: "Zweite Meldung zum selben Feld" },
      { path: [], message: "Formularfehler" },
    ]);
    render(<ErrorSummary errors={errors} />);
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Geben Sie Ihren Vornamen ein.",
      "Formularfehler",
    ]);
  });

  it("gives the caller's ref the summary while it shows errors, and null while it shows none", () => {
    const ref = createRef<HTMLElement>();
    const { rerender } = render(<ErrorSummary ref={ref} errors={[]} disableAutoFocus />);
    expect(ref.current).toBeNull();
    rerender(<ErrorSummary ref={ref} errors={exampleErrors()} disableAutoFocus />);
    expect(ref.current).toBe(screen.getByRole("region"));
    rerender(<ErrorSummary ref={ref} errors={[]} disableAutoFocus />);
    expect(ref.current).toBeNull();
  });

  it("shows a description, a custom title, a heading level and the caller's attributes", () => {
    const ref = createRef<HTMLElement>();
    render(
      <ErrorSummary
        ref={ref}
        id="fehler"
        className="extra"
        data-testid="summary"
        errors={exampleErrors()}
        title="Ihre Angaben sind unvollständig"
        description="Bitte korrigieren Sie die markierten Angaben."
        headingLevel={3}
        disableAutoFocus
      />,
    );
    const summary = screen.getByRole("region", { name: "Ihre Angaben sind unvollständig" });
    expect(ref.current).toBe(summary);
    expect(summary.id).toBe("fehler");
    expect(summary.className).toBe("dk-error-summary extra");
    expect(summary.dataset.testid).toBe("summary");
    expect(screen.getByRole("heading", { level: 3 }).id).toBe("fehler-title");
    expect(screen.getByText("Bitte korrigieren Sie die markierten Angaben.").tagName).toBe("P");
  });

  it("has English texts and takes the app's wording", () => {
    render(<ErrorSummary errors={exampleErrors("en")} locale="en" disableAutoFocus />);
    expect(screen.getByRole("region", { name: "There is a problem" })).toBeTruthy();
    cleanup();
    render(<ErrorSummary errors={exampleErrors()} messages={{ title: "Bitte prüfen Sie Ihre Angaben" }} />);
    expect(screen.getByRole("heading", { name: "Bitte prüfen Sie Ihre Angaben" })).toBeTruthy();
  });

  it("renders complete HTML on the server, with plain fragment links", () => {
    const html = renderToString(<ErrorSummary id="fehler" errors={exampleErrors()} />);
    expect(html).toContain(
      '<section id="fehler" class="dk-error-summary" tabindex="-1" aria-labelledby="fehler-title">',
    );
    expect(html).toContain('<h2 id="fehler-title" class="dk-error-summary__title">Es gibt ein Problem</h2>');
    expect(html).toContain('<a class="dk-error-summary__link" href="#vorname">Geben Sie Ihren Vornamen ein.</a>');
    expect(html).toContain('href="#geburtsdatum"');
    expect(html).not.toContain("role=");
    expect(renderToString(<ErrorSummary errors={[]} />)).toBe("");
  });
});
