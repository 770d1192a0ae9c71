import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createRef, useState } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Details } from "./index.js";

afterEach(cleanup);

/** Open by default, with a button that re-renders it. */
function Page() {
  const [count, setCount] = useState(0);
  return (
    <>
      <Details summary="Hilfe" defaultOpen>
        Text
      </Details>
      <button type="button" onClick={() => setCount(count + 1)}>
        Neu zeichnen {count}
      </button>
    </>
  );
}

const help = (
  <Details summary="Hilfe zu diesem Feld">
    <p>Die Steuer-ID steht auf Ihrem Steuerbescheid.</p>
  </Details>
);

describe("Details", () => {
  it("renders a native details element with the summary first and the text after it", () => {
    const { container } = render(help);
    const details = container.querySelector("details");
    expect(details?.className).toBe("dk-details");
    expect(details?.open).toBe(false);
    const summary = details?.firstElementChild;
    expect(summary?.tagName).toBe("SUMMARY");
    expect(summary?.className).toBe("dk-details__summary");
    expect(summary?.textContent).toBe("Hilfe zu diesem Feld");
    expect(summary?.querySelector(".dk-details__summary-text")?.textContent).toBe("Hilfe zu diesem Feld");
    expect(details?.querySelector(".dk-details__text")?.textContent).toBe(
      "Die Steuer-ID steht auf Ihrem Steuerbescheid.",
    );
    expect(screen.getByRole("group")).toBe(details);
  });

  it("opens with defaultOpen and then leaves the state to the user", () => {
    const { container } = render(<Page />);
    const details = container.querySelector("details");
    expect(details?.open).toBe(true);
    expect(details?.hasAttribute("open")).toBe(true);
    if (details) details.open = false;
    fireEvent.click(screen.getByRole("button", { name: /Neu zeichnen/ }));
    expect(screen.getByRole("button", { name: "Neu zeichnen 1" })).toBeTruthy();
    expect(details?.open).toBe(false);
  });

  it("follows the controlled open prop and reports toggles", () => {
    const onToggle = vi.fn((event: { currentTarget: HTMLDetailsElement }) => event.currentTarget.open);
    const { container, rerender } = render(
      <Details summary="Hilfe" open={false} onToggle={onToggle}>
        Text
      </Details>,
    );
    const details = container.querySelector("details");
    expect(details?.open).toBe(false);
    rerender(
      <Details summary="Hilfe" open onToggle={onToggle}>
        Text
      </Details>,
    );
    expect(details?.open).toBe(true);
    if (details) fireEvent(details, new Event("toggle"));
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(onToggle).toHaveReturnedWith(true);
  });

  it("forwards its ref and native attributes to the details element", () => {
    const ref = createRef<HTMLDetailsElement>();
    const { container } = render(
      <Details ref={ref} summary="Hilfe" id="hilfe-steuer-id" className="extra" lang="en" data-testid="d">
        Text
      </Details>,
    );
    const details = container.querySelector("details");
    expect(ref.current).toBe(details);
    expect(details?.id).toBe("hilfe-steuer-id");
    expect(details?.className).toBe("dk-details extra");
    expect(details?.lang).toBe("en");
    expect(details?.dataset.testid).toBe("d");
  });

  it("renders complete HTML on the server, closed or open", () => {
    expect(renderToString(help)).toBe(
      '<details class="dk-details"><summary class="dk-details__summary"><span class="dk-details__summary-text">' +
        'Hilfe zu diesem Feld</span></summary><div class="dk-details__text"><p>Die Steuer-ID steht auf Ihrem ' +
        "Steuerbescheid.</p></div></details>",
    );
    expect(
      renderToString(
        <Details summary="Hilfe" defaultOpen>
          Text
        </Details>,
      ),
    ).toContain('<details class="dk-details" open="">');
  });
});
