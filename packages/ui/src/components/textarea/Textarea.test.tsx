import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createRef, useState } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { Textarea } from "./index.js";

afterEach(cleanup);

function formValues(form: HTMLFormElement) {
  return [...new FormData(form).entries()];
}

function ControlledTextarea() {
  const [value, setValue] = useState("Hallo");
  return (
    <form>
      <Textarea id="n" name="n" label="Nachricht" value={value} onChange={(e) => setValue(e.target.value.trim())} />
    </form>
  );
}

describe("Textarea", () => {
  it("renders a native textarea named by its label, five rows by default", () => {
    render(<Textarea id="anliegen" name="anliegen" label="Ihr Anliegen" />);
    const textarea = screen.getByRole("textbox", { name: "Ihr Anliegen" });
    expect(textarea.tagName).toBe("TEXTAREA");
    expect(textarea.getAttribute("rows")).toBe("5");
    expect(textarea.getAttribute("name")).toBe("anliegen");
    expect(textarea.className).toBe("dk-textarea__input");
    expect(textarea.hasAttribute("aria-describedby")).toBe(false);
    expect(textarea.hasAttribute("aria-invalid")).toBe(false);
    expect(textarea.closest(".dk-form-group")?.className).toBe("dk-form-group dk-textarea");
  });

  it("wires hint and error into aria-describedby and marks the field invalid", () => {
    render(
      <Textarea
        id="grund"
        name="grund"
        label="Begründung"
        hint="Warum halten Sie den Bescheid für falsch?"
        error="Geben Sie eine Begründung ein"
        rows={3}
        className="extra"
      />,
    );
    const textarea = screen.getByRole("textbox", {
      name: "Begründung",
      description: (text) => text.includes("Warum halten Sie") && text.includes("Geben Sie eine Begründung ein"),
    });
    expect(textarea.getAttribute("aria-describedby")).toBe("grund-hint grund-error");
    expect(textarea.getAttribute("aria-invalid")).toBe("true");
    expect(textarea.getAttribute("rows")).toBe("3");
    expect(textarea.className).toBe("dk-textarea__input dk-textarea__input--error extra");
    expect(document.getElementById("grund-error")?.textContent).toBe("Fehler: Geben Sie eine Begründung ein");
    expect(textarea.closest(".dk-form-group")?.classList.contains("dk-form-group--error")).toBe(true);
  });

  it("renders the label as the page heading when asked", () => {
    render(<Textarea id="t" name="t" label="Warum möchten Sie verschieben?" isPageHeading />);
    expect(screen.getByRole("heading", { level: 1, name: "Warum möchten Sie verschieben?" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Warum möchten Sie verschieben?" })).toBeTruthy();
  });

  it("forwards its ref to the native textarea", () => {
    const ref = createRef<HTMLTextAreaElement>();
    render(<Textarea ref={ref} id="t" name="t" label="Text" />);
    expect(ref.current).toBe(screen.getByRole("textbox"));
  });

  it("posts natively: the default value, then what the user typed, line breaks included", () => {
    const { container } = render(
      <form>
        <Textarea id="a" name="a" label="A" defaultValue="Erste Zeile" />
      </form>,
    );
    const form = container.querySelector("form") as HTMLFormElement;
    expect(formValues(form)).toEqual([["a", "Erste Zeile"]]);
    fireEvent.change(screen.getByRole("textbox", { name: "A" }), { target: { value: "Zeile 1\nZeile 2" } });
    expect(formValues(form)).toEqual([["a", "Zeile 1\nZeile 2"]]);
  });

  it("works controlled with value and onChange", () => {
    const { container } = render(<ControlledTextarea />);
    const textarea = screen.getByRole("textbox", { name: "Nachricht" });
    expect(textarea).toHaveProperty("value", "Hallo");
    fireEvent.change(textarea, { target: { value: "  Guten Tag  " } });
    expect(textarea).toHaveProperty("value", "Guten Tag");
    expect(formValues(container.querySelector("form") as HTMLFormElement)).toEqual([["n", "Guten Tag"]]);
  });

  it("speaks English", () => {
    render(<Textarea id="r" name="r" label="Your request" error="Enter your request" locale="en" />);
    expect(document.getElementById("r-error")?.textContent).toBe("Error: Enter your request");
  });

  it("renders complete HTML on the server", () => {
    const html = renderToString(
      <Textarea id="g" name="g" label="Begründung" hint="Kurz und sachlich" error="Fehlt" defaultValue="Text" />,
    );
    expect(html).toContain('<label for="g" class="dk-label">Begründung</label>');
    expect(html).toContain('<div class="dk-hint" id="g-hint">Kurz und sachlich</div>');
    expect(html).toContain("Fehlt</p>");
    expect(html).toMatch(/<textarea id="g" rows="5" class="dk-textarea__input dk-textarea__input--error"/);
    expect(html).toContain('aria-describedby="g-hint g-error"');
    expect(html).toContain(">Text</textarea>");
  });
});
