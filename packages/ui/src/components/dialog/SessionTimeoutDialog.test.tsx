import { composeStories } from "@storybook/react-vite";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SessionTimeoutDialog } from "./SessionTimeoutDialog.js";
import * as stories from "./SessionTimeoutDialog.stories.js";

afterEach(cleanup);

const { Default } = composeStories(stories);

describe("SessionTimeoutDialog", () => {
  it("is an alertdialog named by its title and described by the message with the minutes left", () => {
    render(<SessionTimeoutDialog open minutes={5} onExtend={() => {}} />);
    const dialog = screen.getByRole("alertdialog", {
      name: "Ihre Sitzung läuft bald ab",
      description: "Aus Sicherheitsgründen werden Ihre Angaben in 5 Minuten gelöscht, wenn Sie nichts tun.",
    });
    const buttons = within(dialog).getAllByRole("button");
    expect(buttons.map((button) => button.textContent)).toEqual(["Sitzung verlängern", "Abmelden"]);
    expect(buttons.map((button) => button.getAttribute("type"))).toEqual(["button", "button"]);
    expect(buttons[0]?.className).toBe("dk-button dk-button--primary");
    expect(buttons[1]?.className).toBe("dk-button dk-button--secondary");
  });

  it("says „1 Minute“ in the singular", () => {
    render(<SessionTimeoutDialog open minutes={1} onExtend={() => {}} />);
    expect(
      screen.getByRole("alertdialog", {
        description: "Aus Sicherheitsgründen werden Ihre Angaben in 1 Minute gelöscht, wenn Sie nichts tun.",
      }),
    ).toBeTruthy();
  });

  it("moves focus to „Sitzung verlängern“ when it opens", () => {
    render(<SessionTimeoutDialog open minutes={2} onExtend={() => {}} />);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Sitzung verlängern" }));
  });

  it("extends with its button and with Escape, signs out with „Abmelden“", () => {
    const onExtend = vi.fn();
    const onSignOut = vi.fn();
    render(<SessionTimeoutDialog open minutes={2} onExtend={onExtend} onSignOut={onSignOut} />);
    fireEvent.click(screen.getByRole("button", { name: "Sitzung verlängern" }));
    expect(onExtend).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole("alertdialog"), { key: "Escape" });
    expect(onExtend).toHaveBeenCalledTimes(2);
    fireEvent.click(screen.getByRole("button", { name: "Abmelden" }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
    expect(onExtend).toHaveBeenCalledTimes(2);
  });

  it("makes „Abmelden“ a link to the sign-out page with signOutHref", () => {
    render(<SessionTimeoutDialog open minutes={2} onExtend={() => {}} signOutHref="/abmelden" />);
    expect(screen.getByRole("link", { name: "Abmelden" }).getAttribute("href")).toBe("/abmelden");
  });

  it("opens and closes with open (the app's timer)", () => {
    const { rerender } = render(<SessionTimeoutDialog open={false} minutes={2} onExtend={() => {}} />);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    rerender(<SessionTimeoutDialog open minutes={2} onExtend={() => {}} />);
    expect(screen.getByRole("alertdialog")).toBeTruthy();
    rerender(<SessionTimeoutDialog open={false} minutes={2} onExtend={() => {}} />);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("has English texts and takes the app's wording", () => {
    render(<SessionTimeoutDialog open minutes={3} onExtend={() => {}} locale="en" />);
    const dialog = screen.getByRole("alertdialog", {
      name: "Your session will end soon",
      description: "For your security, we will delete your answers in 3 minutes if you do nothing.",
    });
    expect(within(dialog).getByRole("button", { name: "Extend session" })).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Sign out" })).toBeTruthy();
    cleanup();
    render(
      <SessionTimeoutDialog
        open
        minutes={4}
        onExtend={() => {}}
        messages={{ description: "Noch {minutes} Minuten.", extend: "Weiter bearbeiten" }}
      />,
    );
    expect(screen.getByRole("alertdialog", { description: "Noch 4 Minuten." })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Weiter bearbeiten" })).toBeTruthy();
  });

  it("renders only a hidden marker on the server: the warning needs JavaScript and a timer", () => {
    expect(renderToString(<SessionTimeoutDialog open minutes={2} onExtend={() => {}} />)).toBe(
      '<span hidden=""></span>',
    );
  });

  it("story: the demo button opens it, extending closes it and says so", () => {
    render(<Default />);
    fireEvent.click(screen.getByRole("button", { name: "Warnung anzeigen (Demo)" }));
    fireEvent.click(screen.getByRole("button", { name: "Sitzung verlängern" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Ihre Sitzung wurde verlängert.");
  });
});
