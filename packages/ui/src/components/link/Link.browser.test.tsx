// Keyboard focus, the focus highlight and the accessible name of Link in a real browser (Chromium), with the real CSS.
import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./link.css";
import { Link } from "./index.js";

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

async function mount(children: ReactNode) {
  host = document.createElement("div");
  host.className = "dk-template";
  host.lang = "de";
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root?.render(children));
}

/** The computed value of a semantic token, as the browser resolves colours (`rgb(…)`). */
function tokenColor(name: string): string {
  const probe = document.createElement("span");
  probe.style.color = `var(${name})`;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

describe("Link in the browser", () => {
  it("is reached with Tab and shows the yellow focus highlight with dark text and a thick underline", async () => {
    await mount(
      <>
        <button type="button">Vorher</button>
        <Link href="#ziel">Zum Antrag</Link>
        <span id="ziel" />
      </>,
    );
    const link = find<HTMLAnchorElement>("a");
    const style = getComputedStyle(link);
    expect(style.color).toBe(tokenColor("--dk-color-link-default"));
    expect(style.textDecorationLine).toBe("underline");
    find<HTMLButtonElement>("button").focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(link);
    const focused = getComputedStyle(link);
    expect(focused.backgroundColor).toBe(tokenColor("--dk-color-focus-background"));
    expect(focused.color).toBe(tokenColor("--dk-color-focus-text"));
    expect(focused.boxShadow).toContain(tokenColor("--dk-color-focus-text"));
    expect(focused.boxShadow).toContain("4px");
  });

  it("announces a new tab in its accessible name while the notice stays invisible", async () => {
    await mount(
      <Link href="https://example.org/" newTab>
        Hilfe zum Online-Ausweis
      </Link>,
    );
    const link = page.getByRole("link", { name: "Hilfe zum Online-Ausweis (öffnet in neuem Tab)", exact: true });
    await expect.element(link).toBeInTheDocument();
    const notice = find(".dk-visually-hidden");
    expect(notice.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it("uses the brand's text colour when inverse", async () => {
    await mount(
      <Link href="/" inverse>
        Startseite
      </Link>,
    );
    expect(getComputedStyle(find<HTMLAnchorElement>("a")).color).toBe(tokenColor("--dk-color-brand-text"));
  });
});
