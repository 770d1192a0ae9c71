import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { createRef, type RefAttributes, useState } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { contactItems } from "../checkboxes/examples.js";
import { type RadioItem, Radios, type RadiosProps } from "./index.js";

afterEach(cleanup);

const ITEMS: RadioItem[] = [
  { value: "post", label: "Per Post", hint: "Drei bis fünf Werktage." },
  { value: "postfach", label: "Ins Postfach" },
  { value: "abholung", label: "Abholung", divider: true },
];

const CONDITIONAL: RadioItem[] = contactItems("weg");

function renderInForm(props: Partial<RadiosProps> & RefAttributes<HTMLFieldSetElement> = {}) {
  const view = render(
    <form>
      <Radios
        id="zustellung"
        name="zustellung"
        legend="Wie möchten Sie den Bescheid erhalten?"
        items={ITEMS}
        {...props}
      />
    </form>,
  );
  const form = view.container.querySelector("form") as HTMLFormElement;
  return { ...view, form, posted: (name = "zustellung") => new FormData(form).getAll(name) };
}

function ControlledParent() {
  const [value, setValue] = useState("");
  return (
    <form>
      <Radios id="z" name="z" legend="Zustellung" items={ITEMS} value={value} onChange={setValue} />
      <output>{value}</output>
    </form>
  );
}

function radio(name: string) {
  return screen.getByRole("radio", { name }) as HTMLInputElement;
}

describe("Radios", () => {
  it("renders native radios sharing one name in a group named by the legend", () => {
    renderInForm({ hint: "Das Postfach ist am schnellsten." });
    const group = screen.getByRole("group", { name: "Wie möchten Sie den Bescheid erhalten?" });
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((input) => input.getAttribute("name"))).toEqual(["zustellung", "zustellung", "zustellung"]);
    expect(radios.map((input) => input.id)).toEqual(["zustellung", "zustellung-1", "zustellung-2"]);
    expect(group.getAttribute("aria-describedby")).toBe("zustellung-hint");
    expect(document.getElementById("zustellung-hint")?.textContent).toBe("Das Postfach ist am schnellsten.");
    expect(group.querySelector(".dk-radios")?.className).toBe("dk-radios");
  });

  it("ties item hints to their radio and shows dividers", () => {
    renderInForm();
    expect(radio("Per Post").getAttribute("aria-describedby")).toBe("zustellung-item-hint");
    expect(document.getElementById("zustellung-item-hint")?.textContent).toBe("Drei bis fünf Werktage.");
    expect(radio("Ins Postfach").hasAttribute("aria-describedby")).toBe(false);
    expect(document.querySelector(".dk-radios__divider")?.textContent).toBe("oder");
  });

  it("shows the error on the group and marks every radio invalid", () => {
    renderInForm({ error: "Wählen Sie aus, wie Sie den Bescheid erhalten möchten." });
    const group = screen.getByRole("group", { name: "Wie möchten Sie den Bescheid erhalten?" });
    expect(group.getAttribute("aria-describedby")).toBe("zustellung-error");
    expect(document.getElementById("zustellung-error")?.textContent).toBe(
      "Fehler: Wählen Sie aus, wie Sie den Bescheid erhalten möchten.",
    );
    for (const input of screen.getAllByRole("radio")) expect(input.getAttribute("aria-invalid")).toBe("true");
  });

  it("posts the chosen value, uncontrolled with a default and after a click on the label", () => {
    const onChange = vi.fn();
    const { posted } = renderInForm({ defaultValue: "postfach", onChange });
    expect(posted()).toEqual(["postfach"]);
    fireEvent.click(screen.getByText("Abholung"));
    expect(radio("Abholung").checked).toBe(true);
    expect(posted()).toEqual(["abholung"]);
    expect(onChange).toHaveBeenLastCalledWith("abholung", expect.anything());
  });

  it("posts nothing until an option is chosen, and never a disabled one", () => {
    const { posted } = renderInForm({
      defaultValue: "postfach",
      items: [
        { value: "post", label: "Per Post" },
        { value: "postfach", label: "Ins Postfach", disabled: true },
      ],
    });
    expect(radio("Ins Postfach").disabled).toBe(true);
    expect(posted()).toEqual([]);
  });

  it("works controlled: reports the chosen value and shows the value it is given", () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <Radios id="z" name="z" legend="Zustellung" items={ITEMS} value="post" onChange={onChange} />,
    );
    fireEvent.click(radio("Ins Postfach"));
    expect(onChange).toHaveBeenLastCalledWith("postfach", expect.anything());
    expect(radio("Per Post").checked).toBe(true);
    rerender(<Radios id="z" name="z" legend="Zustellung" items={ITEMS} value="postfach" onChange={onChange} />);
    expect(radio("Ins Postfach").checked).toBe(true);
    rerender(<Radios id="z" name="z" legend="Zustellung" items={ITEMS} value="" onChange={onChange} />);
    expect(screen.getAllByRole("radio").some((input) => (input as HTMLInputElement).checked)).toBe(false);
  });

  it("works controlled with state in the parent, posting the value", () => {
    const { container } = render(<ControlledParent />);
    fireEvent.click(radio("Abholung"));
    expect(container.querySelector("output")?.textContent).toBe("abholung");
    expect(new FormData(container.querySelector("form") as HTMLFormElement).get("z")).toBe("abholung");
  });

  it("reveals the chosen option's content only, with aria-controls and without aria-expanded", () => {
    const { posted } = renderInForm({ id: "weg", name: "weg", items: CONDITIONAL, defaultValue: "email" });
    const emailContent = document.getElementById("weg-conditional") as HTMLElement;
    const phoneContent = document.getElementById("weg-1-conditional") as HTMLElement;
    expect(emailContent.className).toBe("dk-radios__conditional");
    expect(emailContent.hidden).toBe(false);
    expect(phoneContent.hidden).toBe(true);
    expect(radio("E-Mail").getAttribute("aria-controls")).toBe("weg-conditional");
    expect(radio("Telefon").getAttribute("aria-controls")).toBe("weg-1-conditional");
    for (const input of screen.getAllByRole("radio")) expect(input.hasAttribute("aria-expanded")).toBe(false);

    fireEvent.click(radio("Telefon"));
    expect(emailContent.hidden).toBe(true);
    expect(phoneContent.hidden).toBe(false);
    fireEvent.change(screen.getByLabelText("Telefonnummer"), { target: { value: "0641 123" } });
    expect(posted("weg")).toEqual(["telefon"]);
    expect(posted("telefon")).toEqual(["0641 123"]);
    fireEvent.click(radio("Brief"));
    expect(phoneContent.hidden).toBe(true);
  });

  it("renders complete HTML on the server with all conditional content visible", () => {
    const html = renderToString(
      <Radios
        id="weg"
        name="weg"
        legend="Wie erreichen wir Sie?"
        hint="Für Rückfragen."
        error="Wählen Sie einen Weg aus."
        items={CONDITIONAL}
        defaultValue="telefon"
      />,
    );
    const container = document.createElement("div");
    container.innerHTML = html;
    expect(container.querySelector("legend")?.textContent).toBe("Wie erreichen wir Sie?");
    expect(container.querySelector("#weg-hint")?.textContent).toBe("Für Rückfragen.");
    expect(container.querySelector("#weg-error")?.textContent).toBe("Fehler: Wählen Sie einen Weg aus.");
    expect(container.querySelector('label[for="weg-2"]')?.textContent).toBe("Brief");
    const inputs = [...container.querySelectorAll<HTMLInputElement>("input[type=radio]")];
    expect(inputs.map((input) => input.hasAttribute("checked"))).toEqual([false, true, false]);
    for (const content of container.querySelectorAll(".dk-radios__conditional")) {
      expect(content.hasAttribute("hidden")).toBe(false);
    }
    for (const input of inputs) expect(input.hasAttribute("aria-controls")).toBe(false);
  });

  it("keeps a choice made before hydration and reveals its content", async () => {
    const element = <Radios id="weg" name="weg" legend="Weg" items={CONDITIONAL} />;
    const container = document.createElement("div");
    container.innerHTML = renderToString(element);
    document.body.append(container);
    (container.querySelector("#weg-1") as HTMLInputElement).checked = true;
    const root = await act(async () => hydrateRoot(container, element));
    expect((container.querySelector("#weg-conditional") as HTMLElement).hidden).toBe(true);
    expect((container.querySelector("#weg-1-conditional") as HTMLElement).hidden).toBe(false);
    act(() => root.unmount());
    container.remove();
  });

  it("offers inline and small variants and forwards its ref and props to the fieldset", () => {
    const ref = createRef<HTMLFieldSetElement>();
    renderInForm({
      ref,
      inline: true,
      small: true,
      className: "extra",
      items: [
        { value: "ja", label: "Ja" },
        { value: "nein", label: "Nein" },
      ],
    });
    const group = screen.getByRole("group", { name: "Wie möchten Sie den Bescheid erhalten?" });
    expect(ref.current).toBe(group);
    expect(group.className).toBe("dk-fieldset extra");
    expect(group.querySelector(".dk-radios")?.className).toBe("dk-radios dk-radios--inline dk-radios--small");
  });

  it("speaks English: error prefix and divider", () => {
    renderInForm({ locale: "en", error: "Select one." });
    expect(document.getElementById("zustellung-error")?.textContent).toBe("Error: Select one.");
    expect(document.querySelector(".dk-radios__divider")?.textContent).toBe("or");
  });

  it("puts the question in an h1 for a page heading", () => {
    renderInForm({ isPageHeading: true });
    const heading = screen.getByRole("heading", { level: 1, name: "Wie möchten Sie den Bescheid erhalten?" });
    expect(heading.closest("legend")?.className).toContain("dk-fieldset__legend--l");
  });
});
