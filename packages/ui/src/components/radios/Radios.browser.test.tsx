// Keyboard, pointer and conditional reveal of Radios in a real browser (Chromium), with the real CSS.
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../form-group/form-group.css";
import "../error-message/error-message.css";
import "../fieldset/fieldset.css";
import "./radios.css";
import { contactItems } from "../checkboxes/examples.js";
import { type RadioItem, Radios, type RadiosProps } from "./index.js";

const ITEMS: RadioItem[] = contactItems("weg");

async function mountGroup(props: Partial<RadiosProps> = {}) {
  const { host, find, unmount } = await mount(
    <form>
      <button type="button">Vorher</button>
      <Radios id="weg" name="weg" legend="Wie erreichen wir Sie?" items={ITEMS} {...props} />
      <button type="submit">Weiter</button>
    </form>,
  );
  const byId = (id: string) => host.querySelector(`#${id}`) as HTMLElement;
  return {
    form: find<HTMLFormElement>("form"),
    start: find<HTMLButtonElement>("button"),
    submit: find<HTMLButtonElement>("button[type=submit]"),
    email: byId("weg") as HTMLInputElement,
    phone: byId("weg-1") as HTMLInputElement,
    letter: byId("weg-2") as HTMLInputElement,
    emailContent: byId("weg-conditional"),
    phoneContent: byId("weg-1-conditional"),
    unmount,
  };
}

describe("Radios in the browser", () => {
  it("Tab enters the group at the first radio; arrow keys move between radios and choose them", async () => {
    const { form, start, email, phone, letter, submit } = await mountGroup({ items: ITEMS.map(withoutConditional) });
    start.focus();
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(email);
    expect(email.checked).toBe(false);
    await userEvent.keyboard(" ");
    expect(email.checked).toBe(true);
    await userEvent.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(phone);
    expect(phone.checked).toBe(true);
    await userEvent.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(letter);
    await userEvent.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(phone);
    expect(new FormData(form).get("weg")).toBe("telefon");
    // The group is one tab stop: Tab leaves it, Shift+Tab comes back to the chosen radio.
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(submit);
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    expect(document.activeElement).toBe(phone);
  });

  it("shows a visible focus indicator around the circle of the focused radio", async () => {
    const { start, email } = await mountGroup();
    start.focus();
    await userEvent.keyboard("{Tab}");
    const circle = getComputedStyle(email.labels?.[0] as HTMLLabelElement, "::before");
    expect(circle.outlineStyle).toBe("solid");
    expect(Number.parseFloat(circle.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it("reveals the chosen option's content as the arrow keys move, and keeps it visible while chosen", async () => {
    const { start, email, phone, emailContent, phoneContent } = await mountGroup();
    expect(emailContent.checkVisibility()).toBe(false);
    expect(phoneContent.checkVisibility()).toBe(false);
    expect(email.getAttribute("aria-controls")).toBe("weg-conditional");
    start.focus();
    await userEvent.keyboard("{Tab} ");
    expect(emailContent.checkVisibility()).toBe(true);
    await userEvent.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(phone);
    expect(emailContent.checkVisibility()).toBe(false);
    expect(phoneContent.checkVisibility()).toBe(true);
    // Tab goes from the chosen radio into its revealed field, which stays visible while it is filled in.
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement?.id).toBe("weg-telefon");
    await userEvent.keyboard("0641 123");
    expect(phoneContent.checkVisibility()).toBe(true);
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}{ArrowDown}");
    expect(phoneContent.checkVisibility()).toBe(false);
  });

  it("shows the content of the option chosen initially and enters the group at that radio", async () => {
    const { start, phone, emailContent, phoneContent } = await mountGroup({ defaultValue: "telefon" });
    expect(phoneContent.checkVisibility()).toBe(true);
    expect(emailContent.checkVisibility()).toBe(false);
    start.focus();
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(phone);
  });

  it("chooses a radio when its label text is clicked, and has targets of at least 24 px", async () => {
    const { letter, unmount } = await mountGroup({ inline: true, items: ITEMS.map(withoutConditional) });
    await userEvent.click(letter.labels?.[0] as HTMLLabelElement);
    expect(letter.checked).toBe(true);
    const { width, height } = letter.getBoundingClientRect();
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
    await unmount();
    const small = await mountGroup({ small: true });
    const smallCircle = small.phone.getBoundingClientRect();
    expect(Math.min(smallCircle.width, smallCircle.height)).toBeGreaterThanOrEqual(24);
  });
});

function withoutConditional({ conditional: _conditional, ...item }: RadioItem): RadioItem {
  return item;
}
