// Select in a real browser (Chromium): reached with Tab, chosen with the keyboard, posted natively.
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./select.css";
import { cityOptions } from "./examples.js";
import { Select } from "./Select.js";

describe("Select in the browser", () => {
  it("is reached with Tab, shows its focus and posts the option chosen with the keyboard", async () => {
    const { host: container } = await mount(
      <form>
        <Select id="stadt" name="stadt" label="Stadt" options={cityOptions} emptyOption />
      </form>,
    );
    const select = document.getElementById("stadt") as HTMLSelectElement;
    const form = container.querySelector("form") as HTMLFormElement;
    (document.activeElement as HTMLElement | null)?.blur();
    expect([...new FormData(form).entries()]).toEqual([["stadt", ""]]);

    await userEvent.tab();
    expect(document.activeElement).toBe(select);
    expect(getComputedStyle(select).outlineStyle).toBe("solid");
    expect(select.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);

    // Typing the first letters chooses an option without opening the list.
    await userEvent.keyboard("w");
    expect(select.value).toBe("wetzlar");
    expect([...new FormData(form).entries()]).toEqual([["stadt", "wetzlar"]]);
  });

  it("skips a disabled option when choosing", async () => {
    await mount(<Select id="s" name="s" label="Stadt" options={cityOptions} />);
    const select = document.getElementById("s") as HTMLSelectElement;
    await userEvent.selectOptions(select, "wetzlar");
    expect(select.value).toBe("wetzlar");
    expect(select.options[1]?.disabled).toBe(true);
    expect([...select.options].filter((option) => !option.disabled).map((option) => option.value)).toEqual([
      "giessen",
      "wetzlar",
    ]);
  });
});
