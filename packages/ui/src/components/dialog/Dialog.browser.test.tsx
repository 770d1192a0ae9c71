// Dialog and SessionTimeoutDialog in Chromium with the real CSS: keyboard (Enter, Space, Tab, Shift+Tab, Escape),
// focus moving in and back, the page locked while open, the overlay click, axe on the open dialog in a city theme and
// in dark mode (the portal carries the theme), reflow at 320 px, forced colours, and the server HTML before and after
// hydration (a plain link without JavaScript, a dialog with it).
import { composeStories } from "@storybook/react-vite";
import axe from "axe-core";
import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import { mount, serverRender } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../../dist/themes/giessen.css";
import "../../../dist/themes/marburg.css";
import "../../../dist/themes/offenbach.css";
import "../../../dist/themes/dark.css";
import "../../base/base.css";
import "../button/button.css";
import "../link/link.css";
import "./dialog.css";
import * as dialogStories from "./Dialog.stories.js";
import * as timeoutStories from "./SessionTimeoutDialog.stories.js";

declare module "vitest/browser" {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

const stories = composeStories(dialogStories);
const timeout = composeStories(timeoutStories);

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

afterEach(() => {
  // Every test leaves the page as it found it: no portal, no lock, nothing hidden.
  expect(document.querySelector(".dk-dialog")).toBeNull();
  expect(document.body.hasAttribute("data-scroll-locked")).toBe(false);
});

function dialog(role: "dialog" | "alertdialog" = "dialog"): HTMLElement {
  const element = document.querySelector<HTMLElement>(`.dk-dialog [role="${role}"]`);
  if (!element) throw new Error(`no open ${role}`);
  return element;
}

function button(name: string): HTMLElement {
  return page.getByRole("button", { name, exact: true }).element() as HTMLElement;
}

/** Waits until the opening animation has ended (none with reduced motion). */
async function settled() {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
}

/** Waits until the dialog has left the page. */
async function closed() {
  await expect.poll(() => document.querySelector(".dk-dialog")).toBeNull();
}

async function axeViolations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { runOnly: { type: "tag", values: WCAG_TAGS } });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

/** What `token` computes to for `property` inside `scope`: the value a themed element there gets. */
function tokenValue(scope: HTMLElement, property: string, token: string): string {
  const probe = document.createElement("span");
  probe.style.setProperty(property, `var(${token})`);
  scope.append(probe);
  const value = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return value;
}

describe("Dialog in the browser", () => {
  it("opens with Enter on the trigger, moves focus to the close button, and returns it on Escape", async () => {
    await mount(<stories.Default />);
    const trigger = button("Datenschutzhinweise lesen");
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    await expect.element(page.getByRole("dialog", { name: "Datenschutzhinweise" })).toBeVisible();
    await expect.poll(() => document.activeElement).toBe(button("Schließen"));
    expect(document.activeElement?.matches(":focus-visible")).toBe(true);
    await userEvent.keyboard("{Escape}");
    await closed();
    await expect.poll(() => document.activeElement).toBe(trigger);
  });

  it("opens with Space on the link trigger without scrolling the page", async () => {
    await mount(<stories.Default />);
    const trigger = button("Datenschutzhinweise lesen");
    expect(trigger.tagName).toBe("A");
    trigger.focus();
    await userEvent.keyboard(" ");
    await expect.element(page.getByRole("dialog", { name: "Datenschutzhinweise" })).toBeVisible();
    expect(window.scrollY).toBe(0);
    await userEvent.keyboard("{Escape}");
  });

  it("keeps Tab and Shift+Tab inside the dialog", async () => {
    await mount(
      <>
        <button type="button">Vorher</button>
        <stories.WithActions />
        <button type="button">Nachher</button>
      </>,
    );
    button("Antrag verwerfen").focus();
    await userEvent.keyboard("{Enter}");
    const close = button("Schließen");
    const confirm = button("Ja, Antrag verwerfen");
    const cancel = button("Abbrechen");
    await expect.poll(() => document.activeElement).toBe(close);
    const forward: Element[] = [];
    for (let step = 0; step < 4; step += 1) {
      await userEvent.tab();
      forward.push(document.activeElement as Element);
    }
    expect(forward).toEqual([confirm, cancel, close, confirm]);
    const backward: Element[] = [];
    for (let step = 0; step < 4; step += 1) {
      await userEvent.tab({ shift: true });
      backward.push(document.activeElement as Element);
    }
    expect(backward).toEqual([close, cancel, confirm, close]);
    // Every Tab stop shows its focus.
    for (const element of [close, confirm, cancel]) {
      element.focus();
      expect(getComputedStyle(element).outlineStyle).toBe("solid");
    }
    await userEvent.keyboard("{Escape}");
  });

  it("hides the page from screen readers and locks its scrolling while open", async () => {
    const { host } = await mount(
      <div style={{ blockSize: "300vh" }}>
        <stories.Default />
      </div>,
    );
    // The page scrolls while the dialog is closed.
    await userEvent.wheel(host, { delta: { y: 300 } });
    await expect.poll(() => window.scrollY).toBeGreaterThan(0);
    window.scrollTo(0, 0);
    button("Datenschutzhinweise lesen").focus();
    await userEvent.keyboard("{Enter}");
    await settled();
    expect(getComputedStyle(document.body).overflow).toBe("hidden");
    expect(host.getAttribute("aria-hidden")).toBe("true");
    await userEvent.wheel(dialog(), { delta: { y: 300 } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.scrollY).toBe(0);
    await userEvent.keyboard("{Escape}");
    expect(getComputedStyle(document.body).overflow).not.toBe("hidden");
    expect(host.hasAttribute("aria-hidden")).toBe(false);
  });

  it("closes on a click on the overlay, and on the close button, returning focus to the trigger", async () => {
    await mount(<stories.Default />);
    const trigger = button("Datenschutzhinweise lesen");
    await userEvent.click(trigger);
    await expect.element(page.getByRole("dialog")).toBeVisible();
    const overlay = document.querySelector(".dk-dialog__overlay") as HTMLElement;
    await userEvent.click(overlay, { position: { x: 4, y: 4 } });
    await closed();
    await expect.poll(() => document.activeElement).toBe(trigger);
    await userEvent.click(trigger);
    await userEvent.click(button("Schließen"));
    await closed();
    await expect.poll(() => document.activeElement).toBe(trigger);
  });

  it("without JavaScript the server HTML is a link to the same content; hydrated, the link opens the dialog", async () => {
    const { host, find, hydrate } = serverRender(<stories.Default />);
    const clicks: boolean[] = [];
    // After React's handlers (at the root), before the browser would follow the link: record, then stay here.
    const listener = (event: Event) => {
      clicks.push(event.defaultPrevented);
      event.preventDefault();
    };
    document.addEventListener("click", listener);
    onTestFinished(() => document.removeEventListener("click", listener));

    const link = find<HTMLAnchorElement>("a");
    expect(page.getByRole("link", { name: "Datenschutzhinweise lesen" }).element()).toBe(link);
    expect(link.getAttribute("href")).toBe("/hinweise/datenschutz");
    expect(link.hasAttribute("aria-haspopup")).toBe(false);
    await userEvent.click(link);
    expect(clicks).toEqual([false]);
    await closed();

    await hydrate();
    expect(host.querySelector("a")).toBe(link);
    expect(page.getByRole("button", { name: "Datenschutzhinweise lesen" }).element()).toBe(link);
    expect(link.getAttribute("aria-haspopup")).toBe("dialog");
    await userEvent.click(link);
    expect(clicks).toEqual([false, true]);
    await expect.element(page.getByRole("dialog", { name: "Datenschutzhinweise" })).toBeVisible();
    await userEvent.keyboard("{Escape}");
    await expect.poll(() => document.activeElement).toBe(link);
  });

  it.each([
    { theme: undefined, colorScheme: undefined },
    { theme: "giessen", colorScheme: undefined },
    { theme: "marburg", colorScheme: "dark" as const },
  ])("has no axe violations when open (theme $theme, $colorScheme)", async ({ theme, colorScheme }) => {
    await mount(<stories.WithActions />, { ...(theme && { theme }), ...(colorScheme && { colorScheme }) });
    await userEvent.click(button("Antrag verwerfen"));
    await settled();
    const layer = document.querySelector(".dk-dialog") as HTMLElement;
    expect(layer.getAttribute("data-dk-theme")).toBe(theme ?? null);
    expect(layer.getAttribute("data-dk-color-scheme")).toBe(colorScheme ?? null);
    expect(await axeViolations(layer)).toEqual([]);
    await userEvent.keyboard("{Escape}");
  });

  it("takes the city colours of the themed page it was opened from", async () => {
    const { host } = await mount(<stories.Default />, { theme: "giessen" });
    const cityAction = tokenValue(host, "color", "--dk-color-action-default");
    expect(cityAction).not.toBe(tokenValue(document.body, "color", "--dk-color-action-default"));
    await userEvent.click(button("Datenschutzhinweise lesen"));
    expect(getComputedStyle(button("Schließen")).color).toBe(cityAction);
    await userEvent.keyboard("{Escape}");
  });

  it("takes the dark mode of the page it was opened from", async () => {
    const { host } = await mount(<stories.Default />, { colorScheme: "dark" });
    const darkBackground = tokenValue(host, "background-color", "--dk-color-layout-background");
    expect(darkBackground).not.toBe(tokenValue(document.body, "background-color", "--dk-color-layout-background"));
    await userEvent.click(button("Datenschutzhinweise lesen"));
    expect(getComputedStyle(dialog()).backgroundColor).toBe(darkBackground);
    await userEvent.keyboard("{Escape}");
  });

  it("fits at 320 px and scrolls its long content inside", async () => {
    await page.viewport(320, 568);
    onTestFinished(() => page.viewport(1280, 720));
    await mount(<stories.LongText />);
    await userEvent.click(button("Datenschutzhinweise lesen"));
    await settled();
    const content = dialog();
    const box = content.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(320);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(568);
    expect(content.scrollWidth).toBeLessThanOrEqual(content.clientWidth);
    expect(content.scrollHeight).toBeGreaterThan(content.clientHeight);
    expect(button("Schließen").getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    // The keyboard scrolls it: focus is inside.
    const before = content.scrollTop;
    await userEvent.keyboard("{PageDown}");
    await expect.poll(() => content.scrollTop).toBeGreaterThan(before);
    await userEvent.keyboard("{Escape}");
  });

  it("keeps a visible border and focus outline in forced-colours mode", async () => {
    await commands.emulateForcedColors(true);
    onTestFinished(() => commands.emulateForcedColors(false));
    await mount(<stories.Default />);
    button("Datenschutzhinweise lesen").focus();
    await userEvent.keyboard("{Enter}");
    const style = getComputedStyle(dialog());
    expect(style.borderTopStyle).toBe("solid");
    expect(Number.parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(2);
    await expect.poll(() => document.activeElement).toBe(button("Schließen"));
    const close = getComputedStyle(button("Schließen"));
    expect(close.outlineStyle).toBe("solid");
    expect(close.borderTopStyle).toBe("solid");
    await userEvent.keyboard("{Escape}");
  });
});

describe("SessionTimeoutDialog in the browser", () => {
  it("focuses „Sitzung verlängern“, traps Tab, extends on Escape and returns focus", async () => {
    await mount(<timeout.Default />);
    const opener = button("Warnung anzeigen (Demo)");
    opener.focus();
    await userEvent.keyboard("{Enter}");
    await expect
      .element(page.getByRole("alertdialog", { name: "Ihre Sitzung läuft bald ab" }))
      .toHaveAccessibleDescription(
        "Aus Sicherheitsgründen werden Ihre Angaben in 2 Minuten gelöscht, wenn Sie nichts tun.",
      );
    const extend = button("Sitzung verlängern");
    await expect.poll(() => document.activeElement).toBe(extend);
    await userEvent.tab();
    expect(document.activeElement).toBe(button("Abmelden"));
    await userEvent.tab();
    expect(document.activeElement).toBe(extend);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(button("Abmelden"));
    await userEvent.keyboard("{Escape}");
    await closed();
    await expect.element(page.getByRole("status")).toHaveTextContent("Ihre Sitzung wurde verlängert.");
    await expect.poll(() => document.activeElement).toBe(opener);
  });

  it("is not dismissed by a click on the overlay", async () => {
    await mount(<timeout.Default />);
    await userEvent.click(button("Warnung anzeigen (Demo)"));
    const overlay = document.querySelector(".dk-dialog__overlay") as HTMLElement;
    await userEvent.click(overlay, { position: { x: 4, y: 4 } });
    await expect.element(page.getByRole("alertdialog")).toBeVisible();
    await userEvent.click(button("Abmelden"));
    await expect.element(page.getByRole("status")).toHaveTextContent("Sie wurden abgemeldet.");
  });

  it.each([undefined, "offenbach"])("has no axe violations when open (theme %s)", async (theme) => {
    await mount(<timeout.Default />, theme ? { theme } : {});
    await userEvent.click(button("Warnung anzeigen (Demo)"));
    await settled();
    const layer = document.querySelector(".dk-dialog") as HTMLElement;
    expect(layer.className).toBe("dk-dialog dk-dialog--alert");
    expect(await axeViolations(layer)).toEqual([]);
    await userEvent.keyboard("{Escape}");
  });

  it("fits at 320 px with both buttons", async () => {
    await page.viewport(320, 568);
    onTestFinished(() => page.viewport(1280, 720));
    await mount(<timeout.Default />);
    await userEvent.click(button("Warnung anzeigen (Demo)"));
    await settled();
    const content = dialog("alertdialog");
    expect(content.getBoundingClientRect().right).toBeLessThanOrEqual(320);
    expect(content.scrollWidth).toBeLessThanOrEqual(content.clientWidth);
    for (const name of ["Sitzung verlängern", "Abmelden"]) {
      expect(button(name).getBoundingClientRect().right).toBeLessThanOrEqual(content.getBoundingClientRect().right);
    }
    await userEvent.keyboard("{Escape}");
  });
});
