import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { createRef, useState } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { cityOptions } from "./examples.js";
import { Select } from "./index.js";

afterEach(cleanup);

function formValues(form: HTMLFormElement) {
  return [...new FormData(form).entries()];
}

function optionTexts(select: HTMLElement) {
  return within(select)
    .getAllByRole("option")
    .map((option) => option.textContent);
}

function ControlledSelect() {
  const [value, setValue] = useState("wetzlar");
  return (
    <form>
      <Select
        id="c"
        name="c"
        label="Stadt"
        options={cityOptions}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <output>{value}</output>
    </form>
  );
}

describe("Select", () => {
  it("renders a native select named by its label with the given options", () => {
    render(<Select id="stadt" name="stadt" label="Stadt" options={cityOptions} />);
    const select = screen.getByRole("combobox", { name: "Stadt" });
    expect(select.tagName).toBe("SELECT");
    expect(select.className).toBe("dk-select__input");
    expect(select.hasAttribute("aria-describedby")).toBe(false);
    expect(optionTexts(select)).toEqual(["Gießen", "Marburg", "Wetzlar"]);
    expect(screen.getByRole("option", { name: "Marburg" })).toHaveProperty("disabled", true);
    expect(screen.getByRole("option", { name: "Wetzlar" })).toHaveProperty("value", "wetzlar");
    expect(select.closest(".dk-form-group")?.className).toBe("dk-form-group dk-select");
  });

  it("adds an empty first option with the built-in or a given text", () => {
    render(
      <>
        <Select id="a" name="a" label="A" options={cityOptions} emptyOption />
        <Select id="b" name="b" label="B" options={cityOptions} emptyOption="Stadt wählen" />
        <Select id="c" name="c" label="C" options={cityOptions} emptyOption locale="en" />
      </>,
    );
    const a = screen.getByRole("combobox", { name: "A" });
    expect(optionTexts(a)).toEqual(["Bitte auswählen", "Gießen", "Marburg", "Wetzlar"]);
    expect(a).toHaveProperty("value", "");
    expect(optionTexts(screen.getByRole("combobox", { name: "B" }))[0]).toBe("Stadt wählen");
    expect(optionTexts(screen.getByRole("combobox", { name: "C" }))[0]).toBe("Please select");
  });

  it("takes options as children", () => {
    render(
      <Select id="s" name="s" label="Stadt" emptyOption>
        <optgroup label="Mittelhessen">
          <option value="giessen">Gießen</option>
        </optgroup>
      </Select>,
    );
    const select = screen.getByRole("combobox", { name: "Stadt" });
    expect(optionTexts(select)).toEqual(["Bitte auswählen", "Gießen"]);
    expect(screen.getByRole("group", { name: "Mittelhessen" })).toBeTruthy();
  });

  it("wires hint and error into aria-describedby and marks the select invalid", () => {
    render(
      <Select
        id="k"
        name="k"
        label="Landkreis"
        hint="Ihr Hauptwohnsitz"
        error="Wählen Sie den Landkreis aus"
        options={cityOptions}
      />,
    );
    const select = screen.getByRole("combobox", {
      name: "Landkreis",
      description: (text) => text.startsWith("Ihr Hauptwohnsitz") && text.endsWith("Wählen Sie den Landkreis aus"),
    });
    expect(select.getAttribute("aria-describedby")).toBe("k-hint k-error");
    expect(select.getAttribute("aria-invalid")).toBe("true");
    expect(select.className).toBe("dk-select__input dk-select__input--error");
    expect(document.getElementById("k-error")?.textContent).toBe("Fehler: Wählen Sie den Landkreis aus");
    expect(select.closest(".dk-form-group")?.classList.contains("dk-form-group--error")).toBe(true);
  });

  it("renders the label as the page heading when asked", () => {
    render(<Select id="k" name="k" label="Wo wohnen Sie?" options={cityOptions} isPageHeading />);
    expect(screen.getByRole("heading", { level: 1, name: "Wo wohnen Sie?" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Wo wohnen Sie?" })).toBeTruthy();
  });

  it("forwards its ref to the native select", () => {
    const ref = createRef<HTMLSelectElement>();
    render(<Select ref={ref} id="k" name="k" label="K" options={cityOptions} />);
    expect(ref.current).toBe(screen.getByRole("combobox"));
  });

  it("posts natively: the empty option, a default value, then the user's choice", () => {
    const { container } = render(
      <form>
        <Select id="a" name="a" label="A" options={cityOptions} emptyOption />
        <Select id="b" name="b" label="B" options={cityOptions} defaultValue="wetzlar" />
      </form>,
    );
    const form = container.querySelector("form") as HTMLFormElement;
    expect(formValues(form)).toEqual([
      ["a", ""],
      ["b", "wetzlar"],
    ]);
    fireEvent.change(screen.getByRole("combobox", { name: "A" }), { target: { value: "giessen" } });
    expect(formValues(form)).toEqual([
      ["a", "giessen"],
      ["b", "wetzlar"],
    ]);
  });

  it("works controlled with value and onChange", () => {
    const { container } = render(<ControlledSelect />);
    const select = screen.getByRole("combobox", { name: "Stadt" });
    expect(select).toHaveProperty("value", "wetzlar");
    fireEvent.change(select, { target: { value: "giessen" } });
    expect(select).toHaveProperty("value", "giessen");
    expect(screen.getByRole("status").textContent).toBe("giessen");
    expect(formValues(container.querySelector("form") as HTMLFormElement)).toEqual([["c", "giessen"]]);
  });

  it("speaks English and takes the app's wording", () => {
    render(
      <>
        <Select id="e" name="e" label="County" options={cityOptions} error="Select your county" locale="en" />
        <Select
          id="m"
          name="m"
          label="Kreis"
          options={cityOptions}
          emptyOption
          messages={{ emptyOption: "– wählen –" }}
        />
      </>,
    );
    expect(document.getElementById("e-error")?.textContent).toBe("Error: Select your county");
    expect(optionTexts(screen.getByRole("combobox", { name: "Kreis" }))[0]).toBe("– wählen –");
  });

  it("renders complete HTML on the server", () => {
    const html = renderToString(
      <Select
        id="k"
        name="k"
        label="Landkreis"
        hint="Hauptwohnsitz"
        error="Fehlt"
        options={cityOptions}
        emptyOption
        defaultValue="wetzlar"
      />,
    );
    expect(html).toContain('<label for="k" class="dk-label">Landkreis</label>');
    expect(html).toContain('<div class="dk-hint" id="k-hint">Hauptwohnsitz</div>');
    expect(html).toContain("Fehlt</p>");
    expect(html).toContain('<select id="k" class="dk-select__input dk-select__input--error"');
    expect(html).toContain('name="k"');
    expect(html).toContain('<option value="">Bitte auswählen</option>');
    expect(html).toContain('<option value="wetzlar" selected="">Wetzlar</option>');
    expect(html).toContain('<option value="marburg" disabled="">Marburg</option>');
  });
});
