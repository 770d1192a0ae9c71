import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { euro, gebuehrenColumns, gebuehrenRows } from "./examples.js";
import { Table } from "./index.js";

afterEach(cleanup);

const cellTexts = (row: HTMLElement) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent);

describe("Table", () => {
  it("renders a native table named by its caption, with column headers", () => {
    const { container } = render(
      <Table caption="Gebühren im Bürgerbüro" columns={gebuehrenColumns} rows={gebuehrenRows} />,
    );
    const table = screen.getByRole("table", { name: "Gebühren im Bürgerbüro" });
    expect(table.tagName).toBe("TABLE");
    expect(table.className).toBe("dk-table");
    const caption = table.querySelector("caption");
    expect(caption?.className).toBe("dk-table__caption");
    expect(caption?.textContent).toBe("Gebühren im Bürgerbüro");
    const headers = screen.getAllByRole("columnheader");
    expect(headers.map((header) => [header.textContent, header.getAttribute("scope")])).toEqual([
      ["Leistung", "col"],
      ["Gebühr", "col"],
    ]);
    expect(container.querySelector("thead")?.className).toBe("dk-table__head");
    expect(container.querySelector("tbody")?.className).toBe("dk-table__body");
    expect(container.querySelector("tfoot")).toBeNull();
    const rows = screen.getAllByRole("row");
    expect(rows).toHaveLength(6);
    expect(cellTexts(rows[4] as HTMLElement)).toEqual(["Meldebescheinigung", "12,50\u00a0€"]);
    expect(screen.queryAllByRole("rowheader")).toEqual([]);
  });

  it("makes the first cell of each row its row header with firstCellIsHeader", () => {
    render(<Table caption="Gebühren" columns={gebuehrenColumns} rows={gebuehrenRows} firstCellIsHeader />);
    const rowHeaders = screen.getAllByRole("rowheader");
    expect(rowHeaders).toHaveLength(5);
    expect(rowHeaders[3]?.textContent).toBe("Meldebescheinigung");
    expect(rowHeaders[3]?.getAttribute("scope")).toBe("row");
    expect(rowHeaders[3]?.className).toBe("dk-table__header");
    expect(screen.getAllByRole("cell").map((cell) => cell.textContent)).toEqual(
      [4600, 2760, 7000, 1250, 1000].map(euro),
    );
  });

  it("marks numeric columns, header and cells, for right alignment and tabular figures", () => {
    render(<Table caption="Gebühren" columns={gebuehrenColumns} rows={gebuehrenRows} />);
    expect(screen.getByRole("columnheader", { name: "Gebühr" }).className).toBe(
      "dk-table__header dk-table__header--numeric",
    );
    expect(screen.getByRole("columnheader", { name: "Leistung" }).className).toBe("dk-table__header");
    expect(screen.getByRole("cell", { name: euro(4600) }).className).toBe("dk-table__cell dk-table__cell--numeric");
    expect(screen.getByRole("cell", { name: "Reisepass (ab 24 Jahren)" }).className).toBe("dk-table__cell");
  });

  it("renders foot rows in a tfoot", () => {
    const { container } = render(
      <Table
        caption="Ihre Gebühren"
        columns={gebuehrenColumns}
        rows={gebuehrenRows.slice(0, 2)}
        footRows={[{ key: "summe", cells: { leistung: "Summe", gebuehr: euro(7360) } }]}
        firstCellIsHeader
      />,
    );
    const foot = container.querySelector("tfoot");
    expect(foot?.className).toBe("dk-table__foot");
    expect(within(foot as HTMLElement).getByRole("rowheader").textContent).toBe("Summe");
    expect(within(foot as HTMLElement).getByRole("cell").textContent).toBe("73,60\u00a0€");
  });

  it("wraps the table in a focusable region named by the caption", () => {
    render(<Table id="gebuehren" caption="Gebühren" columns={gebuehrenColumns} rows={gebuehrenRows} />);
    const region = screen.getByRole("region", { name: "Gebühren" });
    expect(region.className).toBe("dk-table__region");
    expect(region.tabIndex).toBe(0);
    expect(region.getAttribute("aria-labelledby")).toBe("gebuehren-caption");
    expect(region.firstElementChild).toBe(screen.getByRole("table"));
    expect(screen.getByRole("table").id).toBe("gebuehren");
  });

  it("keeps a visually hidden caption as the table's name", () => {
    const { container } = render(
      <Table caption="Gebühren im Bürgerbüro" captionVisuallyHidden columns={gebuehrenColumns} rows={gebuehrenRows} />,
    );
    expect(screen.getByRole("table", { name: "Gebühren im Bürgerbüro" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Gebühren im Bürgerbüro" })).toBeTruthy();
    const caption = container.querySelector("caption");
    expect(caption?.className).toBe("dk-table__caption dk-table__caption--visually-hidden");
    expect(caption?.firstElementChild?.className).toBe("dk-visually-hidden");
  });

  it("takes its own row groups as children", () => {
    render(
      <Table caption="Öffnungszeiten">
        <thead>
          <tr>
            <th scope="col">Tag</th>
            <th scope="col">Uhrzeit</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Freitag</th>
            <td>8:00 bis 12:00 Uhr</td>
          </tr>
        </tbody>
      </Table>,
    );
    const table = screen.getByRole("table", { name: "Öffnungszeiten" });
    expect(table.querySelector("caption")?.nextElementSibling?.tagName).toBe("THEAD");
    expect(screen.getAllByRole("columnheader")).toHaveLength(2);
    expect(screen.getByRole("rowheader").textContent).toBe("Freitag");
  });

  it("forwards its ref and native attributes to the table", () => {
    const ref = createRef<HTMLTableElement>();
    render(
      <Table
        ref={ref}
        caption="Gebühren"
        columns={gebuehrenColumns}
        rows={gebuehrenRows}
        className="extra"
        lang="en"
        aria-describedby="hinweis"
      />,
    );
    const table = screen.getByRole("table");
    expect(ref.current).toBe(table);
    expect(table.className).toBe("dk-table extra");
    expect(table.lang).toBe("en");
    expect(table.getAttribute("aria-describedby")).toBe("hinweis");
  });

  it("checks the cells against the column keys", () => {
    const columns = [
      { key: "leistung", header: "Leistung" },
      { key: "gebuehr", header: "Gebühr" },
    ] as const;
    // @ts-expect-error: the row has no cell for the column "gebuehr"
    render(<Table caption="Gebühren" columns={columns} rows={[{ key: "a", cells: { leistung: "Anmeldung" } }]} />);
    expect(screen.getAllByRole("cell")[1]?.textContent).toBe("");
  });

  it("renders the complete table with its scroll region on the server", () => {
    const html = renderToString(
      <Table id="g" caption="Gebühren" columns={gebuehrenColumns} rows={gebuehrenRows.slice(3, 4)} firstCellIsHeader />,
    );
    expect(html).toBe(
      '<div class="dk-table__region" role="region" aria-labelledby="g-caption" tabindex="0">' +
        '<table id="g" class="dk-table"><caption id="g-caption" class="dk-table__caption">Gebühren</caption>' +
        '<thead class="dk-table__head"><tr class="dk-table__row"><th scope="col" class="dk-table__header">Leistung</th>' +
        '<th scope="col" class="dk-table__header dk-table__header--numeric">Gebühr</th></tr></thead>' +
        '<tbody class="dk-table__body"><tr class="dk-table__row"><th scope="row" class="dk-table__header">' +
        'Meldebescheinigung</th><td class="dk-table__cell dk-table__cell--numeric">12,50\u00a0€</td></tr></tbody></table></div>',
    );
  });
});
