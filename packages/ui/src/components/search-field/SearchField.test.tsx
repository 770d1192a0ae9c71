import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createRef, useState } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SearchField } from "./index.js";

afterEach(cleanup);

/** A controlled SearchField that upper-cases what is typed, reporting each raw value. */
function ControlledSearch({ onChange }: { onChange: (value: string) => void }) {
  const [query, setQuery] = useState("Kita");
  return (
    <SearchField
      id="suche"
      value={query}
      onChange={(event) => {
        onChange(event.target.value);
        setQuery(event.target.value.toUpperCase());
      }}
    />
  );
}

const form = () => screen.getByRole("search") as HTMLFormElement;

describe("SearchField", () => {
  it("is a search landmark: a GET form to the action, named by its label", () => {
    render(<SearchField id="suche" action="/suche" label="Leistungen durchsuchen" />);
    const search = form();
    expect(search.tagName).toBe("FORM");
    expect(search.getAttribute("role")).toBe("search");
    expect(search.getAttribute("method")).toBe("get");
    expect(search.method).toBe("get");
    expect(search.getAttribute("action")).toBe("/suche");
    expect(new URL(search.action).pathname).toBe("/suche");
    expect(screen.getByRole("search", { name: "Leistungen durchsuchen" })).toBe(search);
    expect(search.className).toBe("dk-search-field");
  });

  it("labels the search input and names the submit button „Suchen“, with the magnifier hidden", () => {
    render(<SearchField id="suche" action="/suche" />);
    const input = screen.getByRole("searchbox", { name: "Suche" });
    expect(input).toHaveProperty("type", "search");
    expect(input.id).toBe("suche");
    expect(input.className).toBe("dk-search-field__input");
    const button = screen.getByRole("button", { name: "Suchen" });
    expect(button).toHaveProperty("type", "submit");
    const icon = button.querySelector("svg");
    expect(icon?.getAttribute("aria-hidden")).toBe("true");
    expect(button.querySelector(".dk-visually-hidden")?.textContent).toBe("Suchen");
  });

  it("hides the label visually only when asked, keeping it as the name", () => {
    const { container } = render(<SearchField id="suche" label="Suche" labelHidden />);
    expect(screen.getByRole("searchbox", { name: "Suche" })).toBeTruthy();
    expect(container.querySelector("label")?.className).toBe("dk-search-field__label dk-visually-hidden");
    cleanup();
    render(<SearchField id="suche" buttonTextVisible />);
    const button = screen.getByRole("button", { name: "Suchen" });
    expect(button.querySelector(".dk-visually-hidden")).toBeNull();
    expect(button.textContent).toBe("Suchen");
  });

  it("describes the input by its hint and the caller's descriptions", () => {
    render(
      <>
        <SearchField id="suche" hint="Zum Beispiel Hundesteuer" aria-describedby="tipp" />
        <p id="tipp">Tipp</p>
      </>,
    );
    const input = screen.getByRole("searchbox");
    expect(input.getAttribute("aria-describedby")).toBe("suche-hint tipp");
    expect(document.getElementById("suche-hint")?.textContent).toBe("Zum Beispiel Hundesteuer");
    cleanup();
    render(<SearchField id="suche" />);
    expect(screen.getByRole("searchbox").hasAttribute("aria-describedby")).toBe(false);
  });

  it("sends q with its default value, and after typing, as the native form does without JavaScript", () => {
    const submitted: Array<[string, FormDataEntryValue][]> = [];
    render(
      <SearchField
        id="suche"
        action="/suche"
        defaultValue="Hundesteuer"
        formProps={{
          onSubmit: (event) => {
            event.preventDefault();
            submitted.push([...new FormData(event.currentTarget)]);
          },
        }}
      />,
    );
    expect([...new FormData(form())]).toEqual([["q", "Hundesteuer"]]);
    fireEvent.click(screen.getByRole("button", { name: "Suchen" }));
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "Sperrmüll" } });
    fireEvent.submit(form());
    expect(submitted).toEqual([[["q", "Hundesteuer"]], [["q", "Sperrmüll"]]]);
  });

  it("uses the given parameter name", () => {
    render(<SearchField id="suche" name="suchbegriff" defaultValue="Kita" />);
    expect([...new FormData(form())]).toEqual([["suchbegriff", "Kita"]]);
  });

  it("works controlled", () => {
    const onChange = vi.fn();
    render(<ControlledSearch onChange={onChange} />);
    const input = screen.getByRole("searchbox") as HTMLInputElement;
    expect(input.value).toBe("Kita");
    fireEvent.change(input, { target: { value: "kitaplatz" } });
    expect(onChange).toHaveBeenCalledWith("kitaplatz");
    expect(input.value).toBe("KITAPLATZ");
  });

  it("disables input and button together", () => {
    render(<SearchField id="suche" disabled />);
    expect(screen.getByRole("searchbox")).toHaveProperty("disabled", true);
    expect(screen.getByRole("button")).toHaveProperty("disabled", true);
  });

  it("uses English and the app's wording", () => {
    render(<SearchField id="search" locale="en" />);
    expect(screen.getByRole("search", { name: "Search" })).toBeTruthy();
    expect(screen.getByRole("searchbox", { name: "Search" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Search" })).toBeTruthy();
    cleanup();
    render(<SearchField id="suche" messages={{ label: "Stichwortsuche", button: "Finden" }} />);
    expect(screen.getByRole("searchbox", { name: "Stichwortsuche" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Finden" })).toBeTruthy();
  });

  it("forwards its ref to the input, passes input props to it and form props to the form", () => {
    const ref = createRef<HTMLInputElement>();
    render(
      <SearchField
        ref={ref}
        id="suche"
        className="extra"
        placeholder="Suchbegriff"
        autoComplete="off"
        formProps={{ className: "kopf", id: "kopfsuche" }}
      />,
    );
    const input = screen.getByRole("searchbox");
    expect(ref.current).toBe(input);
    expect(input.className).toBe("dk-search-field__input extra");
    expect(input.getAttribute("placeholder")).toBe("Suchbegriff");
    expect(input.getAttribute("autocomplete")).toBe("off");
    expect(form().className).toBe("dk-search-field kopf");
    expect(form().id).toBe("kopfsuche");
  });

  it("renders complete HTML on the server: form, label, hint, input and named button", () => {
    const html = renderToString(
      <SearchField id="suche" action="/suche" label="Leistungen durchsuchen" hint="Zum Beispiel Hundesteuer" />,
    );
    const container = document.createElement("div");
    container.innerHTML = html;
    const search = container.querySelector("form");
    expect(search?.getAttribute("role")).toBe("search");
    expect(search?.getAttribute("action")).toBe("/suche");
    expect(search?.getAttribute("method")).toBe("get");
    expect(search?.getAttribute("aria-labelledby")).toBe("suche-label");
    expect(html).toContain(
      '<label id="suche-label" for="suche" class="dk-search-field__label">Leistungen durchsuchen</label>',
    );
    expect(html).toContain('<div id="suche-hint" class="dk-search-field__hint">Zum Beispiel Hundesteuer</div>');
    const input = container.querySelector("input");
    expect(input?.getAttribute("type")).toBe("search");
    expect(input?.getAttribute("name")).toBe("q");
    expect(input?.getAttribute("aria-describedby")).toBe("suche-hint");
    expect(container.querySelector('button[type="submit"]')?.textContent).toBe("Suchen");
  });
});
