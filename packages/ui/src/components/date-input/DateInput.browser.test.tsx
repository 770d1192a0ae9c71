// DateInput in Chromium: keyboard order and focus indicator, a fragment link to the group leading into its first
// field, reflow at 320 px, and server HTML that keeps what the user typed through hydration.
import { composeStories } from "@storybook/react-vite";
import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { mount, serverRender } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../form-group/form-group.css";
import "../error-message/error-message.css";
import "../fieldset/fieldset.css";
import "./date-input.css";
import { DateInput } from "./DateInput.js";
import * as stories from "./DateInput.stories.js";

const { WithHint, ErrorOnOneField, Controlled } = composeStories(stories);

function byId(id: string): HTMLInputElement {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLInputElement)) throw new Error(`#${id} is not an input`);
  return element;
}

describe("DateInput in the browser", () => {
  it("moves Tag → Monat → Jahr with Tab and back with Shift+Tab, each with a visible focus indicator", async () => {
    const { host } = await mount(
      <>
        <button type="button">Vorher</button>
        <WithHint />
      </>,
    );
    host.querySelector("button")?.focus();
    const order: string[] = [];
    for (let step = 0; step < 3; step++) {
      await userEvent.tab();
      const active = document.activeElement as HTMLElement;
      order.push(active.id);
      const style = getComputedStyle(active);
      expect(style.outlineStyle).toBe("solid");
      expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
      expect(active.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    }
    expect(order).toEqual(["geburtsdatum-day", "geburtsdatum-month", "geburtsdatum-year"]);
    await userEvent.tab({ shift: true });
    expect(document.activeElement?.id).toBe("geburtsdatum-month");
  });

  it("takes typed digits and reports them, without jumping to the next field on its own", async () => {
    const onChange = vi.fn();
    await mount(<DateInput id="d" name="d" legend="Datum" onChange={onChange} />);
    byId("d-day").focus();
    await userEvent.keyboard("27");
    expect(byId("d-day").value).toBe("27");
    expect(document.activeElement?.id).toBe("d-day");
    expect(onChange).toHaveBeenLastCalledWith({ day: "27", month: "", year: "" }, expect.anything());
  });

  it("leads a fragment link to #<id> into the group: the next Tab focuses Tag", async () => {
    const { host } = await mount(
      <>
        <a href="#geburtsdatum">Das Datum muss einen Monat enthalten.</a>
        <button type="button">Dazwischen</button>
        <div style={{ height: "150vh" }} />
        <ErrorOnOneField />
      </>,
    );
    const link = host.querySelector("a") as HTMLAnchorElement;
    await userEvent.click(link);
    await userEvent.tab();
    expect(document.activeElement?.id).toBe("geburtsdatum-day");
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
    window.scrollTo(0, 0);
  });

  it("widths follow the digits: the year field is wider than day and month, and all fit 320 px", async () => {
    const { host } = await mount(<WithHint />, { width: "320px" });
    const day = byId("geburtsdatum-day").getBoundingClientRect().width;
    const month = byId("geburtsdatum-month").getBoundingClientRect().width;
    const year = byId("geburtsdatum-year").getBoundingClientRect().width;
    expect(day).toBe(month);
    expect(year).toBeGreaterThan(day);
    expect(day).toBeGreaterThanOrEqual(44);
    expect(host.scrollWidth).toBeLessThanOrEqual(320);
  });

  it("keeps what was typed into the server HTML when it hydrates, and the controlled story follows input", async () => {
    const onChange = vi.fn();
    const element = (
      <DateInput id="gb" name="gb" legend="Geburtsdatum" defaultValue={{ day: "1" }} onChange={onChange} />
    );
    const { hydrate } = serverRender(element);
    byId("gb-month").value = "12";
    const { unmount } = await hydrate();
    await expect.poll(() => Object.keys(byId("gb-year")).some((key) => key.startsWith("__react"))).toBe(true);
    expect(byId("gb-day").value).toBe("1");
    expect(byId("gb-month").value).toBe("12");
    byId("gb-year").focus();
    await userEvent.keyboard("2");
    expect(onChange).toHaveBeenLastCalledWith({ day: "1", month: "12", year: "2" }, expect.anything());
    await unmount();
    await mount(<Controlled />);
    byId("beginn-day").select();
    await userEvent.keyboard("15");
    expect(byId("beginn-day").value).toBe("15");
    expect(document.body.textContent).toContain("Gewählt: 15.4.2027");
  });
});
