// Select in a real browser (Chromium): reached with Tab, chosen with the keyboard, posted natively.
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./select.css";
import { Select } from "./Select.js";

let root: Root | undefined;
let host: HTMLDivElement | undefined;

afterEach(() => {
  root?.unmount();
  host?.remove();
});

function mount(element: ReactNode) {
  host = document.createElement("div");
  host.className = "dk-template";
  document.body.append(host);
  const created = createRoot(host);
  root = created;
  flushSync(() => created.render(element));
  return host;
}

const options = [
  { value: "giessen", label: "Gießen" },
  { value: "marburg", label: "Marburg", disabled: true },
  { value: "wetzlar", label: "Wetzlar" },
];

describe("Select in the browser", () => {
  it("is reached with Tab, shows its focus and posts the option chosen with the keyboard", async () => {
    const container = mount(
      <form>
        <Select id="stadt" name="stadt" label="Stadt" options={options} emptyOption />
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
    mount(<Select id="s" name="s" label="Stadt" options={options} />);
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
