// Focus behaviour of ErrorSummary in Chromium: focus on mount, and following a link (click or Enter) moves focus to
// the field and scrolls its label or legend into view.
import { composeStories } from "@storybook/react-vite";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "../form-group/form-group.css";
import "../error-message/error-message.css";
import "./error-summary.css";
import { ErrorSummary } from "./ErrorSummary.js";
import * as stories from "./ErrorSummary.stories.js";
import { ExampleFields, exampleErrors } from "./examples.js";

const { Default, English, WithoutAutoFocus } = composeStories(stories);

afterEach(() => {
  window.scrollTo(0, 0);
});

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing`);
  return element;
}

function summary(): HTMLElement {
  const element = document.querySelector<HTMLElement>(".dk-error-summary");
  if (!element) throw new Error("no error summary");
  return element;
}

function link(name: string): HTMLAnchorElement {
  const found = [...document.querySelectorAll<HTMLAnchorElement>(".dk-error-summary__link")].find(
    (candidate) => candidate.textContent === name,
  );
  if (!found) throw new Error(`no link "${name}"`);
  return found;
}

function inViewport(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.top >= 0 && rect.bottom <= window.innerHeight;
}

/** The summary and, far below it, the fields, so that following a link has to scroll. */
function LongPage() {
  return (
    <>
      <ErrorSummary errors={exampleErrors()} />
      <div style={{ blockSize: "3000px" }} />
      <ExampleFields />
    </>
  );
}

describe("ErrorSummary in the browser", () => {
  it("has focus after mount", async () => {
    await mount(<Default />);
    await expect.poll(() => document.activeElement).toBe(summary());
    expect(summary().matches(":focus")).toBe(true);
  });

  it("does not take focus with disableAutoFocus", async () => {
    await mount(<WithoutAutoFocus />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).not.toBe(summary());
  });

  it("Tab reaches the links; Enter on a link focuses the input", async () => {
    await mount(<Default />);
    await expect.poll(() => document.activeElement).toBe(summary());
    await userEvent.tab();
    expect(document.activeElement).toBe(link("Geben Sie Ihren Vornamen ein."));
    await userEvent.keyboard("{Enter}");
    expect(document.activeElement).toBe(byId("vorname"));
    expect(window.location.hash).toBe("");
  });

  it("clicking a link to a date group focuses its first input and scrolls the legend into view", async () => {
    await mount(<LongPage />);
    await expect.poll(() => document.activeElement).toBe(summary());
    const legend = byId("geburtsdatum-day").closest("fieldset")?.querySelector("legend");
    expect(legend && inViewport(legend)).toBe(false);
    await userEvent.click(link("Geben Sie Ihr Geburtsdatum ein."));
    expect(document.activeElement).toBe(byId("geburtsdatum-day"));
    expect(legend && inViewport(legend)).toBe(true);
  });

  it("Enter on a link to radios focuses the first radio and scrolls the legend into view", async () => {
    await mount(<LongPage />);
    await expect.poll(() => document.activeElement).toBe(summary());
    link("Wählen Sie aus, wie Sie bezahlen möchten.").focus();
    await userEvent.keyboard("{Enter}");
    expect(document.activeElement).toBe(byId("zahlungsweise-lastschrift"));
    const legend = byId("zahlungsweise").closest("fieldset")?.querySelector("legend");
    expect(legend && inViewport(legend)).toBe(true);
  });

  it("clicking a link to a text input scrolls its label into view", async () => {
    await mount(<LongPage />);
    await userEvent.click(link("Geben Sie Ihren Vornamen ein."));
    expect(document.activeElement).toBe(byId("vorname"));
    const label = document.querySelector('label[for="vorname"]');
    expect(label && inViewport(label)).toBe(true);
  });

  it("works the same in English", async () => {
    await mount(<English />);
    await expect.poll(() => document.activeElement).toBe(summary());
    expect(summary().textContent).toContain("There is a problem");
    await userEvent.click(link("Enter your date of birth."));
    expect(document.activeElement).toBe(byId("geburtsdatum-day"));
  });
});
