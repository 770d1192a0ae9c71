// Keyboard, pointer and conditional reveal of Checkboxes in a real browser (Chromium), with the real CSS.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../form-group/form-group.css";
import "../error-message/error-message.css";
import "../fieldset/fieldset.css";
import "./checkboxes.css";
import { Checkboxes, type CheckboxesProps, type CheckboxItem } from "./index.js";

// React's act() needs this flag outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ITEMS: CheckboxItem[] = [
  { value: "email", label: "E-Mail", conditional: <EmailField /> },
  { value: "telefon", label: "Telefon" },
  { value: "keine", label: "Gar nicht", divider: true, exclusive: true },
];

function EmailField() {
  return (
    <>
      <label htmlFor="kontakt-email">E-Mail-Adresse</label>
      <input id="kontakt-email" name="email" />
    </>
  );
}

let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

async function mount(props: Partial<CheckboxesProps> = {}) {
  host = document.createElement("div");
  host.className = "dk-template";
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root?.render(
      <form>
        <button type="button">Vorher</button>
        <Checkboxes
          id="kontakt"
          name="kontakt"
          legend="Wie möchten Sie benachrichtigt werden?"
          items={ITEMS}
          {...props}
        />
        <button type="submit">Weiter</button>
      </form>,
    );
  });
  const form = host.querySelector("form") as HTMLFormElement;
  const byId = (id: string) => host?.querySelector(`#${id}`) as HTMLInputElement;
  return {
    form,
    email: byId("kontakt"),
    phone: byId("kontakt-1"),
    none: byId("kontakt-2"),
    content: host.querySelector("#kontakt-conditional") as HTMLElement,
    start: host.querySelector("button") as HTMLButtonElement,
  };
}

describe("Checkboxes in the browser", () => {
  it("Tab moves into the group and from box to box; Space checks and unchecks", async () => {
    const { form, email, phone, start } = await mount();
    start.focus();
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(email);
    await userEvent.keyboard(" ");
    expect(email.checked).toBe(true);
    // The revealed field comes next in the tab order, then the next checkbox.
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement?.id).toBe("kontakt-email");
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(phone);
    await userEvent.keyboard(" ");
    expect(new FormData(form).getAll("kontakt")).toEqual(["email", "telefon"]);
    await userEvent.keyboard(" ");
    expect(phone.checked).toBe(false);
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    expect(document.activeElement?.id).toBe("kontakt-email");
  });

  it("shows a visible focus indicator around the box of the focused checkbox", async () => {
    const { email, start } = await mount();
    start.focus();
    await userEvent.keyboard("{Tab}");
    const box = getComputedStyle(email.labels?.[0] as HTMLLabelElement, "::before");
    expect(box.outlineStyle).toBe("solid");
    expect(Number.parseFloat(box.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it("reveals the conditional content only while its option is checked, and it stays visible when checked", async () => {
    const { email, content, start } = await mount();
    expect(content.checkVisibility()).toBe(false);
    expect(email.getAttribute("aria-expanded")).toBe("false");
    start.focus();
    await userEvent.keyboard("{Tab} ");
    expect(content.checkVisibility()).toBe(true);
    expect(email.getAttribute("aria-expanded")).toBe("true");
    // Working in the revealed field keeps it open.
    await userEvent.keyboard("{Tab}");
    await userEvent.keyboard("a@example.org");
    expect(content.checkVisibility()).toBe(true);
    await userEvent.keyboard("{Shift>}{Tab}{/Shift} ");
    expect(content.checkVisibility()).toBe(false);
    expect(email.getAttribute("aria-expanded")).toBe("false");
  });

  it("shows the content of an option checked initially", async () => {
    const { content, email } = await mount({ defaultValues: ["email"] });
    expect(content.checkVisibility()).toBe(true);
    expect(email.getAttribute("aria-controls")).toBe("kontakt-conditional");
  });

  it("clears the other options when the exclusive one is checked by keyboard", async () => {
    const { form, none } = await mount({ defaultValues: ["email", "telefon"] });
    none.focus();
    await userEvent.keyboard(" ");
    expect(new FormData(form).getAll("kontakt")).toEqual(["keine"]);
  });

  it("checks a box when its label text is clicked, and has targets of at least 24 px", async () => {
    const { phone } = await mount();
    await userEvent.click(phone.labels?.[0] as HTMLLabelElement);
    expect(phone.checked).toBe(true);
    const { width, height } = phone.getBoundingClientRect();
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
    act(() => root?.unmount());
    host?.remove();
    const small = await mount({ small: true });
    const smallBox = small.phone.getBoundingClientRect();
    expect(Math.min(smallBox.width, smallBox.height)).toBeGreaterThanOrEqual(24);
    await userEvent.click(small.phone);
    expect(small.phone.checked).toBe(true);
  });
});
