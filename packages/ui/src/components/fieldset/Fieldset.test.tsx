import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { Fieldset } from "./index.js";

afterEach(cleanup);

function postcodeField(id = "anschrift-postleitzahl") {
  return (
    <>
      <label htmlFor={id}>Postleitzahl</label>
      <input id={id} name="postleitzahl" defaultValue="35390" />
    </>
  );
}

describe("Fieldset", () => {
  it("is a group named by its legend, with the fields inside", () => {
    render(
      <Fieldset id="anschrift" legend="Wie lautet Ihre Anschrift?">
        {postcodeField()}
      </Fieldset>,
    );
    const group = screen.getByRole("group", { name: "Wie lautet Ihre Anschrift?" });
    expect(group.tagName).toBe("FIELDSET");
    expect(group.className).toBe("dk-fieldset");
    expect(group.querySelector("legend")?.className).toBe("dk-fieldset__legend dk-fieldset__legend--s");
    expect(within(group).getByRole("textbox", { name: "Postleitzahl" })).toBeDefined();
    expect(group.hasAttribute("aria-describedby")).toBe(false);
    expect(group.hasAttribute("id")).toBe(false);
    expect(group.parentElement?.className).toBe("dk-form-group");
  });

  it("ties hint and error to the fieldset and shows the error state", () => {
    render(
      <Fieldset
        id="anschrift"
        legend="Wie lautet Ihre Anschrift?"
        hint="Ihre Meldeanschrift."
        error="Geben Sie Ihre Anschrift ein."
        aria-describedby="extra"
      >
        {postcodeField()}
      </Fieldset>,
    );
    const group = screen.getByRole("group", { name: "Wie lautet Ihre Anschrift?" });
    expect(group.getAttribute("aria-describedby")).toBe("anschrift-hint anschrift-error extra");
    expect(document.getElementById("anschrift-hint")?.textContent).toBe("Ihre Meldeanschrift.");
    expect(document.getElementById("anschrift-error")?.textContent).toBe("Fehler: Geben Sie Ihre Anschrift ein.");
    expect(group.parentElement?.className).toBe("dk-form-group dk-form-group--error");
    // The hint comes before the error, and both before the fields, as screen readers read them.
    const order = [...group.children].map((child) => child.tagName);
    expect(order).toEqual(["LEGEND", "DIV", "P", "LABEL", "INPUT"]);
  });

  it("treats an empty error or hint as none", () => {
    render(
      <Fieldset id="anschrift" legend="Anschrift" hint="" error="">
        {postcodeField()}
      </Fieldset>,
    );
    const group = screen.getByRole("group", { name: "Anschrift" });
    expect(group.hasAttribute("aria-describedby")).toBe(false);
    expect(document.getElementById("anschrift-error")).toBeNull();
    expect(group.parentElement?.className).toBe("dk-form-group");
  });

  it("puts an h1 inside the legend for a page heading, at size l unless told otherwise", () => {
    render(
      <Fieldset id="geburtsdatum" legend="Wann sind Sie geboren?" isPageHeading>
        {postcodeField()}
      </Fieldset>,
    );
    const heading = screen.getByRole("heading", { level: 1, name: "Wann sind Sie geboren?" });
    expect(heading.className).toBe("dk-fieldset__heading");
    expect(heading.parentElement?.tagName).toBe("LEGEND");
    expect(heading.parentElement?.className).toContain("dk-fieldset__legend--l");
    expect(screen.getByRole("group", { name: "Wann sind Sie geboren?" })).toBeDefined();
  });

  it.each(["s", "m", "l", "xl"] as const)("applies the legend size %s", (size) => {
    render(
      <Fieldset id="frage" legend="Frage" legendSize={size}>
        {postcodeField()}
      </Fieldset>,
    );
    expect(screen.getByText("Frage").className).toBe(`dk-fieldset__legend dk-fieldset__legend--${size}`);
  });

  it("names the error in English", () => {
    render(
      <Fieldset id="address" legend="What is your address?" error="Enter your address." locale="en">
        {postcodeField()}
      </Fieldset>,
    );
    expect(document.getElementById("address-error")?.textContent).toBe("Error: Enter your address.");
  });

  it("takes the app's wording for the error prefix", () => {
    render(
      <Fieldset id="anschrift" legend="Anschrift" error="Fehlt." messages={{ prefix: "Achtung:" }}>
        {postcodeField()}
      </Fieldset>,
    );
    expect(document.getElementById("anschrift-error")?.textContent).toBe("Achtung: Fehlt.");
  });

  it("forwards its ref, class and native attributes to the fieldset and classes to the form group", () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(
      <Fieldset
        ref={ref}
        id="anschrift"
        legend="Anschrift"
        className="extra"
        formGroupClassName="dk-date-input"
        data-testid="set"
      >
        {postcodeField()}
      </Fieldset>,
    );
    const group = screen.getByRole("group", { name: "Anschrift" });
    expect(ref.current).toBe(group);
    expect(group.className).toBe("dk-fieldset extra");
    expect(group.dataset.testid).toBe("set");
    expect(group.parentElement?.className).toBe("dk-form-group dk-date-input");
  });

  it("posts the fields inside natively, and none of them when disabled", () => {
    const { container, rerender } = render(
      <form>
        <Fieldset id="anschrift" legend="Anschrift">
          {postcodeField()}
        </Fieldset>
      </form>,
    );
    const form = container.querySelector("form") as HTMLFormElement;
    fireEvent.change(screen.getByRole("textbox", { name: "Postleitzahl" }), { target: { value: "35578" } });
    expect([...new FormData(form)]).toEqual([["postleitzahl", "35578"]]);
    rerender(
      <form>
        <Fieldset id="anschrift" legend="Anschrift" disabled>
          {postcodeField()}
        </Fieldset>
      </form>,
    );
    expect([...new FormData(form)]).toEqual([]);
  });

  it("renders complete HTML on the server", () => {
    const html = renderToString(
      <Fieldset id="anschrift" legend="Wie lautet Ihre Anschrift?" hint="Ihre Meldeanschrift." error="Fehlt.">
        {postcodeField()}
      </Fieldset>,
    );
    expect(html).toContain('<fieldset class="dk-fieldset" aria-describedby="anschrift-hint anschrift-error">');
    expect(html).toContain(
      '<legend class="dk-fieldset__legend dk-fieldset__legend--s">Wie lautet Ihre Anschrift?</legend>',
    );
    expect(html).toContain('<div class="dk-hint" id="anschrift-hint">Ihre Meldeanschrift.</div>');
    expect(html).toContain("Fehler:");
    expect(html).toContain('id="anschrift-error"');
    expect(html).toContain('value="35390"');
  });
});
