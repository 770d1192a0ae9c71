// TextField in a real browser (Chromium) with the real CSS: keyboard focus and its indicator, the label moving
// focus, native submission after typing, and reflow of the width variants and prefix/suffix at 320 px.
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../form-group/form-group.css";
import "./text-field.css";
import { TextField } from "./TextField.js";

describe("TextField in the browser", () => {
  it("is reached with Tab, shows a visible focus indicator and posts what was typed", async () => {
    const { host: container } = await mount(
      <form>
        <TextField id="vorname" name="vorname" label="Vorname" autoComplete="given-name" />
        <TextField id="plz" name="plz" label="Postleitzahl" width="5" inputMode="numeric" />
      </form>,
    );
    const form = container.querySelector("form") as HTMLFormElement;
    const vorname = document.getElementById("vorname") as HTMLInputElement;
    const plz = document.getElementById("plz") as HTMLInputElement;
    (document.activeElement as HTMLElement | null)?.blur();

    await userEvent.tab();
    expect(document.activeElement).toBe(vorname);
    const style = getComputedStyle(vorname);
    expect(style.outlineStyle).toBe("solid");
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    await userEvent.keyboard("Anna");
    await userEvent.tab();
    expect(document.activeElement).toBe(plz);
    await userEvent.keyboard("35390");
    expect([...new FormData(form).entries()]).toEqual([
      ["vorname", "Anna"],
      ["plz", "35390"],
    ]);
  });

  it("moves focus to the input when the label is clicked and is at least 44 px high", async () => {
    await mount(<TextField id="ort" name="ort" label="Ort" />);
    const label = document.querySelector('label[for="ort"]') as HTMLLabelElement;
    await userEvent.click(label);
    const input = document.getElementById("ort") as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    expect(input.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });

  it("keeps width variants and prefix/suffix inside a 320 px wide container", async () => {
    const { host: container } = await mount(
      <>
        <TextField id="w2" name="w2" label="Tag" width="2" />
        <TextField id="w5" name="w5" label="PLZ" width="5" />
        <TextField id="w30" name="w30" label="Straße" width="30" />
        <TextField id="eur" name="eur" label="Betrag" unitLabel="in Euro" prefix="€" suffix="pro Monat" width="30" />
      </>,
      { width: "320px" },
    );
    const right = container.getBoundingClientRect().right;
    const width = (id: string) => (document.getElementById(id) as HTMLElement).getBoundingClientRect().width;
    expect(width("w2")).toBeLessThan(width("w5"));
    expect(width("w5")).toBeLessThan(width("w30"));
    expect(width("w30")).toBeLessThanOrEqual(320);
    for (const element of container.querySelectorAll("input, .dk-text-field__prefix, .dk-text-field__suffix")) {
      expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(right + 0.5);
    }
    expect(container.scrollWidth).toBeLessThanOrEqual(container.clientWidth);
  });

  it("gives the widths room for their characters on a wide screen", async () => {
    await mount(
      <>
        <TextField id="w4" name="w4" label="Jahr" width="4" defaultValue="2026" />
        <TextField id="w10" name="w10" label="Telefon" width="10" defaultValue="0641123456" />
      </>,
      { width: "960px" },
    );
    for (const id of ["w4", "w10"]) {
      const input = document.getElementById(id) as HTMLInputElement;
      // The whole value fits: nothing scrolls inside the input.
      expect(input.scrollWidth).toBeLessThanOrEqual(input.clientWidth);
      expect(input.getBoundingClientRect().width).toBeLessThan(960 / 2);
    }
  });
});
