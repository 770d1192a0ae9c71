// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isPaymentError } from "../core/errors.js";
import { BankTransferDetails, type BankTransferDetailsProps } from "./BankTransferDetails.js";
import { cityBankDetails, sampleGiroCode } from "./examples.js";

const nbsp = "\u00a0";
const props: BankTransferDetailsProps = { ...cityBankDetails, giroCode: sampleGiroCode };

let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;

function installClipboard(available: boolean) {
  Object.defineProperty(window.navigator, "clipboard", {
    configurable: true,
    value: available ? { writeText } : undefined,
  });
}

beforeEach(() => {
  writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
  installClipboard(true);
});

afterEach(() => {
  cleanup();
  installClipboard(false);
});

/** The value cell's text of the row named `key`, without the copy button. */
function cellValue(host: HTMLElement, key: string): string {
  const row = within(host).getByText(key, { selector: "dt" }).parentElement as HTMLElement;
  return row.querySelector(".dk-payment-copy__value")?.textContent ?? "";
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

describe("BankTransferDetails on the server", () => {
  it("renders every value as text, the IBAN in groups of four, and no copy buttons", () => {
    const host = document.createElement("div");
    host.innerHTML = renderToString(<BankTransferDetails {...props} />);
    expect(cellValue(host, "Empfänger")).toBe("Stadtkasse Gießen");
    expect(cellValue(host, "IBAN")).toBe("DE89 3704 0044 0532 0130 00");
    expect(cellValue(host, "BIC")).toBe("COBADEFFXXX");
    expect(cellValue(host, "Betrag")).toBe(`30,00${nbsp}€`);
    expect(cellValue(host, "Verwendungszweck")).toBe("5.0100.123456.7Ihr Kassenzeichen. Bitte genau so angeben.");
    expect(within(host).queryAllByRole("button")).toEqual([]);
    expect(within(host).getByRole("status").textContent).toBe("");
  });

  it("names the GiroCode and tells the user to scan it with the banking app", () => {
    const host = document.createElement("div");
    host.innerHTML = renderToString(<BankTransferDetails {...props} />);
    const image = within(host).getByRole("img");
    expect(image.getAttribute("aria-label")).toBe(
      `GiroCode für die Überweisung von 30,00${nbsp}€ an Stadtkasse Gießen`,
    );
    expect(image.querySelectorAll("path")).toHaveLength(1);
    expect(within(host).getByRole("figure").textContent).toMatch(/^Scannen Sie den GiroCode mit der App Ihrer Bank\./);
  });

  it("hydrates without a mismatch, and only then shows a copy button per value", async () => {
    const element = <BankTransferDetails {...props} />;
    const host = document.createElement("div");
    document.body.append(host);
    host.innerHTML = renderToString(element);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(host, element);
    });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(
      within(host)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["Kopieren Empfänger", "Kopieren IBAN", "Kopieren BIC", "Kopieren Betrag", "Kopieren Verwendungszweck"]);
    await act(async () => root?.unmount());
    host.remove();
  });
});

describe("BankTransferDetails in the browser", () => {
  it("copies the IBAN without spaces and announces it politely", async () => {
    render(<BankTransferDetails {...props} />);
    await click(screen.getByRole("button", { name: "Kopieren IBAN" }));
    expect(writeText).toHaveBeenCalledWith("DE89370400440532013000");
    expect(screen.getByRole("status").textContent).toBe("IBAN kopiert");
    expect(screen.getByText(/✓/).getAttribute("aria-hidden")).toBe("true");
  });

  it("copies the amount as typed into a banking app, per language", async () => {
    render(<BankTransferDetails {...props} />);
    await click(screen.getByRole("button", { name: "Kopieren Betrag" }));
    expect(writeText).toHaveBeenLastCalledWith("30,00");
    cleanup();
    render(<BankTransferDetails {...props} locale="en" />);
    await click(screen.getByRole("button", { name: "Copy Amount" }));
    expect(writeText).toHaveBeenLastCalledWith("30.00");
    expect(screen.getByRole("status").textContent).toBe("Amount copied");
  });

  it("copies the Kassenzeichen for the payment reference, and announces a repeated copy again", async () => {
    render(<BankTransferDetails {...props} />);
    const button = screen.getByRole("button", { name: "Kopieren Verwendungszweck" });
    await click(button);
    expect(writeText).toHaveBeenLastCalledWith("5.0100.123456.7");
    const status = screen.getByRole("status");
    const first = status.textContent;
    await click(button);
    expect(status.textContent).not.toBe(first);
    expect(status.textContent?.trim()).toBe("Verwendungszweck kopiert");
  });

  it("says so, visibly and politely, when the browser refuses to copy", async () => {
    writeText.mockRejectedValue(new DOMException("denied", "NotAllowedError"));
    render(<BankTransferDetails {...props} />);
    await click(screen.getByRole("button", { name: "Kopieren IBAN" }));
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("Kopieren hat nicht geklappt. Bitte markieren und kopieren Sie den Text selbst.");
    expect(status.className).toBe("dk-payment-bank-transfer__copy-failed");
    expect(screen.queryByText(/✓/)).toBeNull();
  });

  it("shows no copy buttons where the Clipboard API is missing (e.g. plain http)", () => {
    installClipboard(false);
    render(<BankTransferDetails {...props} />);
    expect(screen.queryAllByRole("button")).toEqual([]);
  });

  it("speaks English", () => {
    render(<BankTransferDetails {...props} locale="en" />);
    expect(screen.getByText("Recipient", { selector: "dt" })).toBeTruthy();
    expect(screen.getByText("Payment reference", { selector: "dt" })).toBeTruthy();
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      "GiroCode for the transfer of €30.00 to Stadtkasse Gießen",
    );
    expect(screen.getByRole("button", { name: "Copy IBAN" })).toBeTruthy();
  });

  it("leaves out BIC and GiroCode when not given, and the intro when null", () => {
    render(<BankTransferDetails {...props} bic={undefined} giroCode={undefined} intro={null} />);
    expect(screen.queryByText("BIC")).toBeNull();
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.queryByText(/^Bitte überweisen Sie/)).toBeNull();
  });

  it("forwards the ref to its root", () => {
    const ref = createRef<HTMLDivElement>();
    render(<BankTransferDetails {...props} ref={ref} />);
    expect(ref.current?.className).toBe("dk-payment-bank-transfer");
  });
});

describe("BankTransferDetails input checks", () => {
  it.each([
    [{ iban: "DE89 3704" }, "invalid_input", "iban"],
    [{ iban: "DE89-3704-0044-0532-0130-00" }, "invalid_input", "iban"],
    [{ iban: "D".repeat(10_000) }, "invalid_input", "iban"],
    [{ bic: "COBADEFFX" }, "invalid_input", "bic"],
    [{ beneficiary: "Stadtkasse\nGießen" }, "invalid_input", "beneficiary"],
    [{ amount: 0 }, "invalid_amount", "amount"],
    [{ amount: 30.5 }, "invalid_amount", "amount"],
    [{ kassenzeichen: "" }, "invalid_kassenzeichen", "kassenzeichen"],
    [{ kassenzeichen: "1".repeat(36) }, "invalid_kassenzeichen", "kassenzeichen"],
  ] as const)("rejects %j with %s on %s", (override, code, field) => {
    let error: unknown;
    try {
      renderToString(<BankTransferDetails {...props} {...override} />);
    } catch (caught) {
      error = caught;
    }
    expect(isPaymentError(error, code)).toBe(true);
    expect((error as { field: string }).field).toBe(field);
  });

  it("accepts an IBAN typed with spaces and in lower case", () => {
    render(<BankTransferDetails {...props} iban="de89 3704 0044 0532 0130 00" />);
    expect(screen.getByText("DE89 3704 0044 0532 0130 00")).toBeTruthy();
  });
});
