// Keyboard, pointer and conditional reveal of Checkboxes in a real browser (Chromium), with the real CSS.
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../form-group/form-group.css";
import "../error-message/error-message.css";
import "../fieldset/fieldset.css";
import "./checkboxes.css";
import { Checkboxes, type CheckboxesProps, type CheckboxItem } from "./index.js";

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

async function mountGroup(props: Partial<CheckboxesProps> = {}) {
  const { host, find, unmount } = await mount(
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
  const byId = (id: string) => host.querySelector(`#${id}`) as HTMLInputElement;
  return {
    form: find<HTMLFormElement>("form"),
    email: byId("kontakt"),
    phone: byId("kontakt-1"),
    none: byId("kontakt-2"),
    content: host.querySelector("#kontakt-conditional") as HTMLElement,
    start: find<HTMLButtonElement>("button"),
    unmount,
  };
}

describe("Checkboxes in the browser", () => {
  it("Tab moves into the group and from box to box; Space checks and unchecks", async () => {
    const { form, email, phone, start } = await mountGroup();
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
    const { email, start } = await mountGroup();
    start.focus();
    await userEvent.keyboard("{Tab}");
    const box = getComputedStyle(email.labels?.[0] as HTMLLabelElement, "::before");
    expect(box.outlineStyle).toBe("solid");
    expect(Number.parseFloat(box.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it("reveals the conditional content only while its option is checked, and it stays visible when checked", async () => {
    const { email, content, start } = await mountGroup();
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
    const { content, email } = await mountGroup({ defaultValues: ["email"] });
    expect(content.checkVisibility()).toBe(true);
    expect(email.getAttribute("aria-controls")).toBe("kontakt-conditional");
  });

  it("clears the other options when the exclusive one is checked by keyboard", async () => {
    const { form, none } = await mountGroup({ defaultValues: ["email", "telefon"] });
    none.focus();
    await userEvent.keyboard(" ");
    expect(new FormData(form).getAll("kontakt")).toEqual(["keine"]);
  });

  it("checks a box when its label text is clicked, and has targets of at least 24 px", async () => {
    const { phone, unmount } = await mountGroup();
    await userEvent.click(phone.labels?.[0] as HTMLLabelElement);
    expect(phone.checked).toBe(true);
    const { width, height } = phone.getBoundingClientRect();
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
    await unmount();
    const small = await mountGroup({ small: true });
    const smallBox = small.phone.getBoundingClientRect();
    expect(Math.min(smallBox.width, smallBox.height)).toBeGreaterThanOrEqual(24);
    await userEvent.click(small.phone);
    expect(small.phone.checked).toBe(true);
  });
});
