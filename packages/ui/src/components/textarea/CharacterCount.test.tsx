import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createRef, type Ref, useState } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CharacterCount, countCharacters, countWords } from "./index.js";

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const status = (container: HTMLElement) => container.querySelector(".dk-character-count__status");
const announcement = (container: HTMLElement) => container.querySelector("[aria-live]");
const staticHint = (id: string) => document.getElementById(`${id}-info`);

function type(textarea: HTMLElement, value: string) {
  fireEvent.change(textarea, { target: { value } });
}

function ControlledCharacterCount({ textareaRef }: { textareaRef: Ref<HTMLTextAreaElement> }) {
  const [value, setValue] = useState("abc");
  return (
    <>
      <CharacterCount
        ref={textareaRef}
        id="c"
        name="c"
        label="Text"
        maxLength={5}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="button" onClick={() => setValue("")}>
        Leeren
      </button>
    </>
  );
}

describe("CharacterCount", () => {
  describe("without JavaScript (server render)", () => {
    const html = renderToString(
      <CharacterCount id="anm" name="anm" label="Anmerkungen" hint="Freiwillig" maxLength={200} />,
    );
    const container = document.createElement("div");
    container.innerHTML = html;
    const textarea = container.querySelector("textarea") as HTMLTextAreaElement;

    it("states the limit as a static hint that describes the textarea", () => {
      const info = container.querySelector("#anm-info");
      expect(info?.textContent).toBe("Sie können bis zu 200 Zeichen eingeben");
      expect(info?.className).toBe("dk-character-count__message");
      expect(textarea.getAttribute("aria-describedby")).toBe("anm-hint anm-info");
      expect(container.querySelector("label")?.textContent).toBe("Anmerkungen");
    });

    it("keeps the textarea plain: no native maxlength, no count yet, an empty polite live region", () => {
      expect(textarea.hasAttribute("maxlength")).toBe(false);
      expect(status(container)).toBeNull();
      const live = announcement(container);
      expect(live?.getAttribute("aria-live")).toBe("polite");
      expect(live?.textContent).toBe("");
      expect(live?.className).toContain("dk-visually-hidden");
      expect(container.firstElementChild?.className).toBe("dk-form-group dk-textarea dk-character-count");
    });

    it("formats large limits and word limits in the language", () => {
      const words = document.createElement("div");
      words.innerHTML = renderToString(<CharacterCount id="w" name="w" label="W" maxWords={1500} />);
      expect(words.querySelector("#w-info")?.textContent).toBe("Sie können bis zu 1.500 Wörter eingeben");
      words.innerHTML = renderToString(<CharacterCount id="e" name="e" label="E" maxLength={1500} locale="en" />);
      expect(words.querySelector("#e-info")?.textContent).toBe("You can enter up to 1,500 characters");
    });
  });

  it("hydrates the server HTML without a mismatch and then shows the live count", () => {
    const element = <CharacterCount id="h" name="h" label="Anmerkungen" maxLength={10} defaultValue="abc" />;
    const host = document.createElement("div");
    host.innerHTML = renderToString(element);
    document.body.append(host);
    const onRecoverableError = vi.fn();
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    let root: Root | undefined;
    try {
      act(() => {
        root = hydrateRoot(host, element, { onRecoverableError });
      });
      expect(onRecoverableError).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
      expect(status(host)?.textContent).toBe("Sie haben noch 7 Zeichen übrig");
    } finally {
      consoleError.mockRestore();
      act(() => root?.unmount());
      host.remove();
    }
  });

  it("turns the hint into a live count once JavaScript runs; the static hint stays as description", () => {
    const { container } = render(<CharacterCount id="a" name="a" label="Anmerkungen" maxLength={10} />);
    const textarea = screen.getByRole("textbox", { name: "Anmerkungen" });
    expect(status(container)?.textContent).toBe("Sie haben noch 10 Zeichen übrig");
    expect(status(container)?.getAttribute("aria-hidden")).toBe("true");
    expect(staticHint("a")?.className).toContain("dk-visually-hidden");
    expect(textarea.getAttribute("aria-describedby")).toBe("a-info");
    expect(textarea.hasAttribute("maxlength")).toBe(false);
    // Nothing is announced before the user types.
    act(() => vi.advanceTimersByTime(5000));
    expect(announcement(container)?.textContent).toBe("");
  });

  it("updates the visible count at once and announces it after the user pauses", () => {
    const { container } = render(<CharacterCount id="a" name="a" label="Anmerkungen" maxLength={10} />);
    const textarea = screen.getByRole("textbox", { name: "Anmerkungen" });
    type(textarea, "Hallo");
    expect(status(container)?.textContent).toBe("Sie haben noch 5 Zeichen übrig");
    act(() => vi.advanceTimersByTime(600));
    type(textarea, "Hallo Welt");
    expect(status(container)?.textContent).toBe("Sie haben noch 0 Zeichen übrig");
    act(() => vi.advanceTimersByTime(600));
    // 1.2 s after the first keystroke but only 0.6 s after the last: still silent.
    expect(announcement(container)?.textContent).toBe("");
    act(() => vi.advanceTimersByTime(400));
    expect(announcement(container)?.textContent).toBe("Sie haben noch 0 Zeichen übrig");
  });

  it("reports text over the limit in the error style, in singular and plural", () => {
    const { container } = render(<CharacterCount id="a" name="a" label="Anmerkungen" maxLength={10} />);
    const textarea = screen.getByRole("textbox", { name: "Anmerkungen" });
    type(textarea, "Hallo Welt!");
    expect(status(container)?.textContent).toBe("Sie haben 1 Zeichen zu viel");
    expect(status(container)?.className).toBe("dk-character-count__status dk-character-count__status--error");
    expect(textarea.className).toContain("dk-textarea__input--error");
    type(textarea, "Hallo Welt!!!");
    expect(status(container)?.textContent).toBe("Sie haben 3 Zeichen zu viel");
    act(() => vi.advanceTimersByTime(1000));
    expect(announcement(container)?.textContent).toBe("Sie haben 3 Zeichen zu viel");
    type(textarea, "Hallo");
    expect(status(container)?.className).toBe("dk-character-count__status");
    expect(textarea.className).not.toContain("dk-textarea__input--error");
    type(textarea, "Hallo Wel");
    expect(status(container)?.textContent).toBe("Sie haben noch 1 Zeichen übrig");
  });

  it("posts the whole text, also beyond the limit, so the server can report it", () => {
    const { container } = render(
      <form>
        <CharacterCount id="a" name="a" label="Anmerkungen" maxLength={5} defaultValue="Vorgabe" />
      </form>,
    );
    const form = container.querySelector("form") as HTMLFormElement;
    expect([...new FormData(form).entries()]).toEqual([["a", "Vorgabe"]]);
    // The default value counts from the start.
    expect(status(container)?.textContent).toBe("Sie haben 2 Zeichen zu viel");
    type(screen.getByRole("textbox"), "Ein viel zu langer eingefügter Text");
    expect([...new FormData(form).entries()]).toEqual([["a", "Ein viel zu langer eingefügter Text"]]);
  });

  it("counts words with maxWords", () => {
    const { container } = render(<CharacterCount id="w" name="w" label="Zusammenfassung" maxWords={3} />);
    expect(staticHint("w")?.textContent).toBe("Sie können bis zu 3 Wörter eingeben");
    const textarea = screen.getByRole("textbox", { name: "Zusammenfassung" });
    expect(status(container)?.textContent).toBe("Sie haben noch 3 Wörter übrig");
    type(textarea, "  zwei   Wörter ");
    expect(status(container)?.textContent).toBe("Sie haben noch 1 Wort übrig");
    type(textarea, "eins zwei drei vier");
    expect(status(container)?.textContent).toBe("Sie haben 1 Wort zu viel");
    type(textarea, "eins zwei drei vier fünf");
    expect(status(container)?.textContent).toBe("Sie haben 2 Wörter zu viel");
  });

  it("shows the count only from the threshold on and keeps the static hint visible before", () => {
    const { container } = render(
      <CharacterCount id="t" name="t" label="Hinweis" maxLength={20} threshold={50} defaultValue="kurz" />,
    );
    const textarea = screen.getByRole("textbox", { name: "Hinweis" });
    expect(status(container)?.hasAttribute("hidden")).toBe(true);
    expect(staticHint("t")?.className).toBe("dk-character-count__message");
    type(textarea, "kurz, aber");
    act(() => vi.advanceTimersByTime(1000));
    expect(status(container)?.hasAttribute("hidden")).toBe(false);
    expect(status(container)?.textContent).toBe("Sie haben noch 10 Zeichen übrig");
    expect(staticHint("t")?.className).toContain("dk-visually-hidden");
    expect(announcement(container)?.textContent).toBe("Sie haben noch 10 Zeichen übrig");
    type(textarea, "kurz");
    act(() => vi.advanceTimersByTime(1000));
    expect(status(container)?.hasAttribute("hidden")).toBe(true);
    expect(announcement(container)?.textContent).toBe("");
  });

  it("speaks English, singular and plural", () => {
    const { container } = render(
      <CharacterCount id="e" name="e" label="Details" maxLength={5} locale="en" error="Too long" />,
    );
    const textarea = screen.getByRole("textbox", { name: "Details" });
    expect(staticHint("e")?.textContent).toBe("You can enter up to 5 characters");
    expect(document.getElementById("e-error")?.textContent).toBe("Error: Too long");
    expect(textarea.getAttribute("aria-describedby")).toBe("e-error e-info");
    type(textarea, "abcd");
    expect(status(container)?.textContent).toBe("You have 1 character remaining");
    type(textarea, "abc");
    expect(status(container)?.textContent).toBe("You have 2 characters remaining");
    type(textarea, "abcdef");
    expect(status(container)?.textContent).toBe("You have 1 character too many");
    type(textarea, "abcdefgh");
    expect(status(container)?.textContent).toBe("You have 3 characters too many");
    act(() => vi.advanceTimersByTime(1000));
    expect(announcement(container)?.textContent).toBe("You have 3 characters too many");
  });

  it("takes the app's wording", () => {
    const { container } = render(
      <CharacterCount
        id="m"
        name="m"
        label="Text"
        maxLength={4}
        error="Zu lang"
        messages={{
          charactersLimit: "Höchstens {max} Zeichen",
          charactersUnderLimitOther: "Noch {count}",
          prefix: "!",
        }}
      />,
    );
    expect(staticHint("m")?.textContent).toBe("Höchstens 4 Zeichen");
    expect(status(container)?.textContent).toBe("Noch 4");
    expect(document.getElementById("m-error")?.textContent).toBe("! Zu lang");
  });

  it("works controlled with value and onChange, and forwards its ref", () => {
    const ref = createRef<HTMLTextAreaElement>();
    const { container } = render(<ControlledCharacterCount textareaRef={ref} />);
    const textarea = screen.getByRole("textbox", { name: "Text" });
    expect(ref.current).toBe(textarea);
    expect(status(container)?.textContent).toBe("Sie haben noch 2 Zeichen übrig");
    type(textarea, "abcdefg");
    expect(textarea).toHaveProperty("value", "abcdefg");
    expect(status(container)?.textContent).toBe("Sie haben 2 Zeichen zu viel");
    fireEvent.click(screen.getByRole("button", { name: "Leeren" }));
    expect(status(container)?.textContent).toBe("Sie haben noch 5 Zeichen übrig");
  });
});

describe("counting", () => {
  it("counts characters as UTF-16 units with a posted CR LF as one line break", () => {
    expect(countCharacters("")).toBe(0);
    expect(countCharacters("Größe")).toBe(5);
    expect(countCharacters("a\nb")).toBe(3);
    expect(countCharacters("a\r\nb\r\n")).toBe(4);
  });

  it("counts words as runs of non-space characters", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("   ")).toBe(0);
    expect(countWords("Hallo")).toBe(1);
    expect(countWords(" Hallo,\n  liebe\tWelt! ")).toBe(3);
  });
});
