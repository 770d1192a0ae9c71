import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { createRef, type RefAttributes, useState } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { nextCheckboxValues } from "./Checkboxes.js";
import { contactItems } from "./examples.js";
import { Checkboxes, type CheckboxesProps, type CheckboxItem, choiceItemId } from "./index.js";

afterEach(cleanup);

const ITEMS: CheckboxItem[] = [
  { value: "meldebescheinigung", label: "Meldebescheinigung", hint: "Nicht älter als drei Monate." },
  { value: "haftpflicht", label: "Haftpflichtnachweis" },
  { value: "sachkunde", label: "Sachkundenachweis" },
];

const EXCLUSIVE: CheckboxItem[] = [
  { value: "deutsch", label: "Deutsch" },
  { value: "andere", label: "Eine andere" },
  { value: "keine", label: "Ich bin staatenlos", divider: true, exclusive: true },
];

const CONDITIONAL: CheckboxItem[] = contactItems("kontakt");

function renderInForm(props: Partial<CheckboxesProps> & RefAttributes<HTMLFieldSetElement> = {}) {
  const view = render(
    <form>
      <Checkboxes id="nachweise" name="nachweise" legend="Welche Nachweise legen Sie bei?" items={ITEMS} {...props} />
    </form>,
  );
  const form = view.container.querySelector("form") as HTMLFormElement;
  return { ...view, form, posted: (name = "nachweise") => new FormData(form).getAll(name) };
}

function ControlledParent() {
  const [values, setValues] = useState<string[]>(["sachkunde"]);
  return (
    <form>
      <Checkboxes id="n" name="n" legend="Nachweise" items={ITEMS} values={values} onChange={setValues} />
      <output>{values.join(",")}</output>
    </form>
  );
}

function box(name: string) {
  return screen.getByRole("checkbox", { name }) as HTMLInputElement;
}

describe("Checkboxes", () => {
  it("renders native checkboxes in a group named by the legend", () => {
    renderInForm({ hint: "Wählen Sie alle zutreffenden Antworten aus." });
    const group = screen.getByRole("group", { name: "Welche Nachweise legen Sie bei?" });
    const boxes = within(group).getAllByRole("checkbox");
    expect(boxes.map((input) => input.getAttribute("name"))).toEqual(["nachweise", "nachweise", "nachweise"]);
    expect(boxes.map((input) => (input as HTMLInputElement).value)).toEqual([
      "meldebescheinigung",
      "haftpflicht",
      "sachkunde",
    ]);
    expect(group.getAttribute("aria-describedby")).toBe("nachweise-hint");
    expect(group.querySelector(".dk-checkboxes")?.className).toBe("dk-checkboxes");
  });

  it("gives the first checkbox the group's id and the others <id>-<index>", () => {
    renderInForm();
    expect(screen.getAllByRole("checkbox").map((input) => input.id)).toEqual([
      "nachweise",
      "nachweise-1",
      "nachweise-2",
    ]);
    expect([0, 1, 2].map((index) => choiceItemId("nachweise", index))).toEqual([
      "nachweise",
      "nachweise-1",
      "nachweise-2",
    ]);
    // An ErrorSummary link "#nachweise" therefore lands on the first option.
    expect(document.querySelector("#nachweise")).toBe(box("Meldebescheinigung"));
  });

  it("makes the whole label name the input and ties item hints with aria-describedby", () => {
    renderInForm();
    const first = box("Meldebescheinigung");
    expect(first.getAttribute("aria-describedby")).toBe("nachweise-item-hint");
    expect(document.getElementById("nachweise-item-hint")?.textContent).toBe("Nicht älter als drei Monate.");
    expect(box("Haftpflichtnachweis").hasAttribute("aria-describedby")).toBe(false);
    fireEvent.click(screen.getByText("Sachkundenachweis"));
    expect(box("Sachkundenachweis").checked).toBe(true);
  });

  it("shows the error on the group and marks every checkbox invalid", () => {
    renderInForm({ hint: "Alle zutreffenden.", error: "Wählen Sie mindestens einen Nachweis aus." });
    const group = screen.getByRole("group", { name: "Welche Nachweise legen Sie bei?" });
    expect(group.getAttribute("aria-describedby")).toBe("nachweise-hint nachweise-error");
    expect(document.getElementById("nachweise-error")?.textContent).toBe(
      "Fehler: Wählen Sie mindestens einen Nachweis aus.",
    );
    for (const input of screen.getAllByRole("checkbox")) expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(group.parentElement?.classList.contains("dk-form-group--error")).toBe(true);
  });

  it("sets no aria-invalid without an error", () => {
    renderInForm();
    for (const input of screen.getAllByRole("checkbox")) expect(input.hasAttribute("aria-invalid")).toBe(false);
  });

  it("posts the same name once per checked box, uncontrolled with defaults and after clicks", () => {
    const onChange = vi.fn();
    const { posted } = renderInForm({ defaultValues: ["meldebescheinigung", "sachkunde"], onChange });
    expect(posted()).toEqual(["meldebescheinigung", "sachkunde"]);
    fireEvent.click(box("Haftpflichtnachweis"));
    fireEvent.click(box("Meldebescheinigung"));
    expect(posted()).toEqual(["haftpflicht", "sachkunde"]);
    expect(onChange).toHaveBeenLastCalledWith(["haftpflicht", "sachkunde"], expect.anything());
  });

  it("does not post disabled options", () => {
    const { posted } = renderInForm({
      defaultValues: ["meldebescheinigung", "haftpflicht"],
      items: [
        { value: "meldebescheinigung", label: "Meldebescheinigung", disabled: true },
        { value: "haftpflicht", label: "Haftpflichtnachweis" },
      ],
    });
    expect(box("Meldebescheinigung").disabled).toBe(true);
    expect(posted()).toEqual(["haftpflicht"]);
  });

  it("applies an exclusive option: it clears the others, and another option clears it", () => {
    const onChange = vi.fn();
    const { posted } = renderInForm({
      name: "staat",
      items: EXCLUSIVE,
      defaultValues: ["deutsch", "andere"],
      onChange,
    });
    fireEvent.click(box("Ich bin staatenlos"));
    expect(posted("staat")).toEqual(["keine"]);
    expect(box("Deutsch").checked).toBe(false);
    expect(onChange).toHaveBeenLastCalledWith(["keine"], expect.anything());
    fireEvent.click(box("Deutsch"));
    expect(posted("staat")).toEqual(["deutsch"]);
    expect(box("Ich bin staatenlos").checked).toBe(false);
  });

  it("shows a divider before an option: „oder“, “or” in English, or the given text", () => {
    renderInForm({ items: EXCLUSIVE });
    expect(document.querySelector(".dk-checkboxes__divider")?.textContent).toBe("oder");
    cleanup();
    renderInForm({ items: EXCLUSIVE, locale: "en", error: "Select one." });
    expect(document.querySelector(".dk-checkboxes__divider")?.textContent).toBe("or");
    expect(document.getElementById("nachweise-error")?.textContent).toBe("Error: Select one.");
    cleanup();
    renderInForm({ items: [ITEMS[0] as CheckboxItem, { value: "x", label: "X", divider: "oder auch" }] });
    expect(document.querySelector(".dk-checkboxes__divider")?.textContent).toBe("oder auch");
    cleanup();
    renderInForm({ items: EXCLUSIVE, messages: { divider: "bzw." } });
    expect(document.querySelector(".dk-checkboxes__divider")?.textContent).toBe("bzw.");
  });

  it("works controlled: reports the next values and shows the values it is given", () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <Checkboxes id="staat" name="staat" legend="Staat" items={EXCLUSIVE} values={["deutsch"]} onChange={onChange} />,
    );
    fireEvent.click(box("Eine andere"));
    expect(onChange).toHaveBeenLastCalledWith(["deutsch", "andere"], expect.anything());
    // Not applied until the parent passes the new values.
    expect(box("Eine andere").checked).toBe(false);
    fireEvent.click(box("Ich bin staatenlos"));
    expect(onChange).toHaveBeenLastCalledWith(["keine"], expect.anything());
    rerender(
      <Checkboxes id="staat" name="staat" legend="Staat" items={EXCLUSIVE} values={["keine"]} onChange={onChange} />,
    );
    expect(box("Ich bin staatenlos").checked).toBe(true);
    expect(box("Deutsch").checked).toBe(false);
    fireEvent.click(box("Ich bin staatenlos"));
    expect(onChange).toHaveBeenLastCalledWith([], expect.anything());
  });

  it("works controlled with state in the parent, posting the values", () => {
    const { container } = render(<ControlledParent />);
    fireEvent.click(box("Meldebescheinigung"));
    expect(container.querySelector("output")?.textContent).toBe("meldebescheinigung,sachkunde");
    expect(new FormData(container.querySelector("form") as HTMLFormElement).getAll("n")).toEqual([
      "meldebescheinigung",
      "sachkunde",
    ]);
  });

  it("computes the next values in item order with exclusive options applied", () => {
    const [deutsch, andere, keine] = EXCLUSIVE as [CheckboxItem, CheckboxItem, CheckboxItem];
    expect(nextCheckboxValues(EXCLUSIVE, ["andere"], deutsch, true)).toEqual(["deutsch", "andere"]);
    expect(nextCheckboxValues(EXCLUSIVE, ["deutsch", "andere"], keine, true)).toEqual(["keine"]);
    expect(nextCheckboxValues(EXCLUSIVE, ["keine"], andere, true)).toEqual(["andere"]);
    expect(nextCheckboxValues(EXCLUSIVE, ["deutsch", "andere"], deutsch, false)).toEqual(["andere"]);
  });

  it("reveals conditional content under checked options only, with aria-controls and aria-expanded", () => {
    const { posted } = renderInForm({ id: "kontakt", name: "kontakt", items: CONDITIONAL, defaultValues: ["email"] });
    const email = box("E-Mail");
    const phone = box("Telefon");
    const emailContent = document.getElementById("kontakt-conditional") as HTMLElement;
    const phoneContent = document.getElementById("kontakt-1-conditional") as HTMLElement;
    expect(emailContent.className).toBe("dk-checkboxes__conditional");
    expect(emailContent.hidden).toBe(false);
    expect(phoneContent.hidden).toBe(true);
    expect(email.getAttribute("aria-controls")).toBe("kontakt-conditional");
    expect(email.getAttribute("aria-expanded")).toBe("true");
    expect(phone.getAttribute("aria-controls")).toBe("kontakt-1-conditional");
    expect(phone.getAttribute("aria-expanded")).toBe("false");
    expect(box("Brief").hasAttribute("aria-controls")).toBe(false);
    expect(box("Brief").hasAttribute("aria-expanded")).toBe(false);

    fireEvent.click(phone);
    expect(phoneContent.hidden).toBe(false);
    expect(phone.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(email);
    expect(emailContent.hidden).toBe(true);
    expect(email.getAttribute("aria-expanded")).toBe("false");
    // Fields inside conditional content post with the form.
    fireEvent.change(screen.getByLabelText("Telefonnummer"), { target: { value: "0641 123" } });
    expect(posted("kontakt")).toEqual(["telefon"]);
    expect(posted("telefon")).toEqual(["0641 123"]);
  });

  it("renders complete HTML on the server: checked defaults and ALL conditional content visible", () => {
    const html = renderToString(
      <Checkboxes
        id="kontakt"
        name="kontakt"
        legend="Wie möchten Sie benachrichtigt werden?"
        hint="Alle zutreffenden."
        error="Wählen Sie einen Weg aus."
        items={CONDITIONAL}
        defaultValues={["telefon"]}
      />,
    );
    const container = document.createElement("div");
    container.innerHTML = html;
    expect(container.querySelector("legend")?.textContent).toBe("Wie möchten Sie benachrichtigt werden?");
    expect(container.querySelector("#kontakt-hint")?.textContent).toBe("Alle zutreffenden.");
    expect(container.querySelector("#kontakt-error")?.textContent).toBe("Fehler: Wählen Sie einen Weg aus.");
    expect(container.querySelector('label[for="kontakt"]')?.textContent).toBe("E-Mail");
    const inputs = [...container.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
    expect(inputs.map((input) => input.hasAttribute("checked"))).toEqual([false, true, false]);
    const conditionals = [...container.querySelectorAll<HTMLElement>(".dk-checkboxes__conditional")];
    expect(conditionals).toHaveLength(2);
    for (const content of conditionals) expect(content.hasAttribute("hidden")).toBe(false);
    // Without JavaScript the inputs do not control anything.
    for (const input of inputs) {
      expect(input.hasAttribute("aria-controls")).toBe(false);
      expect(input.hasAttribute("aria-expanded")).toBe(false);
    }
    expect(container.querySelector("#kontakt-email")).not.toBeNull();
  });

  it("keeps choices made before hydration and reveals their content", async () => {
    const element = (
      <Checkboxes id="kontakt" name="kontakt" legend="Kontakt" items={CONDITIONAL} defaultValues={["email"]} />
    );
    const container = document.createElement("div");
    container.innerHTML = renderToString(element);
    document.body.append(container);
    // The user (or the browser's form restore) changes the choices before the JavaScript arrives.
    (container.querySelector("#kontakt") as HTMLInputElement).checked = false;
    (container.querySelector("#kontakt-1") as HTMLInputElement).checked = true;
    const root = await act(async () => hydrateRoot(container, element));
    expect((container.querySelector("#kontakt-conditional") as HTMLElement).hidden).toBe(true);
    expect((container.querySelector("#kontakt-1-conditional") as HTMLElement).hidden).toBe(false);
    expect((container.querySelector("#kontakt-1") as HTMLInputElement).getAttribute("aria-expanded")).toBe("true");
    act(() => root.unmount());
    container.remove();
  });

  it("offers a small variant and forwards its ref and props to the fieldset", () => {
    const ref = createRef<HTMLFieldSetElement>();
    renderInForm({ ref, small: true, className: "extra", legendSize: "m" });
    const group = screen.getByRole("group", { name: "Welche Nachweise legen Sie bei?" });
    expect(ref.current).toBe(group);
    expect(group.className).toBe("dk-fieldset extra");
    expect(group.querySelector(".dk-checkboxes")?.className).toBe("dk-checkboxes dk-checkboxes--small");
    expect(group.querySelector("legend")?.className).toContain("dk-fieldset__legend--m");
  });

  it("puts the question in an h1 for a page heading", () => {
    renderInForm({ isPageHeading: true });
    expect(screen.getByRole("heading", { level: 1, name: "Welche Nachweise legen Sie bei?" })).toBeDefined();
  });
});
