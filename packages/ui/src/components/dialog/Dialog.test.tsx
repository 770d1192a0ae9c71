import { composeStories } from "@storybook/react-vite";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Button } from "../button/Button.js";
import { Dialog, DialogClose } from "./Dialog.js";
import * as stories from "./Dialog.stories.js";

afterEach(cleanup);

const { Default, English, WithActions } = composeStories(stories);

const privacyTrigger = (
  <Button href="/hinweise/datenschutz" variant="secondary">
    Datenschutzhinweise lesen
  </Button>
);

function renderPrivacyDialog(props: Partial<Parameters<typeof Dialog>[0]> = {}) {
  return render(
    <Dialog
      title="Datenschutzhinweise"
      description="Wie wir Ihre Angaben verarbeiten."
      trigger={privacyTrigger}
      {...props}
    >
      <p>Verantwortlich ist das Bürgerbüro.</p>
    </Dialog>,
  );
}

describe("Dialog", () => {
  it("shows only its trigger while closed, a link that opens a dialog once rendered on the client", () => {
    renderPrivacyDialog();
    expect(screen.queryByRole("dialog")).toBeNull();
    const trigger = screen.getByRole("button", { name: "Datenschutzhinweise lesen" });
    expect(trigger.tagName).toBe("A");
    expect(trigger.getAttribute("href")).toBe("/hinweise/datenschutz");
    expect(trigger.getAttribute("aria-haspopup")).toBe("dialog");
    expect(trigger.className).toBe("dk-button dk-button--secondary");
  });

  it("opens on a click on the trigger instead of following the link: a dialog named by its title, described", () => {
    renderPrivacyDialog();
    const followed = fireEvent.click(screen.getByRole("button", { name: "Datenschutzhinweise lesen" }));
    expect(followed).toBe(false);
    const dialog = screen.getByRole("dialog", {
      name: "Datenschutzhinweise",
      description: "Wie wir Ihre Angaben verarbeiten.",
    });
    expect(dialog.className).toBe("dk-dialog__content");
    expect(within(dialog).getByRole("heading", { level: 2, name: "Datenschutzhinweise" }).className).toBe(
      "dk-dialog__title",
    );
    expect(within(dialog).getByText("Verantwortlich ist das Bürgerbüro.").parentElement?.className).toBe(
      "dk-dialog__body",
    );
    // Rendered in a portal at the end of the body, inside the dialog's root layer.
    expect(dialog.parentElement?.className).toBe("dk-dialog");
    expect(dialog.parentElement?.parentElement).toBe(document.body);
  });

  it("opens with Space on a link trigger (a button once hydrated) and with Enter's click", () => {
    renderPrivacyDialog();
    const trigger = screen.getByRole("button", { name: "Datenschutzhinweise lesen" });
    const notPrevented = fireEvent.keyDown(trigger, { key: " " });
    expect(notPrevented).toBe(false);
    expect(screen.getByRole("dialog", { name: "Datenschutzhinweise" })).toBeTruthy();
  });

  it("lets a click with a modifier key open the link in a new tab instead", () => {
    renderPrivacyDialog();
    // Checked after React's handlers, then stopped: jsdom cannot navigate.
    let followed = false;
    const listener = (event: Event) => {
      followed = !event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener("click", listener);
    fireEvent.click(screen.getByRole("button", { name: "Datenschutzhinweise lesen" }), { ctrlKey: true });
    document.removeEventListener("click", listener);
    expect(followed).toBe(true);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("closes with its close button „Schließen“ and with Escape, telling onOpenChange", () => {
    const onOpenChange = vi.fn();
    renderPrivacyDialog({ onOpenChange });
    fireEvent.click(screen.getByRole("button", { name: "Datenschutzhinweise lesen" }));
    const close = within(screen.getByRole("dialog")).getByRole("button", { name: "Schließen" });
    expect(close.className).toBe("dk-dialog__close");
    expect(close.getAttribute("type")).toBe("button");
    expect(close.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
    fireEvent.click(close);
    expect(screen.queryByRole("dialog")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Datenschutzhinweise lesen" }));
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(onOpenChange.mock.calls).toEqual([[true], [false], [true], [false]]);
  });

  it("is controlled with open and onOpenChange", () => {
    const onOpenChange = vi.fn();
    const { rerender } = render(
      <Dialog title="Datenschutzhinweise" trigger={privacyTrigger} open onOpenChange={onOpenChange} />,
    );
    const dialog = screen.getByRole("dialog", { name: "Datenschutzhinweise" });
    expect(dialog.hasAttribute("aria-describedby")).toBe(false);
    fireEvent.click(within(dialog).getByRole("button", { name: "Schließen" }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    // Still open: the app decides.
    expect(screen.getByRole("dialog")).toBeTruthy();
    rerender(<Dialog title="Datenschutzhinweise" trigger={privacyTrigger} open={false} onOpenChange={onOpenChange} />);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("opens without a trigger when the app sets open, and starts open with defaultOpen", () => {
    render(<Dialog title="Hinweis" open />);
    expect(screen.getByRole("dialog", { name: "Hinweis" })).toBeTruthy();
    cleanup();
    render(<Dialog title="Hinweis" defaultOpen trigger={privacyTrigger} />);
    expect(screen.getByRole("dialog", { name: "Hinweis" })).toBeTruthy();
  });

  it("gives a button trigger type button, so it never submits the form around it", () => {
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <Dialog title="Hilfe zur Steuer-ID" trigger={<Button variant="secondary">Wo finde ich sie?</Button>}>
          <p>Auf Ihrem Einkommensteuerbescheid.</p>
        </Dialog>
      </form>,
    );
    const trigger = screen.getByRole("button", { name: "Wo finde ich sie?" });
    expect(trigger.tagName).toBe("BUTTON");
    expect(trigger.getAttribute("type")).toBe("button");
    expect(trigger.hasAttribute("role")).toBe(false);
    fireEvent.click(trigger);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole("dialog", { name: "Hilfe zur Steuer-ID" })).toBeTruthy();
  });

  it("keeps the trigger's own click handler and ref", () => {
    const onClick = vi.fn();
    const triggerRef = createRef<HTMLAnchorElement>();
    render(
      <Dialog
        title="Datenschutzhinweise"
        trigger={
          <Button ref={triggerRef} href="/hinweise/datenschutz" onClick={onClick}>
            Datenschutz
          </Button>
        }
      />,
    );
    const trigger = screen.getByRole("button", { name: "Datenschutz" });
    expect(triggerRef.current).toBe(trigger);
    fireEvent.click(trigger);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("dialog")).toBeTruthy();
  });

  it("shows actions; DialogClose closes it", () => {
    render(<WithActions />);
    fireEvent.click(screen.getByRole("button", { name: "Antrag verwerfen" }));
    const dialog = screen.getByRole("dialog", {
      name: "Antrag verwerfen?",
      description: "Ihre bisherigen Angaben werden gelöscht. Das können Sie nicht rückgängig machen.",
    });
    const confirm = within(dialog).getByRole("button", { name: "Ja, Antrag verwerfen" });
    expect(confirm.closest("form")?.getAttribute("action")).toBe("/antrag/verwerfen");
    expect(confirm.closest(".dk-dialog__actions")).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Abbrechen" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("is an alertdialog with role alertdialog, without a close button when asked", () => {
    render(<Dialog title="Achtung" description="Bitte antworten Sie." role="alertdialog" closeButton={false} open />);
    const dialog = screen.getByRole("alertdialog", { name: "Achtung", description: "Bitte antworten Sie." });
    expect(within(dialog).queryByRole("button")).toBeNull();
    expect(dialog.parentElement?.className).toBe("dk-dialog dk-dialog--alert");
  });

  it("has English texts and takes the app's wording", () => {
    render(<English />);
    fireEvent.click(screen.getByRole("button", { name: "Read the privacy notice" }));
    const dialog = screen.getByRole("dialog", {
      name: "Privacy notice",
      description: "How the city processes the details you give in this application.",
    });
    expect(within(dialog).getByRole("button", { name: "Close" })).toBeTruthy();
    expect(dialog.getAttribute("lang")).toBe("en");
    cleanup();
    render(<Dialog title="Hinweis" open messages={{ close: "Fenster schließen" }} />);
    expect(screen.getByRole("button", { name: "Fenster schließen" })).toBeTruthy();
  });

  it("carries the theme, colour scheme and language of where its trigger is into the portal", () => {
    render(
      <div data-dk-theme="giessen">
        <div data-dk-color-scheme="dark" lang="en">
          <Dialog title="Privacy" trigger={<Button href="/en/privacy">Privacy</Button>} />
        </div>
      </div>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Privacy" }));
    const layer = screen.getByRole("dialog").parentElement;
    expect(layer?.getAttribute("data-dk-theme")).toBe("giessen");
    expect(layer?.getAttribute("data-dk-color-scheme")).toBe("dark");
    expect(layer?.getAttribute("lang")).toBe("en");
  });

  it("reads the theme from a hidden marker when it has no trigger", () => {
    const { container } = render(
      <div data-dk-theme="marburg">
        <Dialog title="Hinweis" open />
      </div>,
    );
    const marker = container.querySelector("span[hidden]");
    expect(marker?.textContent).toBe("");
    expect(screen.getByRole("dialog").parentElement?.getAttribute("data-dk-theme")).toBe("marburg");
  });

  it("renders into a container the app gives, without copying a theme", () => {
    const themed = document.createElement("div");
    themed.dataset.dkTheme = "fulda";
    document.body.append(themed);
    const { container } = render(
      <div data-dk-theme="wetzlar">
        <Dialog title="Hinweis" open container={themed} />
      </div>,
    );
    const dialog = within(themed).getByRole("dialog", { name: "Hinweis" });
    expect(dialog.parentElement?.hasAttribute("data-dk-theme")).toBe(false);
    expect(container.querySelector("span[hidden]")).toBeNull();
    cleanup();
    themed.remove();
  });

  it("forwards its ref to the dialog element and passes native attributes on", () => {
    const ref = createRef<HTMLDivElement>();
    render(<Dialog ref={ref} id="datenschutz" className="extra" data-testid="dlg" title="Datenschutzhinweise" open />);
    const dialog = screen.getByRole("dialog");
    expect(ref.current).toBe(dialog);
    expect(dialog.id).toBe("datenschutz");
    expect(dialog.className).toBe("dk-dialog__content extra");
    expect(dialog.dataset.testid).toBe("dlg");
  });

  it("hides the page from screen readers and locks its scrolling while open", () => {
    renderPrivacyDialog();
    const trigger = screen.getByRole("button", { name: "Datenschutzhinweise lesen" });
    const page = trigger.closest("body > div");
    fireEvent.click(trigger);
    expect(page?.getAttribute("aria-hidden")).toBe("true");
    expect(document.body.hasAttribute("data-scroll-locked")).toBe(true);
    act(() => {
      fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    });
    expect(page?.hasAttribute("aria-hidden")).toBe(false);
    expect(document.body.hasAttribute("data-scroll-locked")).toBe(false);
  });

  it("renders on the server as the plain link, without the dialog or any ARIA that needs JavaScript", () => {
    expect(renderToString(<Default />)).toBe(
      '<a class="dk-button dk-button--secondary" draggable="false" href="/hinweise/datenschutz">Datenschutzhinweise lesen</a>',
    );
    // Also when it should start open: the dialog needs JavaScript, the link does not.
    expect(renderToString(<Default defaultOpen />)).not.toContain("dialog");
    expect(renderToString(<Dialog title="Hinweis" trigger={<Button variant="secondary">Hilfe</Button>} />)).toBe(
      '<button type="button" class="dk-button dk-button--secondary">Hilfe</button>',
    );
  });

  it("closes an uncontrolled dialog from DialogClose", () => {
    render(
      <Dialog
        title="Hinweis"
        defaultOpen
        closeButton={false}
        actions={<DialogClose className="extra">OK</DialogClose>}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "OK" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
