// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { isPaymentError } from "../core/errors.js";
import { PaymentMethodChoice, type PaymentMethodChoiceProps } from "./PaymentMethodChoice.js";

afterEach(cleanup);

function renderInForm(props: PaymentMethodChoiceProps = {}) {
  const view = render(
    <form>
      <PaymentMethodChoice {...props} />
    </form>,
  );
  const form = view.container.querySelector("form") as HTMLFormElement;
  return { ...view, posted: (name = "paymentMethod") => new FormData(form).getAll(name) };
}

function radio(name: string) {
  return screen.getByRole("radio", { name }) as HTMLInputElement;
}

describe("PaymentMethodChoice", () => {
  it("asks in German by default, with online payment and bank transfer as native radios with hints", () => {
    renderInForm();
    const group = screen.getByRole("group", { name: "Wie möchten Sie bezahlen?" });
    expect(group.tagName).toBe("FIELDSET");
    const radios = screen.getAllByRole("radio") as HTMLInputElement[];
    expect(radios.map((input) => [input.value, input.name])).toEqual([
      ["online", "paymentMethod"],
      ["bank_transfer", "paymentMethod"],
    ]);
    expect(radio("Online bezahlen").id).toBe("paymentMethod");
    expect(radio("Per Überweisung")).toBeTruthy();
    const hint = document.getElementById(radio("Per Überweisung").getAttribute("aria-describedby") ?? "");
    expect(hint?.textContent).toMatch(/^Sie erhalten die Bankverbindung und einen GiroCode/);
  });

  it("posts the chosen method in a plain form, the default one without any interaction", () => {
    const { posted } = renderInForm({ defaultValue: "bank_transfer" });
    expect(posted()).toEqual(["bank_transfer"]);
    fireEvent.click(radio("Online bezahlen"));
    expect(posted()).toEqual(["online"]);
  });

  it("posts under its own name and id", () => {
    const { posted } = renderInForm({ id: "zahlart", name: "zahlart", defaultValue: "online" });
    expect(posted("zahlart")).toEqual(["online"]);
    expect(radio("Online bezahlen").id).toBe("zahlart");
  });

  it("shows an error with the ui pattern: prefixed message tied to the group, radios marked invalid", () => {
    renderInForm({ error: "Wählen Sie aus, wie Sie bezahlen möchten." });
    const group = screen.getByRole("group");
    const error = document.getElementById("paymentMethod-error");
    expect(error?.textContent).toBe("Fehler: Wählen Sie aus, wie Sie bezahlen möchten.");
    expect(group.getAttribute("aria-describedby")).toContain("paymentMethod-error");
    expect(radio("Online bezahlen").getAttribute("aria-invalid")).toBe("true");
  });

  it("speaks English, including the error prefix", () => {
    renderInForm({ locale: "en", error: "Select how you would like to pay." });
    expect(screen.getByRole("group", { name: "How would you like to pay?" })).toBeTruthy();
    expect(radio("Pay online")).toBeTruthy();
    expect(radio("By bank transfer")).toBeTruthy();
    expect(document.getElementById("paymentMethod-error")?.textContent).toBe(
      "Error: Select how you would like to pay.",
    );
  });

  it("offers the city's methods, with labels and hints in the chosen language", () => {
    const methods = [
      {
        id: "epay21",
        label: { de: "Online mit Karte", en: "Online by card" },
        hint: { de: "Über epay21.", en: "Via epay21." },
      },
      { id: "bank_transfer", label: "Per Überweisung" },
    ];
    renderInForm({ methods, locale: "en", legend: "Payment" });
    expect(screen.getByRole("group", { name: "Payment" })).toBeTruthy();
    expect(radio("Online by card").value).toBe("epay21");
    expect(radio("Per Überweisung").value).toBe("bank_transfer");
    expect(screen.getByText("Via epay21.")).toBeTruthy();
  });

  it("rejects an empty list and duplicate ids with a PaymentError naming the field", () => {
    let error: unknown;
    try {
      render(
        <PaymentMethodChoice
          methods={[
            { id: "a", label: "A" },
            { id: "a", label: "B" },
          ]}
        />,
      );
    } catch (caught) {
      error = caught;
    }
    expect(isPaymentError(error, "invalid_input")).toBe(true);
    expect((error as { field: string }).field).toBe("methods[1].id");
    expect(() => render(<PaymentMethodChoice methods={[]} />)).toThrow(/methods must hold/);
  });

  it("forwards the ref to the fieldset", () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<PaymentMethodChoice ref={ref} />);
    expect(ref.current?.tagName).toBe("FIELDSET");
    expect(ref.current?.className).toContain("dk-payment-method-choice");
  });
});
