import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createRef, useState } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TextField } from "./index.js";

afterEach(cleanup);

function formValues(form: HTMLFormElement) {
  return [...new FormData(form).entries()];
}

function ControlledTextField({ onValue }: { onValue: (value: string) => void }) {
  const [value, setValue] = useState("Marburg");
  return (
    <form>
      <TextField
        id="ort"
        name="ort"
        label="Ort"
        value={value}
        onChange={(event) => {
          onValue(event.target.value);
          setValue(event.target.value.toUpperCase());
        }}
      />
    </form>
  );
}

describe("TextField", () => {
  it("renders a native text input named by its label", () => {
    render(<TextField id="nachname" name="nachname" label="Nachname" autoComplete="family-name" />);
    const input = screen.getByRole("textbox", { name: "Nachname" });
    expect(input.tagName).toBe("INPUT");
    expect(input.getAttribute("type")).toBe("text");
    expect(input.getAttribute("name")).toBe("nachname");
    expect(input.getAttribute("autocomplete")).toBe("family-name");
    expect(input.className).toBe("dk-text-field__input");
    expect(input.hasAttribute("aria-describedby")).toBe(false);
    expect(input.hasAttribute("aria-invalid")).toBe(false);
    expect(input.closest(".dk-form-group")?.className).toBe("dk-form-group dk-text-field");
  });

  it("wires the hint and the error into aria-describedby and marks the input invalid", () => {
    render(
      <TextField
        id="plz"
        name="plz"
        label="Postleitzahl"
        hint="Zum Beispiel 35390"
        error="Die Postleitzahl hat 5 Ziffern"
        aria-describedby="extra"
      />,
    );
    const input = screen.getByRole("textbox", { name: "Postleitzahl" });
    expect(input.getAttribute("aria-describedby")).toBe("plz-hint plz-error extra");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.className).toContain("dk-text-field__input--error");
    expect(document.getElementById("plz-hint")?.textContent).toBe("Zum Beispiel 35390");
    expect(document.getElementById("plz-error")?.textContent).toBe("Fehler: Die Postleitzahl hat 5 Ziffern");
    expect(input.closest(".dk-form-group")?.classList.contains("dk-form-group--error")).toBe(true);
    // The error stands above the input, after the hint.
    const error = document.getElementById("plz-error");
    expect(error?.compareDocumentPosition(input)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it("computes the accessible description from hint and error", () => {
    render(<TextField id="ort" name="ort" label="Ort" hint="Wie im Ausweis" error="Geben Sie den Ort ein" />);
    const input = screen.getByRole("textbox", {
      name: "Ort",
      description: (text) => text.startsWith("Wie im Ausweis") && text.endsWith("Geben Sie den Ort ein"),
    });
    expect(input.getAttribute("aria-invalid")).toBe("true");
  });

  it("passes type, inputMode, spellCheck and other native attributes to the input", () => {
    render(
      <>
        <TextField id="mail" name="mail" label="E-Mail" type="email" spellCheck={false} autoComplete="email" />
        <TextField id="tel" name="tel" label="Telefon" type="tel" />
        <TextField id="pin" name="pin" label="Zahl" inputMode="numeric" pattern="[0-9]*" required />
        <TextField id="web" name="web" label="Website" type="url" />
        <TextField id="pw" name="pw" label="Passwort" type="password" />
        <TextField id="q" name="q" label="Suche" type="search" />
      </>,
    );
    const mail = screen.getByRole("textbox", { name: "E-Mail" });
    expect(mail.getAttribute("type")).toBe("email");
    expect(mail.getAttribute("spellcheck")).toBe("false");
    expect(screen.getByRole("textbox", { name: "Telefon" }).getAttribute("type")).toBe("tel");
    const pin = screen.getByRole("textbox", { name: "Zahl" });
    expect(pin.getAttribute("inputmode")).toBe("numeric");
    expect(pin.getAttribute("pattern")).toBe("[0-9]*");
    expect(pin).toHaveProperty("required", true);
    expect(screen.getByRole("textbox", { name: "Website" }).getAttribute("type")).toBe("url");
    expect(screen.getByLabelText("Passwort").getAttribute("type")).toBe("password");
    expect(screen.getByRole("searchbox", { name: "Suche" })).toBeTruthy();
  });

  it.each(["2", "3", "4", "5", "10", "20", "30"] as const)("applies the width-%s modifier", (width) => {
    render(<TextField id="f" name="f" label="Feld" width={width} className="extra" />);
    expect(screen.getByRole("textbox").className).toBe(
      `dk-text-field__input dk-text-field__input--width-${width} extra`,
    );
  });

  it("uses the full width without a modifier", () => {
    render(<TextField id="f" name="f" label="Feld" width="full" />);
    expect(screen.getByRole("textbox").className).toBe("dk-text-field__input");
  });

  it("hides prefix and suffix from assistive technology and names the unit once", () => {
    render(
      <>
        <TextField id="betrag" name="betrag" label="Betrag" unitLabel="in Euro" prefix="€" />
        <TextField id="gewicht" name="gewicht" label="Gewicht in kg" suffix="kg" />
      </>,
    );
    const betrag = screen.getByRole("textbox", { name: "Betrag in Euro" });
    const gewicht = screen.getByRole("textbox", { name: "Gewicht in kg" });
    const prefix = betrag.previousElementSibling;
    expect(prefix?.textContent).toBe("€");
    expect(prefix?.getAttribute("aria-hidden")).toBe("true");
    expect(prefix?.className).toBe("dk-text-field__prefix");
    const suffix = gewicht.nextElementSibling;
    expect(suffix?.textContent).toBe("kg");
    expect(suffix?.getAttribute("aria-hidden")).toBe("true");
    expect(gewicht.parentElement?.className).toBe("dk-text-field__wrapper");
    expect(betrag.hasAttribute("aria-describedby")).toBe(false);
  });

  it("renders the label as the page heading when asked", () => {
    render(<TextField id="hund" name="hund" label="Wie heißt Ihr Hund?" isPageHeading />);
    const heading = screen.getByRole("heading", { level: 1, name: "Wie heißt Ihr Hund?" });
    expect(heading.querySelector("label")?.getAttribute("for")).toBe("hund");
    expect(screen.getByRole("textbox", { name: "Wie heißt Ihr Hund?" })).toBeTruthy();
  });

  it("forwards its ref to the native input", () => {
    const ref = createRef<HTMLInputElement>();
    render(<TextField ref={ref} id="f" name="f" label="Feld" />);
    expect(ref.current).toBe(screen.getByRole("textbox"));
  });

  it("posts natively: the default value, then what the user typed", () => {
    const { container } = render(
      <form>
        <TextField id="ort" name="ort" label="Ort" defaultValue="Gießen" />
        <TextField id="plz" name="plz" label="PLZ" />
      </form>,
    );
    const form = container.querySelector("form") as HTMLFormElement;
    expect(formValues(form)).toEqual([
      ["ort", "Gießen"],
      ["plz", ""],
    ]);
    fireEvent.change(screen.getByRole("textbox", { name: "PLZ" }), { target: { value: "35390" } });
    expect(formValues(form)).toEqual([
      ["ort", "Gießen"],
      ["plz", "35390"],
    ]);
  });

  it("does not post when disabled", () => {
    const { container } = render(
      <form>
        <TextField id="az" name="az" label="Aktenzeichen" defaultValue="1" disabled />
      </form>,
    );
    expect(screen.getByRole("textbox")).toHaveProperty("disabled", true);
    expect(formValues(container.querySelector("form") as HTMLFormElement)).toEqual([]);
  });

  it("works controlled with value and onChange", () => {
    const onChange = vi.fn();
    const { container } = render(<ControlledTextField onValue={onChange} />);
    const input = screen.getByRole("textbox", { name: "Ort" });
    expect(input).toHaveProperty("value", "Marburg");
    fireEvent.change(input, { target: { value: "Wetzlar" } });
    expect(onChange).toHaveBeenCalledWith("Wetzlar");
    expect(input).toHaveProperty("value", "WETZLAR");
    expect(formValues(container.querySelector("form") as HTMLFormElement)).toEqual([["ort", "WETZLAR"]]);
  });

  it("speaks English and takes the app's wording of the error prefix", () => {
    render(
      <>
        <TextField id="a" name="a" label="First name" error="Enter your first name" locale="en" />
        <TextField id="b" name="b" label="Vorname" error="Vorname fehlt" messages={{ prefix: "Achtung:" }} />
      </>,
    );
    expect(document.getElementById("a-error")?.textContent).toBe("Error: Enter your first name");
    expect(document.getElementById("b-error")?.textContent).toBe("Achtung: Vorname fehlt");
  });

  it("renders complete HTML on the server", () => {
    const html = renderToString(
      <TextField
        id="betrag"
        name="betrag"
        label="Betrag"
        unitLabel="in Euro"
        hint="Ohne Cent"
        error="Geben Sie einen Betrag ein"
        prefix="€"
        width="5"
        defaultValue="12"
      />,
    );
    expect(html).toContain(
      '<label for="betrag" class="dk-label">Betrag<!-- --> <span class="dk-visually-hidden">in Euro</span>',
    );
    expect(html).toContain('<div class="dk-hint" id="betrag-hint">Ohne Cent</div>');
    expect(html).toContain("Geben Sie einen Betrag ein");
    expect(html).toContain('<span class="dk-text-field__prefix" aria-hidden="true">€</span>');
    expect(html).toMatch(/<input id="betrag" type="text" class="[^"]*--width-5[^"]*"/);
    expect(html).toContain('name="betrag"');
    expect(html).toContain('aria-describedby="betrag-hint betrag-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="12"');
  });
});
