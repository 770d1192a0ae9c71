import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { Spinner } from "./Spinner.js";

afterEach(cleanup);

describe("Spinner", () => {
  it("is a status live region named by its text, with the ring hidden from assistive technology", () => {
    const { container } = render(<Spinner />);
    const status = screen.getByRole("status");
    expect(status).toBe(container.firstElementChild);
    expect(status.textContent).toBe("Wird geladen …");
    expect(status.className).toBe("dk-spinner dk-spinner--m");
    const icon = status.querySelector(".dk-spinner__icon");
    expect(icon?.getAttribute("aria-hidden")).toBe("true");
    expect(icon?.textContent).toBe("");
    // The text is read by screen readers, not shown.
    expect(screen.getByText("Wird geladen …").className).toBe("dk-visually-hidden");
  });

  it("shows the text with showLabel and takes the app's text", () => {
    render(<Spinner showLabel label="Suchergebnisse werden geladen …" />);
    const text = screen.getByText("Suchergebnisse werden geladen …");
    expect(text.className).toBe("dk-spinner__label");
    expect(screen.getByRole("status").textContent).toBe("Suchergebnisse werden geladen …");
  });

  it("keeps the empty status container while not loading, and fills the same element when loading starts", () => {
    const { rerender } = render(<Spinner loading={false} />);
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("");
    expect(status.querySelector(".dk-spinner__icon")).toBeNull();
    rerender(<Spinner loading />);
    expect(screen.getByRole("status")).toBe(status);
    expect(status.textContent).toBe("Wird geladen …");
    expect(status.querySelector(".dk-spinner__icon")).not.toBeNull();
    rerender(<Spinner loading={false} />);
    expect(screen.getByRole("status")).toBe(status);
    expect(status.textContent).toBe("");
  });

  it("has English texts and takes the app's wording", () => {
    render(<Spinner locale="en" />);
    expect(screen.getByRole("status").textContent).toBe("Loading …");
    cleanup();
    render(<Spinner locale="en" messages={{ loading: "Please wait …" }} />);
    expect(screen.getByRole("status").textContent).toBe("Please wait …");
  });

  it.each(["s", "m", "l"] as const)("applies the size class %s", (size) => {
    render(<Spinner size={size} />);
    expect(screen.getByRole("status").classList.contains(`dk-spinner--${size}`)).toBe(true);
  });

  it("forwards its ref and keeps the caller's class and attributes", () => {
    const ref = createRef<HTMLDivElement>();
    render(<Spinner ref={ref} id="laden" className="extra" aria-live="assertive" />);
    expect(ref.current).toBe(screen.getByRole("status"));
    expect(ref.current?.id).toBe("laden");
    expect(ref.current?.className).toBe("dk-spinner dk-spinner--m extra");
    expect(ref.current?.getAttribute("aria-live")).toBe("assertive");
  });

  it("renders complete HTML on the server", () => {
    expect(renderToString(<Spinner />)).toBe(
      '<div role="status" class="dk-spinner dk-spinner--m"><span class="dk-spinner__icon" aria-hidden="true"></span>' +
        '<span class="dk-visually-hidden">Wird geladen …</span></div>',
    );
    expect(renderToString(<Spinner loading={false} />)).toBe(
      '<div role="status" class="dk-spinner dk-spinner--m"></div>',
    );
  });
});
