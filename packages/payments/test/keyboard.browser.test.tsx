// Keyboard operation in headless Chromium with the real CSS and the real Clipboard API: the copy buttons of
// BankTransferDetails appear after hydration, are reached with Tab in reading order, show a focus indicator, copy
// with Enter and Space, and the polite live region says what was copied. The action link of PaymentStatus is reached
// with Tab too.
import { describe, expect, it, onTestFinished } from "vitest";
import { userEvent } from "vitest/browser";
import { BankTransferDetails } from "../src/react/BankTransferDetails.js";
import { cityBankDetails, sampleGiroCode } from "../src/react/examples.js";
import { PaymentStatus } from "../src/react/PaymentStatus.js";
import { mount, serverRender } from "../src/react/test-support/browser-mount.js";
import "@digitale-kommune/ui/styles/base.css";
import "@digitale-kommune/ui/styles/alert.css";
import "@digitale-kommune/ui/styles/button.css";
import "@digitale-kommune/ui/styles/summary-list.css";
import "../src/react/styles/bank-transfer-details.css";
import "../src/react/styles/payment-status.css";

/** A focusable start point before the component, so the first Tab lands on the component's first stop. */
function startPoint(): HTMLButtonElement {
  const start = document.createElement("button");
  start.textContent = "Start";
  document.body.prepend(start);
  onTestFinished(() => start.remove());
  start.focus();
  return start;
}

/** Presses Tab until focus leaves `host`, returning the accessible text of every element reached inside it. */
async function tabStops(host: HTMLElement): Promise<HTMLElement[]> {
  const stops: HTMLElement[] = [];
  for (let step = 0; step < 20; step++) {
    await userEvent.keyboard("{Tab}");
    const focused = document.activeElement as HTMLElement | null;
    if (!focused || !host.contains(focused)) break;
    stops.push(focused);
  }
  return stops;
}

describe("BankTransferDetails with the keyboard", () => {
  it("has no copy buttons in the server HTML, and after hydration one per value, reached with Tab in order", async () => {
    const page = serverRender(<BankTransferDetails {...cityBankDetails} giroCode={sampleGiroCode} />, { lang: "de" });
    expect(page.host.querySelectorAll("button")).toHaveLength(0);
    expect(page.host.textContent).toContain("DE89 3704 0044 0532 0130 00");
    await page.hydrate();
    startPoint();
    const stops = await tabStops(page.host);
    expect(stops.map((stop) => stop.textContent)).toEqual([
      "Kopieren Empfänger",
      "Kopieren IBAN",
      "Kopieren BIC",
      "Kopieren Betrag",
      "Kopieren Verwendungszweck",
    ]);
    for (const stop of stops) expect(stop.tagName).toBe("BUTTON");
  });

  it("copies with Enter and with Space, and announces each copy politely", async () => {
    const page = serverRender(<BankTransferDetails {...cityBankDetails} giroCode={sampleGiroCode} />, { lang: "de" });
    await page.hydrate();
    startPoint();
    const status = page.host.querySelector('[role="status"]') as HTMLElement;

    await userEvent.keyboard("{Tab}{Tab}");
    expect(document.activeElement?.textContent).toBe("Kopieren IBAN");
    // The focus indicator is drawn (WCAG 2.4.7): an outline in the focus colour.
    expect(getComputedStyle(document.activeElement as Element).outlineStyle).toBe("solid");
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => status.textContent).toBe("IBAN kopiert");
    expect(await navigator.clipboard.readText()).toBe("DE89370400440532013000");

    await userEvent.keyboard("{Tab}{Tab}");
    expect(document.activeElement?.textContent).toBe("Kopieren Betrag");
    await userEvent.keyboard(" ");
    await expect.poll(() => status.textContent).toBe("Betrag kopiert");
    expect(await navigator.clipboard.readText()).toBe("30,00");
    // Focus stays on the button the user pressed.
    expect(document.activeElement?.textContent).toBe("Kopieren Betrag");
  });

  it("copies the Kassenzeichen in English too", async () => {
    const page = serverRender(<BankTransferDetails {...cityBankDetails} locale="en" />, { lang: "en" });
    await page.hydrate();
    startPoint();
    const stops = await tabStops(page.host);
    const reference = stops.at(-1) as HTMLElement;
    expect(reference.textContent).toBe("Copy Payment reference");
    reference.focus();
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => page.host.querySelector('[role="status"]')?.textContent).toBe("Payment reference copied");
    expect(await navigator.clipboard.readText()).toBe(cityBankDetails.kassenzeichen);
  });
});

describe("PaymentStatus with the keyboard", () => {
  it("reaches the link to pay again with Tab", async () => {
    const host = await mount(<PaymentStatus state="failed" actionHref="/bezahlen/neu" />, { lang: "de" });
    startPoint();
    const stops = await tabStops(host);
    expect(stops.map((stop) => [stop.tagName, stop.textContent, stop.getAttribute("href")])).toEqual([
      ["A", "Erneut versuchen", "/bezahlen/neu"],
    ]);
  });
});
