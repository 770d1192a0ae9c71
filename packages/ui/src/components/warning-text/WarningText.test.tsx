import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { WarningText } from "./WarningText.js";

afterEach(cleanup);

const WARNING = "Wenn Sie Ihren Hund nicht anmelden, kann ein Bußgeld fällig werden.";

describe("WarningText", () => {
  it("says „Warnung:“ in text before the warning, in bold", () => {
    const { container } = render(<WarningText>{WARNING}</WarningText>);
    const block = container.firstElementChild as HTMLElement;
    expect(block.className).toBe("dk-warning-text");
    const strong = block.querySelector("strong");
    expect(strong?.className).toBe("dk-warning-text__text");
    expect(strong?.textContent).toBe(`Warnung: ${WARNING}`);
    const prefix = screen.getByText("Warnung:");
    expect(prefix.className).toBe("dk-visually-hidden");
    expect(prefix.parentElement).toBe(strong);
  });

  it("hides the exclamation mark from assistive technology", () => {
    const { container } = render(<WarningText>{WARNING}</WarningText>);
    const icon = container.querySelector(".dk-warning-text__icon");
    expect(icon?.textContent).toBe("!");
    expect(icon?.getAttribute("aria-hidden")).toBe("true");
  });

  it("is static content: no live region, nothing focusable", () => {
    render(<WarningText>{WARNING}</WarningText>);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
    expect(document.querySelector("[tabindex]")).toBeNull();
  });

  it("has the English prefix and takes the app's wording", () => {
    const { container } = render(<WarningText locale="en">You can be fined.</WarningText>);
    expect(container.querySelector("strong")?.textContent).toBe("Warning: You can be fined.");
    cleanup();
    const again = render(<WarningText messages={{ prefix: "Wichtig:" }}>Unterschrift nicht vergessen.</WarningText>);
    expect(again.container.querySelector("strong")?.textContent).toBe("Wichtig: Unterschrift nicht vergessen.");
  });

  it("forwards its ref and keeps the caller's class and attributes", () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <WarningText ref={ref} id="bussgeld" className="extra">
        {WARNING}
      </WarningText>,
    );
    expect(ref.current?.id).toBe("bussgeld");
    expect(ref.current?.className).toBe("dk-warning-text extra");
  });

  it("renders complete HTML on the server", () => {
    expect(renderToString(<WarningText>Frist beachten.</WarningText>)).toBe(
      '<div class="dk-warning-text"><span class="dk-warning-text__icon" aria-hidden="true">!</span>' +
        '<strong class="dk-warning-text__text"><span class="dk-visually-hidden">Warnung:</span> <!-- -->Frist beachten.' +
        "</strong></div>",
    );
  });
});
