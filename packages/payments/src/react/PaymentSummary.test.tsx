// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { isPaymentError } from "../core/errors.js";
import type { LineItem } from "../core/types.js";
import { dogTagExplanation, dogTagItems, parkingPermitItems } from "./examples.js";
import { PaymentSummary } from "./PaymentSummary.js";

afterEach(cleanup);

/** Intl puts a no-break space between amount and euro sign in German. */
const nbsp = "\u00a0";

function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole("row")
    .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent ?? ""));
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("PaymentSummary", () => {
  it("shows one fee as a table named by its caption, with the total in the foot, in German", () => {
    render(<PaymentSummary lineItems={parkingPermitItems} />);
    const table = screen.getByRole("table", { name: "Zusammensetzung der Gebühr" });
    expect(rowTexts(table)).toEqual([
      ["Leistung", "Betrag"],
      ["Bewohnerparkausweis (12 Monate)", `30,00${nbsp}€`],
      ["Gesamtbetrag", `30,00${nbsp}€`],
    ]);
    expect(within(table).getByRole("rowheader", { name: "Gesamtbetrag" }).closest("tfoot")).not.toBeNull();
  });

  it("adds the quantity column when a line has a quantity other than 1, and shows reductions as negative", () => {
    render(<PaymentSummary lineItems={dogTagItems} />);
    const table = screen.getByRole("table");
    expect(rowTexts(table)).toEqual([
      ["Leistung", "Menge × Einzelbetrag", "Betrag"],
      ["Hundesteuermarke", `2 × 7,50${nbsp}€`, `15,00${nbsp}€`],
      ["Ersatz für verlorene Marke", `1 × 5,00${nbsp}€`, `5,00${nbsp}€`],
      ["Ermäßigung Ehrenamtskarte (25 %)", `1 × -5,00${nbsp}€`, `-5,00${nbsp}€`],
      ["Gesamtbetrag", "", `15,00${nbsp}€`],
    ]);
    expect(table.querySelector("tbody tr:last-child td:last-child span")?.className).toBe(
      "dk-payment-summary__amount--reduction",
    );
  });

  it("speaks English: labels, headers and amounts", () => {
    render(<PaymentSummary lineItems={dogTagItems} locale="en" explanation={dogTagExplanation} />);
    const table = screen.getByRole("table", { name: "How the fee is made up" });
    expect(rowTexts(table)[0]).toEqual(["Item", "Quantity × unit price", "Amount"]);
    expect(rowTexts(table)[1]).toEqual(["Dog tax tag", "2 × €7.50", "€15.00"]);
    expect(rowTexts(table).at(-1)).toEqual(["Total", "", "€15.00"]);
    expect(screen.getByText(/^You get one tax tag per dog/)).toBeTruthy();
  });

  it("shows the explanation with one paragraph per line", () => {
    const { container } = render(<PaymentSummary lineItems={dogTagItems} explanation={dogTagExplanation} />);
    const paragraphs = [...container.querySelectorAll(".dk-payment-summary__explanation > p")].map(
      (p) => p.textContent,
    );
    expect(paragraphs).toEqual([
      "Für jeden Hund erhalten Sie eine Steuermarke zu 7,50 €. Eine verlorene Marke ersetzen wir für 5,00 €.",
      "Mit Ihrer Ehrenamtskarte zahlen Sie 25 % weniger (§ 4 Abs. 2 Gebührensatzung).",
    ]);
  });

  it("takes the app's wording and its own caption", () => {
    render(
      <PaymentSummary
        lineItems={parkingPermitItems}
        caption="Gebühr für den Bewohnerparkausweis"
        messages={{ total: "Zu zahlen" }}
      />,
    );
    const table = screen.getByRole("table", { name: "Gebühr für den Bewohnerparkausweis" });
    expect(within(table).getByRole("rowheader", { name: "Zu zahlen" })).toBeTruthy();
  });

  it("accepts a total equal to the sum and rejects any other with a PaymentError on `total`", () => {
    render(<PaymentSummary lineItems={dogTagItems} total={1500} />);
    expect(rowTexts(screen.getByRole("table")).at(-1)).toEqual(["Gesamtbetrag", "", `15,00${nbsp}€`]);
    cleanup();
    const error = thrown(() => render(<PaymentSummary lineItems={dogTagItems} total={2000} />));
    expect(isPaymentError(error, "invalid_amount")).toBe(true);
    expect((error as { field: string }).field).toBe("total");
  });

  it("rejects amounts that are not integer cents, and an empty list, naming the field", () => {
    const fractional: LineItem[] = [{ ...(parkingPermitItems[0] as LineItem), amount: 30.5 }];
    const error = thrown(() => render(<PaymentSummary lineItems={fractional} />));
    expect(isPaymentError(error, "invalid_amount")).toBe(true);
    expect((error as { field: string }).field).toBe("lineItems[0].amount");
    const empty = thrown(() => render(<PaymentSummary lineItems={[]} />));
    expect(isPaymentError(empty, "invalid_input")).toBe(true);
  });

  it("forwards the ref to its root element and passes other props on", () => {
    const ref = createRef<HTMLDivElement>();
    render(<PaymentSummary ref={ref} lineItems={parkingPermitItems} id="gebuehr" className="extra" />);
    expect(ref.current?.id).toBe("gebuehr");
    expect(ref.current?.className).toBe("dk-payment-summary extra");
  });
});
