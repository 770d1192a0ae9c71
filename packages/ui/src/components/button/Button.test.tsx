import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Button } from "../../index.js";
import { type ButtonProps, Button as LocalButton } from "./index.js";

afterEach(cleanup);

/** A wrapper that passes Button's props through, as apps do. */
function Wrapper(props: ButtonProps) {
  return <LocalButton {...props} />;
}

describe("Button", () => {
  it("renders a native button named by its text, submitting by default", () => {
    render(<Button>Antrag absenden</Button>);
    const button = screen.getByRole("button", { name: "Antrag absenden" });
    expect(button.tagName).toBe("BUTTON");
    expect(button).toHaveProperty("type", "submit");
    expect(button.className).toBe("dk-button dk-button--primary");
  });

  it.each(["secondary", "warning"] as const)("applies the %s variant class", (variant) => {
    render(<Button variant={variant}>Weiter</Button>);
    expect(screen.getByRole("button").classList.contains(`dk-button--${variant}`)).toBe(true);
  });

  it("keeps the caller's type, class, attributes and handlers", () => {
    const onClick = vi.fn();
    render(
      <Button type="button" className="extra" aria-describedby="hint" onClick={onClick}>
        Hilfe
      </Button>,
    );
    const button = screen.getByRole("button", { name: "Hilfe" });
    expect(button).toHaveProperty("type", "button");
    expect(button.className).toBe("dk-button dk-button--primary extra");
    expect(button.getAttribute("aria-describedby")).toBe("hint");
    button.click();
    expect(onClick).toHaveBeenCalledOnce();
  });

  it("forwards its ref to the native element", () => {
    const ref = createRef<HTMLButtonElement>();
    render(<Button ref={ref}>Speichern</Button>);
    expect(ref.current).toBe(screen.getByRole("button"));
  });

  it("stays operable by keyboard: focusable, and disabled only when asked", () => {
    render(<Button>Weiter</Button>);
    const button = screen.getByRole("button");
    button.focus();
    expect(document.activeElement).toBe(button);
    cleanup();
    render(<Button disabled>Weiter</Button>);
    expect(screen.getByRole("button")).toHaveProperty("disabled", true);
  });

  it("renders complete HTML on the server", () => {
    expect(renderToString(<Button variant="secondary">Zurück</Button>)).toBe(
      '<button type="submit" class="dk-button dk-button--secondary">Zurück</button>',
    );
  });

  it("posts its name and value with the form, without JavaScript of its own", () => {
    let submitted: FormData | undefined;
    render(
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submitted = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        }}
      >
        <input name="name" defaultValue="Erika Mustermann" />
        <Button name="aktion" value="absenden">
          Antrag absenden
        </Button>
        <Button variant="secondary" name="aktion" value="speichern">
          Zwischenspeichern
        </Button>
      </form>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Zwischenspeichern" }));
    expect(submitted && [...submitted.entries()]).toEqual([
      ["name", "Erika Mustermann"],
      ["aktion", "speichern"],
    ]);
  });

  describe("with href", () => {
    it("renders a native link that looks like a button, without a button role", () => {
      render(
        <Button href="/antrag" variant="secondary">
          Zum Antrag
        </Button>,
      );
      const link = screen.getByRole("link", { name: "Zum Antrag" });
      expect(link.tagName).toBe("A");
      expect(link.getAttribute("href")).toBe("/antrag");
      expect(link.hasAttribute("role")).toBe(false);
      expect(link.hasAttribute("type")).toBe(false);
      expect(link.getAttribute("draggable")).toBe("false");
      expect(link.className).toBe("dk-button dk-button--secondary");
      expect(screen.queryByRole("button")).toBeNull();
    });

    it("keeps the caller's anchor attributes and forwards an anchor ref", () => {
      const ref = createRef<HTMLAnchorElement>();
      render(
        <Button ref={ref} href="/merkblatt.pdf" download className="extra" hrefLang="de">
          Merkblatt herunterladen
        </Button>,
      );
      const link = screen.getByRole("link", { name: "Merkblatt herunterladen" });
      expect(ref.current).toBe(link);
      expect(ref.current).toBeInstanceOf(HTMLAnchorElement);
      expect(link.hasAttribute("download")).toBe(true);
      expect(link.getAttribute("hreflang")).toBe("de");
      expect(link.className).toBe("dk-button dk-button--primary extra");
    });

    it("renders complete HTML on the server", () => {
      expect(renderToString(<Button href="/antrag">Weiter</Button>)).toBe(
        '<a class="dk-button dk-button--primary" draggable="false" href="/antrag">Weiter</a>',
      );
    });
  });

  describe("start variant", () => {
    it("is a large link named only by its text; the arrow is hidden from assistive technology", () => {
      render(
        <Button variant="start" href="/bewohnerparkausweis/antrag">
          Jetzt starten
        </Button>,
      );
      const link = screen.getByRole("link", { name: "Jetzt starten" });
      expect(link.className).toBe("dk-button dk-button--start");
      const icon = link.querySelector("svg");
      expect(icon?.getAttribute("aria-hidden")).toBe("true");
      expect(icon?.getAttribute("class")).toBe("dk-button__start-icon");
    });

    it("also works as a submit button", () => {
      render(<Button variant="start">Jetzt starten</Button>);
      const button = screen.getByRole("button", { name: "Jetzt starten" });
      expect(button).toHaveProperty("type", "submit");
      expect(button.querySelector("svg.dk-button__start-icon")).not.toBeNull();
    });
  });

  it("passes either kind of props through a wrapper", () => {
    render(
      <>
        <Wrapper href="/zurueck" variant="secondary">
          Zurück
        </Wrapper>
        <Wrapper type="button">Hilfe</Wrapper>
      </>,
    );
    expect(screen.getByRole("link", { name: "Zurück" }).getAttribute("href")).toBe("/zurueck");
    expect(screen.getByRole("button", { name: "Hilfe" })).toHaveProperty("type", "button");
  });

  it("types the ref after href and keeps button-only and link-only props apart (checked by tsc)", () => {
    const anchorRef = createRef<HTMLAnchorElement>();
    const buttonRef = createRef<HTMLButtonElement>();
    render(
      <>
        <Button href="/antrag" ref={anchorRef}>
          Zum Antrag
        </Button>
        <Button ref={buttonRef}>Absenden</Button>
      </>,
    );
    expect(anchorRef.current).toBeInstanceOf(HTMLAnchorElement);
    expect(buttonRef.current).toBeInstanceOf(HTMLButtonElement);
    const rejected = [
      // @ts-expect-error an anchor ref on a <button>
      <Button key="1" ref={anchorRef}>
        x
      </Button>,
      // @ts-expect-error a button ref on a link
      <Button key="2" href="/x" ref={buttonRef}>
        x
      </Button>,
      // @ts-expect-error links cannot be disabled
      <Button key="3" href="/x" disabled>
        x
      </Button>,
      // @ts-expect-error download belongs to links
      <Button key="4" download>
        x
      </Button>,
    ];
    expect(rejected).toHaveLength(4);
  });
});
