import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { ProgressBar, progressStep } from "./ProgressBar.js";

afterEach(cleanup);

const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]') as HTMLElement;

describe("ProgressBar", () => {
  it("is a native progress bar named by its label, with value, max and the value in words", () => {
    const { container } = render(<ProgressBar id="upload" label="Antrag wird übertragen" value={40} />);
    const bar = screen.getByRole("progressbar", { name: "Antrag wird übertragen" });
    expect(bar.tagName).toBe("PROGRESS");
    expect(bar.id).toBe("upload");
    expect(bar.className).toBe("dk-progress-bar__bar");
    expect((bar as HTMLProgressElement).value).toBe(40);
    expect((bar as HTMLProgressElement).max).toBe(100);
    expect(bar.getAttribute("aria-valuetext")).toBe("40\u00a0% abgeschlossen");
    expect(container.querySelector("label")?.htmlFor).toBe("upload");
    expect(bar.getAttribute("aria-labelledby")).toBe("upload-label");
    expect(container.querySelector("label")?.id).toBe("upload-label");
    expect(container.querySelector(".dk-progress-bar__value")?.textContent).toBe("40\u00a0% abgeschlossen");
    expect(container.firstElementChild?.className).toBe("dk-progress-bar");
  });

  it("shows the app's value text, e.g. files uploaded", () => {
    const { container } = render(
      <ProgressBar id="dateien" label="Dateien hochladen" value={3} max={5} valueText="3 von 5 Dateien hochgeladen" />,
    );
    const bar = screen.getByRole("progressbar", { name: "Dateien hochladen" }) as HTMLProgressElement;
    expect(bar.value).toBe(3);
    expect(bar.max).toBe(5);
    expect(bar.getAttribute("aria-valuetext")).toBe("3 von 5 Dateien hochgeladen");
    expect(screen.getByText("3 von 5 Dateien hochgeladen")).toBe(container.querySelector(".dk-progress-bar__value"));
  });

  it("rounds the percentage down, so 100 % means complete", () => {
    render(<ProgressBar id="p" label="Prüfung" value={2} max={3} />);
    expect(screen.getByRole("progressbar").getAttribute("aria-valuetext")).toBe("66\u00a0% abgeschlossen");
    cleanup();
    render(<ProgressBar id="p" label="Prüfung" value={999} max={1000} />);
    expect(screen.getByRole("progressbar").getAttribute("aria-valuetext")).toBe("99\u00a0% abgeschlossen");
    cleanup();
    render(<ProgressBar id="p" label="Prüfung" value={1000} max={1000} />);
    expect(screen.getByRole("progressbar").getAttribute("aria-valuetext")).toBe("100\u00a0% abgeschlossen");
  });

  it("is indeterminate without a value", () => {
    const { container } = render(<ProgressBar id="p" label="Ihre Angaben werden geprüft" />);
    const bar = screen.getByRole("progressbar", { name: "Ihre Angaben werden geprüft" });
    expect(bar.hasAttribute("value")).toBe(false);
    expect(bar.matches(":indeterminate")).toBe(true);
    expect(bar.hasAttribute("aria-valuetext")).toBe(false);
    expect(container.querySelector(".dk-progress-bar__value")?.textContent).toBe("Wird bearbeitet …");
  });

  it("announces nothing on load", () => {
    const { container } = render(<ProgressBar id="p" label="Hochladen" value={50} />);
    const region = live(container);
    expect(region.textContent).toBe("");
    expect(region.className).toBe("dk-progress-bar__announcement dk-visually-hidden");
    // Not the progress bar itself: a separate, polite region.
    expect(screen.getByRole("progressbar").getAttribute("aria-live")).toBeNull();
  });

  it("announces the value only when it reaches the next step (every 10 % by default)", () => {
    const { container, rerender } = render(<ProgressBar id="p" label="Hochladen" value={0} />);
    const heard: string[] = [];
    for (const value of [3, 9, 10, 14, 19, 20, 25, 47, 50, 99, 100]) {
      rerender(<ProgressBar id="p" label="Hochladen" value={value} />);
      heard.push(`${value}: ${live(container).textContent}`);
    }
    expect(heard).toEqual([
      "3: ",
      "9: ",
      "10: 10\u00a0% abgeschlossen",
      "14: 10\u00a0% abgeschlossen",
      "19: 10\u00a0% abgeschlossen",
      "20: 20\u00a0% abgeschlossen",
      "25: 20\u00a0% abgeschlossen",
      "47: 47\u00a0% abgeschlossen",
      "50: 50\u00a0% abgeschlossen",
      "99: 99\u00a0% abgeschlossen",
      "100: 100\u00a0% abgeschlossen",
    ]);
  });

  it("always announces completion, whatever the step size, and with announceEvery 0 only completion", () => {
    const { container, rerender } = render(<ProgressBar id="p" label="Hochladen" value={90} announceEvery={30} />);
    rerender(<ProgressBar id="p" label="Hochladen" value={95} announceEvery={30} />);
    expect(live(container).textContent).toBe("");
    rerender(<ProgressBar id="p" label="Hochladen" value={100} announceEvery={30} />);
    expect(live(container).textContent).toBe("100\u00a0% abgeschlossen");
    cleanup();
    const files = (value: number) => (
      <ProgressBar id="f" label="Dateien" value={value} max={4} announceEvery={0} valueText={`${value} von 4`} />
    );
    const second = render(files(0));
    for (const value of [1, 2, 3]) {
      second.rerender(files(value));
      expect(live(second.container).textContent).toBe("");
    }
    second.rerender(files(4));
    expect(live(second.container).textContent).toBe("4 von 4");
  });

  it("announces the app's value text at the steps, and stays silent going back", () => {
    const files = (value: number | undefined) => (
      <ProgressBar
        id="f"
        label="Dateien hochladen"
        value={value}
        max={8}
        announceEvery={25}
        valueText={`${value ?? 0} von 8 Dateien hochgeladen`}
      />
    );
    const { container, rerender } = render(files(0));
    rerender(files(1));
    expect(live(container).textContent).toBe("");
    rerender(files(2));
    expect(live(container).textContent).toBe("2 von 8 Dateien hochgeladen");
    rerender(files(3));
    expect(live(container).textContent).toBe("2 von 8 Dateien hochgeladen");
    // A restart is not announced; the next step after it is.
    rerender(files(0));
    expect(live(container).textContent).toBe("2 von 8 Dateien hochgeladen");
    rerender(files(2));
    expect(live(container).textContent).toBe("2 von 8 Dateien hochgeladen");
    rerender(files(4));
    expect(live(container).textContent).toBe("4 von 8 Dateien hochgeladen");
    // Indeterminate, then determinate again: the first known value is not news.
    rerender(files(undefined));
    rerender(files(6));
    expect(live(container).textContent).toBe("4 von 8 Dateien hochgeladen");
    rerender(files(8));
    expect(live(container).textContent).toBe("8 von 8 Dateien hochgeladen");
  });

  it("has English texts and takes the app's wording", () => {
    render(<ProgressBar id="p" label="Uploading" value={60} locale="en" />);
    expect(screen.getByRole("progressbar", { name: "Uploading" }).getAttribute("aria-valuetext")).toBe("60% complete");
    cleanup();
    const { container } = render(<ProgressBar id="p" label="Checking" locale="en" />);
    expect(container.querySelector(".dk-progress-bar__value")?.textContent).toBe("In progress …");
    cleanup();
    render(<ProgressBar id="p" label="Hochladen" value={30} messages={{ percent: "{percent} von 100 Prozent" }} />);
    expect(screen.getByRole("progressbar").getAttribute("aria-valuetext")).toBe("30 von 100 Prozent");
  });

  it("forwards its ref to the progress element, with class and attributes there and on the container", () => {
    const ref = createRef<HTMLProgressElement>();
    const { container } = render(
      <ProgressBar
        ref={ref}
        id="p"
        label="Hochladen"
        value={1}
        className="extra"
        containerClassName="rahmen"
        title="Fortschritt"
      />,
    );
    expect(ref.current).toBe(screen.getByRole("progressbar"));
    expect(ref.current?.className).toBe("dk-progress-bar__bar extra");
    expect(ref.current?.title).toBe("Fortschritt");
    expect(container.firstElementChild?.className).toBe("dk-progress-bar rahmen");
  });

  it("renders complete HTML on the server: label, bar, value text and the empty live region", () => {
    expect(renderToString(<ProgressBar id="p" label="Hochladen" value={3} max={5} valueText="3 von 5" />)).toBe(
      '<div class="dk-progress-bar"><label id="p-label" class="dk-progress-bar__label" for="p">Hochladen</label>' +
        '<progress id="p" class="dk-progress-bar__bar" max="5" value="3" aria-labelledby="p-label" ' +
        'aria-valuetext="3 von 5"></progress>' +
        '<div class="dk-progress-bar__value">3 von 5</div>' +
        '<div class="dk-progress-bar__announcement dk-visually-hidden" aria-live="polite"></div></div>',
    );
    expect(renderToString(<ProgressBar id="p" label="Prüfen" />)).toContain(
      '<progress id="p" class="dk-progress-bar__bar" max="100" aria-labelledby="p-label"></progress>',
    );
  });
});

describe("progressStep", () => {
  it("counts steps of announceEvery percent, completion as a step of its own", () => {
    expect(progressStep(undefined, 100, 10)).toBeUndefined();
    expect(progressStep(0, 100, 10)).toBe(0);
    expect(progressStep(9.9, 100, 10)).toBe(0);
    expect(progressStep(10, 100, 10)).toBe(1);
    expect(progressStep(2, 8, 25)).toBe(1);
    expect(progressStep(99, 100, 30)).toBe(3);
    expect(progressStep(100, 100, 30)).toBe(Number.POSITIVE_INFINITY);
    expect(progressStep(120, 100, 10)).toBe(Number.POSITIVE_INFINITY);
    expect(progressStep(-5, 100, 10)).toBe(0);
    expect(progressStep(50, 100, 0)).toBe(0);
  });
});
