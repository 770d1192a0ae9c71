// Keyboard behaviour of Button and of a link that looks like a button, in a real browser (Chromium) with the real CSS.
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./button.css";
import { Button } from "./index.js";

describe("Button in the browser", () => {
  it.each(["{Enter}", " "])("submits its form with %j from the keyboard, with its name and value", async (key) => {
    const submitted: Array<[string, FormDataEntryValue][]> = [];
    const { find } = await mount(
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submitted.push([...new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter)]);
        }}
      >
        <input name="kennzeichen" defaultValue="GI-EM 1964" aria-label="Kennzeichen" />
        <Button name="aktion" value="absenden">
          Antrag absenden
        </Button>
      </form>,
    );
    find<HTMLInputElement>("input").focus();
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe("Antrag absenden");
    await userEvent.keyboard(key);
    expect(submitted).toEqual([
      [
        ["kennzeichen", "GI-EM 1964"],
        ["aktion", "absenden"],
      ],
    ]);
  });

  it("reaches a start link with Tab, shows the focus outline, and follows it with Enter", async () => {
    const { find } = await mount(
      <>
        <button type="button">Vorher</button>
        <Button variant="start" href="#antrag">
          Jetzt starten
        </Button>
        <span id="antrag" />
      </>,
    );
    const link = find<HTMLAnchorElement>("a");
    const followed: string[] = [];
    link.addEventListener("click", (event) => {
      event.preventDefault();
      followed.push(link.getAttribute("href") ?? "");
    });
    find<HTMLButtonElement>("button").focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(link);
    const style = getComputedStyle(link);
    expect(style.outlineStyle).toBe("solid");
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    await userEvent.keyboard("{Enter}");
    expect(followed).toEqual(["#antrag"]);
  });
});
