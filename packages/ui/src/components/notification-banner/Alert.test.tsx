import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { Alert, type AlertVariant } from "./Alert.js";

afterEach(cleanup);

const PREFIXES: Array<[AlertVariant, string, string]> = [
  ["info", "Information:", "Information:"],
  ["success", "Erfolg:", "Success:"],
  ["warning", "Warnung:", "Warning:"],
  ["error", "Fehler:", "Error:"],
];

describe("Alert", () => {
  it.each(PREFIXES)("names the %s variant in text: heading „%s …“", (variant, german) => {
    const { container } = render(
      <Alert variant={variant} title="Zahlung">
        <p>Text</p>
      </Alert>,
    );
    const heading = screen.getByRole("heading", { level: 2, name: `${german} Zahlung` });
    expect(heading.className).toBe("dk-alert__title");
    const prefix = heading.querySelector(".dk-visually-hidden");
    expect(prefix?.textContent).toBe(german);
    const alert = container.firstElementChild;
    expect(alert?.className).toBe(`dk-alert dk-alert--${variant}`);
    expect(alert?.getAttribute("role")).toBeNull();
  });

  it.each(PREFIXES)("has the English prefix for %s", (variant, _german, english) => {
    render(<Alert variant={variant} locale="en" title="Payment" />);
    expect(screen.getByRole("heading", { name: `${english} Payment` })).toBeTruthy();
  });

  it("defaults to info and puts the prefix before the content when there is no title", () => {
    const { container } = render(<Alert>Nur für Einwohner von Gießen.</Alert>);
    expect(container.firstElementChild?.className).toBe("dk-alert dk-alert--info");
    expect(screen.queryByRole("heading")).toBeNull();
    expect(container.querySelector(".dk-alert__content")?.textContent).toBe(
      "Information: Nur für Einwohner von Gießen.",
    );
  });

  it("hides the decorative icon from assistive technology, and drops it on request", () => {
    const { container } = render(<Alert variant="error" title="Fehlgeschlagen" />);
    const icon = container.querySelector("svg");
    expect(icon?.getAttribute("aria-hidden")).toBe("true");
    expect(icon?.getAttribute("focusable")).toBe("false");
    cleanup();
    const again = render(<Alert icon={false} title="Ohne Symbol" />);
    expect(again.container.querySelector("svg")).toBeNull();
  });

  it("is a live region only when announced: alert for warning and error, status for info and success", () => {
    render(<Alert variant="error" announce title="Speichern fehlgeschlagen" />);
    expect(screen.getByRole("alert").textContent).toContain("Fehler: Speichern fehlgeschlagen");
    cleanup();
    render(<Alert variant="warning" announce title="Achtung" />);
    expect(screen.getByRole("alert")).toBeTruthy();
    cleanup();
    render(<Alert variant="success" announce title="Gespeichert" />);
    expect(screen.getByRole("status").textContent).toContain("Erfolg: Gespeichert");
    cleanup();
    render(<Alert variant="info" announce title="Hinweis" />);
    expect(screen.getByRole("status")).toBeTruthy();
  });

  it("takes heading level, class, ref, native attributes and the app's wording", () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <Alert
        ref={ref}
        id="zahlung"
        className="extra"
        headingLevel={3}
        variant="warning"
        title="Frist"
        messages={{ warning: "Achtung:" }}
      />,
    );
    const heading = screen.getByRole("heading", { level: 3, name: "Achtung: Frist" });
    expect(ref.current?.id).toBe("zahlung");
    expect(ref.current?.contains(heading)).toBe(true);
    expect(ref.current?.className).toBe("dk-alert dk-alert--warning extra");
  });

  it("renders complete HTML on the server", () => {
    const html = renderToString(
      <Alert variant="error" title="Zahlung fehlgeschlagen" icon={false}>
        <p>Es wurde nichts abgebucht.</p>
      </Alert>,
    );
    expect(html).toBe(
      '<div class="dk-alert dk-alert--error"><div class="dk-alert__body"><h2 class="dk-alert__title">' +
        '<span class="dk-visually-hidden">Fehler:</span> <!-- -->Zahlung fehlgeschlagen</h2>' +
        '<div class="dk-alert__content"><p>Es wurde nichts abgebucht.</p></div></div></div>',
    );
    expect(renderToString(<Alert title="Hinweis" />)).toContain('<svg class="dk-alert__icon" aria-hidden="true"');
  });
});
