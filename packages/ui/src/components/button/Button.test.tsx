import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Button } from "../../index.js";

afterEach(cleanup);

describe("Button", () => {
  it("renders a native button named by its text, submitting by default", () => {
    render(<Button>Antrag absenden</Button>);
    const button = screen.getByRole("button", { name: "Antrag absenden" });
    expect(button.tagName).toBe("BUTTON");
    expect(button).toHaveProperty("type", "submit");
    expect(button.className).toBe("dk-button dk-button--primary");
  });

  it.each(["secondary", "warning"] as const)("applies the %s variant class", (variant) => {
    render(<Button variant={variant}>Weiter</Button>);
    expect(screen.getByRole("button").classList.contains(`dk-button--${variant}`)).toBe(true);
  });

  it("keeps the caller's type, class, attributes and handlers", () => {
    const onClick = vi.fn();
    render(
      <Button type="button" className="extra" aria-describedby="hint" onClick={onClick}>
        Hilfe
      </Button>,
    );
    const button = screen.getByRole("button", { name: "Hilfe" });
    expect(button).toHaveProperty("type", "button");
    expect(button.className).toBe("dk-button dk-button--primary extra");
    expect(button.getAttribute("aria-describedby")).toBe("hint");
    button.click();
    expect(onClick).toHaveBeenCalledOnce();
  });

  it("forwards its ref to the native element", () => {
    const ref = createRef<HTMLButtonElement>();
    render(<Button ref={ref}>Speichern</Button>);
    expect(ref.current).toBe(screen.getByRole("button"));
  });

  it("stays operable by keyboard: focusable, and disabled only when asked", () => {
    render(<Button>Weiter</Button>);
    const button = screen.getByRole("button");
    button.focus();
    expect(document.activeElement).toBe(button);
    cleanup();
    render(<Button disabled>Weiter</Button>);
    expect(screen.getByRole("button")).toHaveProperty("disabled", true);
  });

  it("renders complete HTML on the server", () => {
    expect(renderToString(<Button variant="secondary">Zurück</Button>)).toBe(
      '<button type="submit" class="dk-button dk-button--secondary">Zurück</button>',
    );
  });
});
