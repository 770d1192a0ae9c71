import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { CookieInfo, SESSION_COOKIE_NAME } from "./CookieInfo.js";

afterEach(cleanup);

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .map((row) => [...row.children].map((cell) => cell.textContent));

describe("CookieInfo", () => {
  it("has the heading „Cookies“ and explains why no consent is needed", () => {
    render(<CookieInfo />);
    const heading = screen.getByRole("heading", { level: 2, name: "Cookies" });
    expect(heading.className).toBe("dk-cookie-info__title");
    expect(screen.getByText(/Dieses Portal setzt nur ein Cookie/).textContent).toContain(
      "Dafür brauchen wir Ihre Einwilligung nicht (§ 25 Abs. 2 Nr. 2 TDDDG)",
    );
  });

  it("lists the reference portal's session cookie in a table with caption and column headers", () => {
    render(<CookieInfo />);
    const table = screen.getByRole("table", { name: "Cookies, die dieses Portal setzt" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((header) => header.textContent)).toEqual(["Name", "Zweck", "Speicherdauer"]);
    expect(headers.every((header) => header.getAttribute("scope") === "col")).toBe(true);
    const rowHeader = within(table).getByRole("rowheader", { name: "__Host-dk-session" });
    expect(rowHeader.getAttribute("scope")).toBe("row");
    expect(rowHeader.querySelector("code")?.textContent).toBe(SESSION_COOKIE_NAME);
    expect(rowTexts(table)).toEqual([
      ["Name", "Zweck", "Speicherdauer"],
      ["__Host-dk-session", "Speichert Ihre Angaben während des Antrags", "bis Sie den Browser schließen"],
    ]);
  });

  it("says that no cookies analyse or track the user, and lets the app change or drop that note", () => {
    const { container } = render(<CookieInfo />);
    expect(container.querySelector(".dk-cookie-info__note")?.textContent).toBe(
      "Wir verwenden keine Cookies, um Ihr Verhalten zu analysieren oder Sie zu verfolgen (Tracking).",
    );
    cleanup();
    const changed = render(<CookieInfo trackingNote="Wir zählen Seitenaufrufe ohne Cookies." />);
    expect(changed.container.querySelector(".dk-cookie-info__note")?.textContent).toBe(
      "Wir zählen Seitenaufrufe ohne Cookies.",
    );
    cleanup();
    const dropped = render(<CookieInfo trackingNote={false} />);
    expect(dropped.container.querySelector(".dk-cookie-info__note")).toBeNull();
    expect(screen.queryByText(/Tracking/)).toBeNull();
  });

  it("lists the app's cookies, with the plural explanation", () => {
    render(
      <CookieInfo
        cookies={[
          { name: "__Host-dk-session", purpose: "Speichert Ihre Angaben", duration: "bis Sie den Browser schließen" },
          { name: "__Host-dk-csrf", purpose: "Schützt Ihre Formulare", duration: "bis Sie den Browser schließen" },
        ]}
      />,
    );
    expect(screen.getByText(/Dieses Portal setzt nur Cookies, die/)).toBeTruthy();
    const table = screen.getByRole("table");
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((header) => header.textContent),
    ).toEqual(["__Host-dk-session", "__Host-dk-csrf"]);
    expect(rowTexts(table)[2]).toEqual(["__Host-dk-csrf", "Schützt Ihre Formulare", "bis Sie den Browser schließen"]);
  });

  it("has English texts", () => {
    render(<CookieInfo locale="en" />);
    expect(screen.getByRole("heading", { name: "Cookies" })).toBeTruthy();
    expect(screen.getByText(/This portal sets only one cookie/).textContent).toContain("section 25 (2) no. 2 TDDDG");
    const table = screen.getByRole("table", { name: "Cookies this portal sets" });
    expect(rowTexts(table)).toEqual([
      ["Name", "Purpose", "Expires"],
      ["__Host-dk-session", "Saves your answers while you fill in an application", "When you close your browser"],
    ]);
    expect(screen.getByText("We do not use cookies to analyse how you use the portal or to track you.")).toBeTruthy();
  });

  it("takes the app's wording, title, heading level and further content", () => {
    render(
      <CookieInfo
        title="Cookies im Bürgerportal"
        headingLevel={3}
        messages={{ sessionDuration: "höchstens 24 Stunden", caption: "Unsere Cookies" }}
      >
        <p>
          <a href="/datenschutz">Datenschutzerklärung</a>
        </p>
      </CookieInfo>,
    );
    expect(screen.getByRole("heading", { level: 3, name: "Cookies im Bürgerportal" })).toBeTruthy();
    const table = screen.getByRole("table", { name: "Unsere Cookies" });
    expect(within(table).getByRole("cell", { name: "höchstens 24 Stunden" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Datenschutzerklärung" })).toBeTruthy();
  });

  it("forwards its ref and keeps the caller's class and attributes", () => {
    const ref = createRef<HTMLDivElement>();
    render(<CookieInfo ref={ref} id="cookies" className="extra" />);
    expect(ref.current?.id).toBe("cookies");
    expect(ref.current?.className).toBe("dk-cookie-info extra");
  });

  it("renders complete HTML on the server", () => {
    const html = renderToString(<CookieInfo />);
    expect(html).toContain('<h2 class="dk-cookie-info__title">Cookies</h2>');
    expect(html).toContain('<caption class="dk-cookie-info__caption">Cookies, die dieses Portal setzt</caption>');
    expect(html).toContain('<th scope="col">Name</th><th scope="col">Zweck</th><th scope="col">Speicherdauer</th>');
    expect(html).toContain(
      '<tr><th scope="row"><code class="dk-cookie-info__name">__Host-dk-session</code></th>' +
        "<td>Speichert Ihre Angaben während des Antrags</td><td>bis Sie den Browser schließen</td></tr>",
    );
    expect(html).toContain("(Tracking).</p>");
  });
});
