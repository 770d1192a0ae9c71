// Keyboard focus, the focus highlight and the accessible name of Link in a real browser (Chromium), with the real CSS.
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { computedColor, mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./link.css";
import { Link } from "./index.js";

/** The computed value of a semantic token, as the browser resolves colours (`rgb(…)`). */
const tokenColor = (name: string) => computedColor(`var(${name})`);

describe("Link in the browser", () => {
  it("is reached with Tab and shows the yellow focus highlight with dark text and a thick underline", async () => {
    const { find } = await mount(
      <>
        <button type="button">Vorher</button>
        <Link href="#ziel">Zum Antrag</Link>
        <span id="ziel" />
      </>,
      { lang: "de" },
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
    const { find } = await mount(
      <Link href="https://example.org/" newTab>
        Hilfe zum Online-Ausweis
      </Link>,
      { lang: "de" },
    );
    const link = page.getByRole("link", { name: "Hilfe zum Online-Ausweis (öffnet in neuem Tab)", exact: true });
    await expect.element(link).toBeInTheDocument();
    const notice = find(".dk-visually-hidden");
    expect(notice.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it("uses the brand's text colour when inverse", async () => {
    const { find } = await mount(
      <Link href="/" inverse>
        Startseite
      </Link>,
      { lang: "de" },
    );
    expect(getComputedStyle(find<HTMLAnchorElement>("a")).color).toBe(tokenColor("--dk-color-brand-text"));
  });
});
