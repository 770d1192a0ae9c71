// The reflow of StepIndicator in narrow containers and keyboard access to its links, in a real browser (Chromium)
// with the real CSS.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../link/link.css";
import "./step-indicator.css";
import { parkausweisSteps } from "./examples.js";
import { StepIndicator } from "./index.js";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

/** The element matching `selector` in the mounted markup; fails the test when there is none. */
function find<T extends HTMLElement = HTMLElement>(selector: string): T {
  const element = host?.querySelector<T>(selector);
  if (!element) throw new Error(`${selector} not found`);
  return element;
}

async function mount(width: string, current = 2) {
  await page.viewport(1024, 900);
  host = document.createElement("div");
  host.className = "dk-template";
  host.lang = "de";
  host.style.inlineSize = width;
  document.body.append(host);
  root = createRoot(host);
  await act(async () =>
    root?.render(
      <>
        <button type="button">Vorher</button>
        <StepIndicator steps={parkausweisSteps} current={current} />
      </>,
    ),
  );
}

const part = (selector: string) => find(selector);
const isShown = (element: HTMLElement) => element.getBoundingClientRect().width > 1;
/** The text as rendered: the point here is what CSS shows, so textContent would not do. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is under test
const renderedText = (element: HTMLElement) => element.innerText;

describe("StepIndicator in the browser", () => {
  it("shows „Schritt 2 von 5“ and the steps side by side in a wide container", async () => {
    await mount("48rem");
    expect(renderedText(part(".dk-step-indicator__status"))).toBe("Schritt 2 von 5");
    expect(isShown(part(".dk-step-indicator__status-title"))).toBe(false);
    const steps = [...(host?.querySelectorAll(".dk-step-indicator__step") ?? [])];
    expect(steps.every((step) => isShown(step as HTMLElement))).toBe(true);
    const tops = new Set(steps.map((step) => Math.round(step.getBoundingClientRect().top)));
    expect(tops.size).toBe(1);
  });

  it("reflows to one line „Schritt 2 von 5: Persönliche Angaben“ in a narrow container; the list stays readable", async () => {
    await mount("320px");
    expect(renderedText(part(".dk-step-indicator__status"))).toBe("Schritt 2 von 5: Persönliche Angaben");
    const list = part(".dk-step-indicator__steps");
    expect(isShown(list)).toBe(false);
    expect(part(".dk-step-indicator").scrollWidth).toBeLessThanOrEqual(320);
    // Hidden only visually: screen readers still get the list with the current step.
    await expect.element(page.getByRole("list")).toBeInTheDocument();
    await expect.element(page.getByRole("listitem").nth(1)).toHaveAttribute("aria-current", "step");
    await expect
      .element(page.getByRole("navigation", { name: "Fortschritt" }).getByRole("link"))
      .toHaveAccessibleName("Antragsteller (abgeschlossen)");
  });

  it("shows the list again while a link to a completed step has keyboard focus", async () => {
    await mount("320px", 3);
    find<HTMLButtonElement>("button").focus();
    await userEvent.tab();
    const link = find<HTMLAnchorElement>("a");
    expect(document.activeElement).toBe(link);
    expect(isShown(part(".dk-step-indicator__steps"))).toBe(true);
    expect(link.getBoundingClientRect().width).toBeGreaterThan(1);
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe("Persönliche Angaben (abgeschlossen)");
    find<HTMLButtonElement>("button").focus();
    expect(isShown(part(".dk-step-indicator__steps"))).toBe(false);
  });
});
