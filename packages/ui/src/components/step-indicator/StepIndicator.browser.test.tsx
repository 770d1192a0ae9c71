// The reflow of StepIndicator in narrow containers and keyboard access to its links, in a real browser (Chromium)
// with the real CSS.
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../link/link.css";
import "./step-indicator.css";
import { parkausweisSteps } from "./examples.js";
import { StepIndicator } from "./index.js";

async function mountSteps(width: string, current = 2) {
  await page.viewport(1024, 900);
  return mount(
    <>
      <button type="button">Vorher</button>
      <StepIndicator steps={parkausweisSteps} current={current} />
    </>,
    { width, lang: "de" },
  );
}

const isShown = (element: HTMLElement) => element.getBoundingClientRect().width > 1;
/** The text as rendered: the point here is what CSS shows, so textContent would not do. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is under test
const renderedText = (element: HTMLElement) => element.innerText;

describe("StepIndicator in the browser", () => {
  it("shows „Schritt 2 von 5“ and the steps side by side in a wide container", async () => {
    const { host, find } = await mountSteps("48rem");
    expect(renderedText(find(".dk-step-indicator__status"))).toBe("Schritt 2 von 5");
    expect(isShown(find(".dk-step-indicator__status-title"))).toBe(false);
    const steps = [...host.querySelectorAll(".dk-step-indicator__step")];
    expect(steps.every((step) => isShown(step as HTMLElement))).toBe(true);
    const tops = new Set(steps.map((step) => Math.round(step.getBoundingClientRect().top)));
    expect(tops.size).toBe(1);
  });

  it("reflows to one line „Schritt 2 von 5: Persönliche Angaben“ in a narrow container; the list stays readable", async () => {
    const { find } = await mountSteps("320px");
    expect(renderedText(find(".dk-step-indicator__status"))).toBe("Schritt 2 von 5: Persönliche Angaben");
    const list = find(".dk-step-indicator__steps");
    expect(isShown(list)).toBe(false);
    expect(find(".dk-step-indicator").scrollWidth).toBeLessThanOrEqual(320);
    // Hidden only visually: screen readers still get the list with the current step.
    await expect.element(page.getByRole("list")).toBeInTheDocument();
    await expect.element(page.getByRole("listitem").nth(1)).toHaveAttribute("aria-current", "step");
    await expect
      .element(page.getByRole("navigation", { name: "Fortschritt" }).getByRole("link"))
      .toHaveAccessibleName("Antragsteller (abgeschlossen)");
  });

  it("shows the list again while a link to a completed step has keyboard focus", async () => {
    const { find } = await mountSteps("320px", 3);
    find<HTMLButtonElement>("button").focus();
    await userEvent.tab();
    const link = find<HTMLAnchorElement>("a");
    expect(document.activeElement).toBe(link);
    expect(isShown(find(".dk-step-indicator__steps"))).toBe(true);
    expect(link.getBoundingClientRect().width).toBeGreaterThan(1);
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe("Persönliche Angaben (abgeschlossen)");
    find<HTMLButtonElement>("button").focus();
    expect(isShown(find(".dk-step-indicator__steps"))).toBe(false);
  });
});
