import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { parkausweisRows } from "./examples.js";
import { SummaryCard, SummaryList } from "./index.js";

afterEach(cleanup);

/** The link text as screen readers get it (visible and visually hidden parts). */
const linkTexts = () => screen.getAllByRole("link").map((link) => link.textContent);

describe("SummaryList", () => {
  it("renders a description list: question as term, answer as definition", () => {
    const { container } = render(<SummaryList rows={parkausweisRows} />);
    const list = container.querySelector("dl");
    expect(list?.className).toBe("dk-summary-list");
    expect(screen.getAllByRole("term").map((term) => term.textContent)).toEqual([
      "Name",
      "Geburtsdatum",
      "Anschrift",
      "Kfz-Kennzeichen",
    ]);
    const rows = container.querySelectorAll(".dk-summary-list__row");
    expect(rows).toHaveLength(4);
    const name = rows[0];
    expect(name?.querySelector(".dk-summary-list__value")?.textContent).toBe("Erika Mustermann");
    expect(name?.querySelector("dd.dk-summary-list__actions a")?.getAttribute("href")).toBe("/antrag/name");
  });

  it("names every change link by what it changes, with visually hidden text", () => {
    render(<SummaryList rows={parkausweisRows} />);
    expect(linkTexts()).toEqual([
      "Ändern den Namen",
      "Ändern das Geburtsdatum",
      "Ändern die Anschrift",
      "Ändern das Kfz-Kennzeichen",
    ]);
    const link = screen.getAllByRole("link")[0];
    const hidden = link?.querySelector(".dk-visually-hidden");
    expect(hidden?.textContent).toBe(" den Namen");
    expect(link?.firstChild?.textContent).toBe("Ändern");
    expect(link?.classList.contains("dk-link")).toBe(true);
  });

  it("marks rows without actions when others have them, so the columns line up", () => {
    const { container } = render(
      <SummaryList rows={[{ key: "Antragsnummer", value: "BPA-2026-004711" }, ...parkausweisRows.slice(0, 1)]} />,
    );
    const rows = container.querySelectorAll(".dk-summary-list__row");
    expect(rows[0]?.className).toBe("dk-summary-list__row dk-summary-list__row--no-actions");
    expect(rows[0]?.querySelectorAll("dd")).toHaveLength(1);
    expect(rows[1]?.className).toBe("dk-summary-list__row");
  });

  it("does not mark rows when no row has actions", () => {
    const { container } = render(<SummaryList rows={[{ key: "Antragsnummer", value: "BPA-2026-004711" }]} />);
    expect(container.querySelector(".dk-summary-list__row")?.className).toBe("dk-summary-list__row");
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("lists several actions of one row", () => {
    render(
      <SummaryList
        rows={[
          {
            key: "Nachweis",
            value: "meldebescheinigung.pdf",
            actions: [
              { href: "/nachweis", visuallyHiddenText: "den Nachweis" },
              { href: "/nachweis/entfernen", text: "Entfernen", visuallyHiddenText: "den Nachweis" },
            ],
          },
        ]}
      />,
    );
    const list = screen.getByRole("list");
    expect(list.className).toBe("dk-summary-list__actions-list");
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    expect(linkTexts()).toEqual(["Ändern den Nachweis", "Entfernen den Nachweis"]);
  });

  it("leaves out the borders with noBorder and keeps native attributes", () => {
    const ref = createRef<HTMLDListElement>();
    const { container } = render(
      <SummaryList ref={ref} rows={parkausweisRows} noBorder className="extra" aria-label="Ihre Angaben" />,
    );
    const list = container.querySelector("dl");
    expect(ref.current).toBe(list);
    expect(list?.className).toBe("dk-summary-list dk-summary-list--no-border extra");
    expect(list?.getAttribute("aria-label")).toBe("Ihre Angaben");
  });

  it("uses English and the app's wording", () => {
    render(
      <SummaryList
        locale="en"
        rows={[{ key: "Name", value: "Erika", actions: [{ href: "/n", visuallyHiddenText: "name" }] }]}
      />,
    );
    expect(linkTexts()).toEqual(["Change name"]);
    cleanup();
    render(<SummaryList messages={{ change: "Bearbeiten" }} rows={parkausweisRows.slice(0, 1)} />);
    expect(linkTexts()).toEqual(["Bearbeiten den Namen"]);
  });

  it("renders complete HTML on the server", () => {
    const html = renderToString(<SummaryList rows={parkausweisRows.slice(0, 1)} />);
    expect(html).toBe(
      '<dl class="dk-summary-list"><div class="dk-summary-list__row"><dt class="dk-summary-list__key">Name</dt>' +
        '<dd class="dk-summary-list__value">Erika Mustermann</dd><dd class="dk-summary-list__actions">' +
        '<a class="dk-link dk-link--no-visited-state" href="/antrag/name">Ändern<span class="dk-visually-hidden"> den Namen</span></a>' +
        "</dd></div></dl>",
    );
  });
});

describe("SummaryCard", () => {
  const card = (
    <SummaryCard
      title="Kind 1"
      actions={[{ href: "/kinder/1/entfernen", text: "Entfernen", visuallyHiddenText: "" }]}
      rows={[{ key: "Name", value: "Lena", actions: [{ href: "/kinder/1/name", visuallyHiddenText: "den Namen" }] }]}
    />
  );

  it("titles the card with a heading, level 2 by default", () => {
    render(card);
    const title = screen.getByRole("heading", { level: 2, name: "Kind 1" });
    expect(title.className).toBe("dk-summary-card__title");
    cleanup();
    render(<SummaryCard title="Anschrift" headingLevel={3} rows={parkausweisRows} />);
    expect(screen.getByRole("heading", { level: 3, name: "Anschrift" })).toBeTruthy();
  });

  it("adds the card title to the hidden text of card and row actions", () => {
    render(card);
    expect(linkTexts()).toEqual(["Entfernen (Kind 1)", "Ändern den Namen (Kind 1)"]);
    const actions = screen.getAllByRole("list")[0];
    expect(actions?.className).toBe("dk-summary-card__actions");
  });

  it("forwards its ref to the card and renders on the server", () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(
      <SummaryCard ref={ref} title="Fahrzeug" rows={parkausweisRows.slice(3)} locale="en" className="extra" />,
    );
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current?.className).toBe("dk-summary-card extra");
    expect(linkTexts()).toEqual(["Change das Kfz-Kennzeichen (Fahrzeug)"]);
    const html = renderToString(card);
    expect(html).toContain('<h2 class="dk-summary-card__title">Kind 1</h2>');
    expect(html).toContain('<dt class="dk-summary-list__key">Name</dt>');
    expect(html).toContain('<span class="dk-visually-hidden"> den Namen (Kind 1)</span>');
  });
});
