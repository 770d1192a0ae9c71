import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { serviceExamples } from "./examples.js";
import { CardList, ServiceCard } from "./index.js";

afterEach(cleanup);

const parkausweis = {
  title: "Bewohnerparkausweis beantragen",
  href: "/leistungen/bewohnerparkausweis",
  teaser: "Parken in Ihrer Straße.",
};

describe("ServiceCard", () => {
  it("links the service name to the service page as the card's heading", () => {
    const { container } = render(<ServiceCard {...parkausweis} headingLevel={3} />);
    const heading = screen.getByRole("heading", { level: 3, name: "Bewohnerparkausweis beantragen" });
    const link = within(heading).getByRole("link", { name: "Bewohnerparkausweis beantragen" });
    expect(link.getAttribute("href")).toBe("/leistungen/bewohnerparkausweis");
    expect(container.firstElementChild?.className).toBe("dk-card dk-card--with-link dk-service-card");
    expect(screen.getByText("Parken in Ihrer Straße.").className).toBe("dk-card__teaser");
    expect(container.querySelector(".dk-card__footer")).toBeNull();
  });

  it("shows „Online verfügbar“ as a tag in text only when online", () => {
    render(<ServiceCard {...parkausweis} online />);
    const tag = screen.getByText("Online verfügbar");
    expect(tag.tagName).toBe("STRONG");
    expect(tag.className).toBe("dk-tag dk-tag--online");
    cleanup();
    render(<ServiceCard {...parkausweis} online={false} fee="30,00 €" />);
    expect(screen.queryByText("Online verfügbar")).toBeNull();
  });

  it("shows the fee after the label „Gebühr:“ and the meta data", () => {
    const { container } = render(<ServiceCard {...parkausweis} fee="30,00 €" meta="Bürgerbüro · Verkehr" />);
    const fee = container.querySelector(".dk-service-card__fee");
    expect(fee?.tagName).toBe("P");
    expect(fee?.textContent).toBe("Gebühr: 30,00 €");
    expect(fee?.querySelector(".dk-service-card__fee-label")?.textContent).toBe("Gebühr:");
    expect(container.querySelector(".dk-service-card__meta")?.textContent).toBe("Bürgerbüro · Verkehr");
  });

  it("uses English and the app's wording", () => {
    const { container } = render(<ServiceCard {...parkausweis} locale="en" online fee="€30.00" />);
    expect(screen.getByText("Available online")).toBeTruthy();
    expect(container.querySelector(".dk-service-card__fee")?.textContent).toBe("Fee: €30.00");
    cleanup();
    render(
      <ServiceCard {...parkausweis} online fee="30 €" messages={{ online: "Online beantragen", fee: "Kosten:" }} />,
    );
    expect(screen.getByText("Online beantragen")).toBeTruthy();
    expect(screen.getByText("Kosten:")).toBeTruthy();
  });

  it("renders a list of services as list items with one link each", () => {
    render(
      <CardList aria-label="Suchergebnisse">
        {serviceExamples.map((service) => (
          <ServiceCard key={service.href} {...service} />
        ))}
      </CardList>,
    );
    const items = within(screen.getByRole("list", { name: "Suchergebnisse" })).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(items.map((item) => within(item).getAllByRole("link").length)).toEqual([1, 1, 1]);
    expect(screen.getAllByText("Online verfügbar")).toHaveLength(2);
  });

  it("forwards its ref and keeps native attributes", () => {
    const ref = createRef<HTMLDivElement>();
    render(<ServiceCard ref={ref} {...parkausweis} id="bpa" className="extra" />);
    expect(ref.current?.id).toBe("bpa");
    expect(ref.current?.className).toBe("dk-card dk-card--with-link dk-service-card extra");
  });

  it("renders complete HTML on the server", () => {
    const html = renderToString(<ServiceCard {...parkausweis} online fee="30,00 €" meta="Bürgerbüro" />);
    expect(html).toBe(
      '<div class="dk-card dk-card--with-link dk-service-card"><h2 class="dk-card__heading"><a class="dk-link dk-link--no-visited-state dk-card__link" href="/leistungen/bewohnerparkausweis">Bewohnerparkausweis beantragen</a></h2><p class="dk-card__teaser">Parken in Ihrer Straße.</p><div class="dk-card__footer"><strong class="dk-tag dk-tag--online">Online verfügbar</strong><p class="dk-service-card__fee"><span class="dk-service-card__fee-label">Gebühr:</span> <!-- -->30,00 €</p><div class="dk-service-card__meta">Bürgerbüro</div></div></div>',
    );
  });
});
