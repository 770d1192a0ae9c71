// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { isPaymentError } from "../core/errors.js";
import { PAYMENT_STATES, type PaymentState } from "../core/types.js";
import { PaymentStatus } from "./PaymentStatus.js";
import { paymentStatusMessages } from "./PaymentStatus.messages.js";
import { paymentStatusContent } from "./status-view.js";

afterEach(cleanup);

const nbsp = "\u00a0";

/** The title a citizen reads first, per state and language: written out, so a changed text fails here. */
const TITLES: Record<"de" | "en", Record<PaymentState, string>> = {
  de: {
    created: "Zahlung noch nicht abgeschlossen",
    pending: "Wir warten auf die Bestätigung Ihrer Zahlung",
    succeeded: "Zahlung erfolgreich",
    failed: "Die Zahlung hat nicht geklappt",
    cancelled: "Zahlung abgebrochen",
    expired: "Die Zeit für die Zahlung ist abgelaufen",
    refunded: "Betrag erstattet",
    partially_refunded: "Betrag teilweise erstattet",
  },
  en: {
    created: "Payment not completed yet",
    pending: "We are waiting for confirmation of your payment",
    succeeded: "Payment successful",
    failed: "Your payment did not go through",
    cancelled: "Payment cancelled",
    expired: "The time to pay has run out",
    refunded: "Amount refunded",
    partially_refunded: "Amount partly refunded",
  },
};

/** The hidden prefix the ui Alert puts before its title (the Panel has none). */
const PREFIX: Record<"de" | "en", Partial<Record<PaymentState, string>>> = {
  de: {
    created: "Information: ",
    pending: "Information: ",
    failed: "Fehler: ",
    cancelled: "Information: ",
    expired: "Warnung: ",
    refunded: "Erfolg: ",
    partially_refunded: "Erfolg: ",
  },
  en: {
    created: "Information: ",
    pending: "Information: ",
    failed: "Error: ",
    cancelled: "Information: ",
    expired: "Warning: ",
    refunded: "Success: ",
    partially_refunded: "Success: ",
  },
};

const cases = (["de", "en"] as const).flatMap((locale) => PAYMENT_STATES.map((state) => ({ locale, state })));

describe("PaymentStatus", () => {
  it.each(cases)("shows $state in $locale with its title as a heading and a next step", ({ locale, state }) => {
    render(<PaymentStatus state={state} locale={locale} amount={3000} refundedAmount={1000} />);
    const heading = screen.getByRole("heading", { level: 2 });
    expect(heading.textContent).toBe(`${PREFIX[locale][state] ?? ""}${TITLES[locale][state]}`);
    const view = paymentStatusContent(state, [], undefined);
    expect(view.next).toBeDefined();
    expect(screen.getByText(paymentStatusMessages[locale][view.next ?? "reviewNext"])).toBeTruthy();
  });

  it("shows a successful payment in the ui Panel with the amount and the reference", () => {
    const { container } = render(<PaymentStatus state="succeeded" amount={3000} reference="5.0100.123456.7" />);
    expect(container.querySelector(".dk-panel h2")?.textContent).toBe("Zahlung erfolgreich");
    expect(container.querySelector(".dk-panel__reference")?.textContent).toBe("Ihre Zahlungsreferenz: 5.0100.123456.7");
    expect(screen.getByText(`Bezahlter Betrag: 30,00${nbsp}€`, { normalizer: (text) => text })).toBeTruthy();
    expect(screen.getByText(/^Wir bearbeiten Ihren Antrag jetzt/)).toBeTruthy();
  });

  it("tells a pending online payment not to pay again", () => {
    render(<PaymentStatus state="pending" />);
    expect(screen.getByText(/Bitte bezahlen Sie nicht noch einmal/)).toBeTruthy();
  });

  it("tells a pending bank transfer to give the Kassenzeichen, in both languages", () => {
    render(<PaymentStatus state="pending" method="bank_transfer" reference="5.0100.123456.7" />);
    expect(screen.getByRole("heading").textContent).toBe("Information: Wir warten auf Ihre Überweisung");
    expect(screen.getByText(/Kassenzeichen als Verwendungszweck/)).toBeTruthy();
    cleanup();
    render(<PaymentStatus state="pending" method="bank_transfer" locale="en" />);
    expect(screen.getByRole("heading").textContent).toBe("Information: We are waiting for your bank transfer");
  });

  it.each([
    ["succeeded", ["late_success_after_expiry"]],
    ["pending", ["amount_mismatch"]],
    ["succeeded", ["duplicate_payment"]],
    ["expired", ["late_success_after_expiry"]],
  ] as const)("shows the neutral review text for a %s payment flagged %j", (state, flags) => {
    const { container } = render(<PaymentStatus state={state} flags={flags} amount={3000} />);
    expect(screen.getByRole("heading").textContent).toBe("Information: Ihre Zahlung wird geprüft");
    expect(screen.getByText(/^Die Stadtkasse prüft Ihre Zahlung/)).toBeTruthy();
    expect(container.querySelector(".dk-panel")).toBeNull();
    expect(container.firstElementChild?.className).toContain("dk-payment-status--review");
  });

  it("says the review text in English", () => {
    render(<PaymentStatus state="succeeded" flags={["amount_mismatch"]} locale="en" />);
    expect(screen.getByRole("heading").textContent).toBe("Information: Your payment is being checked");
    expect(screen.getByText(/Stadtkasse/)).toBeTruthy();
  });

  it("keeps the refund text for a refunded payment that carries a flag (the treasury resolved it)", () => {
    render(<PaymentStatus state="refunded" flags={["duplicate_payment"]} refundedAmount={3000} />);
    expect(screen.getByText(`Wir haben Ihnen 30,00${nbsp}€ erstattet.`, { normalizer: (text) => text })).toBeTruthy();
  });

  it("names the refunded amounts when known and falls back to words without them", () => {
    render(<PaymentStatus state="partially_refunded" amount={3000} refundedAmount={1000} locale="en" />);
    expect(screen.getByText("We have refunded €10.00 of €30.00 to you.")).toBeTruthy();
    cleanup();
    render(<PaymentStatus state="partially_refunded" />);
    expect(screen.getByText("Wir haben Ihnen einen Teil des Betrags erstattet.")).toBeTruthy();
  });

  it.each([
    ["created", "Jetzt bezahlen"],
    ["failed", "Erneut versuchen"],
    ["cancelled", "Erneut bezahlen"],
    ["expired", "Zahlung neu starten"],
  ] as const)("offers a link to pay again when %s", (state, name) => {
    render(<PaymentStatus state={state} actionHref="/bezahlen/neu" />);
    expect(screen.getByRole("link", { name }).getAttribute("href")).toBe("/bezahlen/neu");
  });

  it.each(["pending", "succeeded", "refunded", "partially_refunded"] as const)(
    "offers no link to pay when %s, even with actionHref",
    (state) => {
      render(<PaymentStatus state={state} actionHref="/bezahlen/neu" />);
      expect(screen.queryByRole("link")).toBeNull();
    },
  );

  it("announces nothing on the first render and the new title when the state changes", () => {
    const { rerender } = render(<PaymentStatus state="pending" />);
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("");
    rerender(<PaymentStatus state="pending" />);
    expect(status.textContent).toBe("");
    rerender(<PaymentStatus state="succeeded" />);
    expect(screen.getByRole("status")).toBe(status);
    expect(status.textContent).toBe("Zahlung erfolgreich");
    rerender(<PaymentStatus state="succeeded" flags={["amount_mismatch"]} />);
    expect(status.textContent).toBe("Ihre Zahlung wird geprüft");
  });

  it("renders on the server with an empty live region", () => {
    const html = renderToString(<PaymentStatus state="failed" actionHref="/neu" />);
    const host = document.createElement("div");
    host.innerHTML = html;
    expect(within(host).getByRole("status").textContent).toBe("");
    expect(within(host).getByRole("link", { name: "Erneut versuchen" })).toBeTruthy();
  });

  it("takes the app's wording", () => {
    render(<PaymentStatus state="failed" messages={{ failedTitle: "Zahlung abgelehnt" }} />);
    expect(screen.getByRole("heading").textContent).toBe("Fehler: Zahlung abgelehnt");
  });

  it("rejects an unknown state and amounts that are not integer cents", () => {
    const cases: Array<[() => unknown, string]> = [
      [() => render(<PaymentStatus state={"paid" as PaymentState} />), "invalid_input"],
      [() => render(<PaymentStatus state="succeeded" amount={12.5} />), "invalid_amount"],
    ];
    for (const [action, code] of cases) {
      let error: unknown;
      try {
        action();
      } catch (caught) {
        error = caught;
      }
      expect(isPaymentError(error)).toBe(true);
      expect((error as { code: string }).code).toBe(code);
    }
  });

  it("forwards the ref to its root and marks the state", async () => {
    const ref = createRef<HTMLDivElement>();
    await act(async () => {
      render(<PaymentStatus ref={ref} state="partially_refunded" />);
    });
    expect(ref.current?.dataset.state).toBe("partially_refunded");
    expect(ref.current?.className).toBe("dk-payment-status dk-payment-status--partially-refunded");
  });
});
