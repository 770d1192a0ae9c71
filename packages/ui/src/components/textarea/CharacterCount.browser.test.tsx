// The live count in a real browser (Chromium): real keystrokes, the debounced polite announcement and the error
// style from the real CSS.
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { computedColor, mount } from "../../../test/browser-mount.js";
import "../../../dist/styles/tokens.css";
import "../../base/base.css";
import "./textarea.css";
import { CharacterCount } from "./CharacterCount.js";

async function mountCount(element: ReactNode) {
  const { host, find } = await mount(element);
  const textarea = find<HTMLTextAreaElement>("textarea");
  const live = find('[aria-live="polite"]');
  const status = () => host.querySelector(".dk-character-count__status") as HTMLElement;
  return { textarea, live, status };
}

function errorColour() {
  return getComputedStyle(document.documentElement).getPropertyValue("--dk-color-feedback-error").trim();
}

describe("CharacterCount in the browser", () => {
  it("announces the count politely once the user pauses typing", async () => {
    const { textarea, live, status } = await mountCount(
      <CharacterCount id="anm" name="anm" label="Anmerkungen" maxLength={20} />,
    );
    await expect.poll(() => status()?.textContent).toBe("Sie haben noch 20 Zeichen übrig");
    expect(live.getAttribute("aria-live")).toBe("polite");
    expect(live.textContent).toBe("");

    await userEvent.click(textarea);
    await userEvent.keyboard("Hallo");
    // The visible count follows each keystroke; the live region waits for the pause.
    expect(status().textContent).toBe("Sie haben noch 15 Zeichen übrig");
    expect(live.textContent).toBe("");
    await expect.poll(() => live.textContent, { timeout: 3000 }).toBe("Sie haben noch 15 Zeichen übrig");
    // Only the live region speaks; the visible count is hidden from screen readers, the limit stays the description.
    expect(status().getAttribute("aria-hidden")).toBe("true");
    expect(textarea.getAttribute("aria-describedby")).toBe("anm-info");
    expect(document.getElementById("anm-info")?.textContent).toBe("Sie können bis zu 20 Zeichen eingeben");
  });

  it("switches the visible message to the error style when the text is over the limit", async () => {
    const { textarea, live, status } = await mountCount(
      <CharacterCount id="kurz" name="kurz" label="Kurzbeschreibung" maxLength={10} />,
    );
    await userEvent.click(textarea);
    await userEvent.keyboard("Umzug");
    expect(status().textContent).toBe("Sie haben noch 5 Zeichen übrig");
    expect(errorColour()).not.toBe("");
    const normalColour = getComputedStyle(status()).color;
    expect(normalColour).not.toBe(computedColor(errorColour()));

    await userEvent.keyboard(" in Gießen");
    expect(status().textContent).toBe("Sie haben 5 Zeichen zu viel");
    expect(status().classList.contains("dk-character-count__status--error")).toBe(true);
    expect(getComputedStyle(status()).color).toBe(computedColor(errorColour()));
    expect(getComputedStyle(status()).fontWeight).toBe("700");
    expect(getComputedStyle(textarea).borderTopColor).toBe(computedColor(errorColour()));
    // Nothing was cut off: no native maxlength.
    expect(textarea.value).toBe("Umzug in Gießen");
    await expect.poll(() => live.textContent, { timeout: 3000 }).toBe("Sie haben 5 Zeichen zu viel");

    await userEvent.keyboard("{Backspace}{Backspace}{Backspace}{Backspace}");
    expect(status().textContent).toBe("Sie haben 1 Zeichen zu viel");
    await userEvent.keyboard("{Backspace}{Backspace}");
    expect(status().textContent).toBe("Sie haben noch 1 Zeichen übrig");
    expect(status().classList.contains("dk-character-count__status--error")).toBe(false);
    await expect.poll(() => live.textContent, { timeout: 3000 }).toBe("Sie haben noch 1 Zeichen übrig");
  });

  it("reports a pasted text that is too long instead of cutting it", async () => {
    const { textarea, live, status } = await mountCount(
      <CharacterCount id="p" name="p" label="Begründung" maxWords={3} locale="en" />,
    );
    await userEvent.fill(textarea, "one two three four five");
    expect(textarea.value).toBe("one two three four five");
    expect(status().textContent).toBe("You have 2 words too many");
    await expect.poll(() => live.textContent, { timeout: 3000 }).toBe("You have 2 words too many");
  });

  it("shows the count only from the threshold on", async () => {
    const { textarea, live, status } = await mountCount(
      <CharacterCount id="t" name="t" label="Hinweis" maxLength={10} threshold={80} />,
    );
    await expect.poll(() => status()?.hidden).toBe(true);
    const info = document.getElementById("t-info") as HTMLElement;
    expect(info.getBoundingClientRect().height).toBeGreaterThan(1);
    await userEvent.click(textarea);
    await userEvent.keyboard("abc");
    expect(status().hidden).toBe(true);
    await userEvent.keyboard("defgh");
    expect(status().hidden).toBe(false);
    expect(status().textContent).toBe("Sie haben noch 2 Zeichen übrig");
    expect(info.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    await expect.poll(() => live.textContent, { timeout: 3000 }).toBe("Sie haben noch 2 Zeichen übrig");
  });
});
