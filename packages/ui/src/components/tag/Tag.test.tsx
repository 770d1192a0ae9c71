import { cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { Tag, type TagVariant } from "./index.js";

afterEach(cleanup);

describe("Tag", () => {
  it("renders a native strong with its text and the neutral variant by default", () => {
    render(<Tag>Entwurf</Tag>);
    const tag = screen.getByText("Entwurf");
    expect(tag.tagName).toBe("STRONG");
    expect(tag.className).toBe("dk-tag dk-tag--neutral");
  });

  it.each<TagVariant>(["neutral", "info", "success", "warning", "error", "online"])(
    "applies the %s variant as a modifier, keeping the text",
    (variant) => {
      render(<Tag variant={variant}>Status</Tag>);
      const tag = screen.getByText("Status");
      expect(tag.classList.contains(`dk-tag--${variant}`)).toBe(true);
      expect(tag.textContent).toBe("Status");
    },
  );

  it("is not focusable and has no interactive role", () => {
    render(<Tag variant="online">Online verfügbar</Tag>);
    const tag = screen.getByText("Online verfügbar");
    expect(tag.hasAttribute("tabindex")).toBe(false);
    expect(tag.hasAttribute("role")).toBe(false);
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("is read as part of the surrounding text", () => {
    const { container } = render(
      <p>
        Bewohnerparkausweis <Tag variant="online">Online verfügbar</Tag>
      </p>,
    );
    expect(container.textContent).toBe("Bewohnerparkausweis Online verfügbar");
  });

  it("forwards its ref and keeps native attributes", () => {
    const ref = createRef<HTMLElement>();
    render(
      <Tag ref={ref} variant="error" className="extra" id="status" lang="en">
        Rejected
      </Tag>,
    );
    expect(ref.current).toBe(screen.getByText("Rejected"));
    expect(ref.current?.className).toBe("dk-tag dk-tag--error extra");
    expect(ref.current?.id).toBe("status");
    expect(ref.current?.lang).toBe("en");
  });

  it("renders complete HTML on the server", () => {
    expect(renderToString(<Tag variant="success">Genehmigt</Tag>)).toBe(
      '<strong class="dk-tag dk-tag--success">Genehmigt</strong>',
    );
  });

  it("requires text (checked by tsc)", () => {
    // @ts-expect-error a tag without text would say its status by colour alone
    const withoutText = <Tag variant="error" />;
    expect(withoutText).toBeTruthy();
  });
});
