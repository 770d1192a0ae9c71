import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { createRef, useState } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { errorFor, errorSummaryItems, fieldErrors, fieldId } from "../../forms/index.js";
import { DateInput } from "./DateInput.js";
import { type DateInputValue, dateInputErrorFields, dateInputValue } from "./date-input-value.js";

afterEach(cleanup);

const group = (name: string) => screen.getByRole("group", { name });
const field = (name: string) => screen.getByRole("textbox", { name }) as HTMLInputElement;

/** A controlled DateInput with its value shown next to it. */
function Controlled() {
  const [value, setValue] = useState<DateInputValue>({ day: "1", month: "4", year: "2027" });
  return (
    <>
      <DateInput id="beginn" name="beginn" legend="Beginn" value={value} onChange={setValue} />
      <output>{`${value.day}.${value.month}.${value.year}`}</output>
    </>
  );
}

describe("DateInput", () => {
  it("renders a fieldset named by its legend with three numeric text fields Tag, Monat, Jahr", () => {
    render(<DateInput id="geburtsdatum" name="geburtsdatum" legend="Wann sind Sie geboren?" />);
    const fieldset = group("Wann sind Sie geboren?");
    expect(fieldset.tagName).toBe("FIELDSET");
    expect(fieldset.classList.contains("dk-date-input-fieldset")).toBe(true);
    const inputs = within(fieldset).getAllByRole("textbox");
    expect(inputs).toEqual(["Tag", "Monat", "Jahr"].map((name) => within(fieldset).getByRole("textbox", { name })));
    for (const input of inputs) {
      expect(input.getAttribute("type")).toBe("text");
      expect(input.getAttribute("inputmode")).toBe("numeric");
      expect(input.hasAttribute("aria-invalid")).toBe(false);
    }
    expect(inputs.map((input) => input.id)).toEqual(["geburtsdatum-day", "geburtsdatum-month", "geburtsdatum-year"]);
    expect(inputs.map((input) => input.getAttribute("name"))).toEqual([
      "geburtsdatum-day",
      "geburtsdatum-month",
      "geburtsdatum-year",
    ]);
    expect(inputs.map((input) => input.className)).toEqual([
      "dk-date-input__input dk-date-input__input--width-2",
      "dk-date-input__input dk-date-input__input--width-2",
      "dk-date-input__input dk-date-input__input--width-4",
    ]);
  });

  it("gives the group's id to the wrapper of the fields, so that #<id> and #<id>-day both lead into the group", () => {
    render(<DateInput id="geburtsdatum" name="geburtsdatum" legend="Geburtsdatum" />);
    const target = document.getElementById("geburtsdatum");
    expect(target?.classList.contains("dk-date-input")).toBe(true);
    expect(target?.closest("fieldset")).toBe(group("Geburtsdatum"));
    expect(target?.querySelector("input")).toBe(field("Tag"));
    expect(document.getElementById("geburtsdatum-day")).toBe(field("Tag"));
  });

  it("ties hint and error to the fieldset and marks all three fields invalid for an error on the date", () => {
    render(
      <DateInput
        id="geburtsdatum"
        name="geburtsdatum"
        legend="Wann sind Sie geboren?"
        hint="Zum Beispiel 27 3 2007"
        error="Dieses Datum gibt es nicht."
        aria-describedby="extra"
      />,
    );
    const fieldset = group("Wann sind Sie geboren?");
    expect(fieldset.getAttribute("aria-describedby")).toBe("geburtsdatum-hint geburtsdatum-error extra");
    expect(document.getElementById("geburtsdatum-hint")?.textContent).toBe("Zum Beispiel 27 3 2007");
    expect(document.getElementById("geburtsdatum-error")?.textContent).toBe("Fehler: Dieses Datum gibt es nicht.");
    expect(fieldset.closest(".dk-form-group")?.classList.contains("dk-form-group--error")).toBe(true);
    for (const name of ["Tag", "Monat", "Jahr"]) {
      expect(field(name).getAttribute("aria-invalid")).toBe("true");
      expect(field(name).classList.contains("dk-date-input__input--error")).toBe(true);
    }
  });

  it("marks only the fields in errorFields", () => {
    render(
      <DateInput
        id="geburtsdatum"
        name="geburtsdatum"
        legend="Geburtsdatum"
        error="Das Datum muss einen Monat und ein Jahr enthalten."
        errorFields={["month", "year"]}
      />,
    );
    expect(field("Tag").hasAttribute("aria-invalid")).toBe(false);
    expect(field("Tag").classList.contains("dk-date-input__input--error")).toBe(false);
    expect(field("Monat").getAttribute("aria-invalid")).toBe("true");
    expect(field("Jahr").getAttribute("aria-invalid")).toBe("true");
  });

  it("marks no field when errorFields is given without an error", () => {
    render(<DateInput id="d" name="d" legend="Datum" errorFields={["day"]} />);
    expect(field("Tag").hasAttribute("aria-invalid")).toBe(false);
  });

  it("posts natively: defaults, then what the user types, under <name>-day/-month/-year", () => {
    const { container } = render(
      <form>
        <DateInput
          id="geburtsdatum"
          name="geburtsdatum"
          legend="Geburtsdatum"
          defaultValue={{ day: "27", month: "3", year: "2007" }}
        />
      </form>,
    );
    const form = container.querySelector("form") as HTMLFormElement;
    expect([...new FormData(form)]).toEqual([
      ["geburtsdatum-day", "27"],
      ["geburtsdatum-month", "3"],
      ["geburtsdatum-year", "2007"],
    ]);
    fireEvent.change(field("Monat"), { target: { value: "12" } });
    fireEvent.change(field("Jahr"), { target: { value: "1999" } });
    expect(dateInputValue(new FormData(form), "geburtsdatum")).toEqual({ day: "27", month: "12", year: "1999" });
  });

  it("posts under the names given in `names`, the others under <name>-<part>", () => {
    const { container } = render(
      <form>
        <DateInput
          id="gb"
          name="gb"
          legend="Geburtsdatum"
          names={{ day: "tag", year: "jahr" }}
          defaultValue={{ day: "1" }}
        />
      </form>,
    );
    const data = new FormData(container.querySelector("form") as HTMLFormElement);
    expect([...data.keys()]).toEqual(["tag", "gb-month", "jahr"]);
    expect(dateInputValue(data, "gb", { day: "tag", year: "jahr" })).toEqual({ day: "1", month: "", year: "" });
  });

  it("sets autocomplete bday-day, bday-month, bday-year for a date of birth", () => {
    render(<DateInput id="gb" name="gb" legend="Geburtsdatum" autoComplete="bday" />);
    expect(["Tag", "Monat", "Jahr"].map((name) => field(name).getAttribute("autocomplete"))).toEqual([
      "bday-day",
      "bday-month",
      "bday-year",
    ]);
    cleanup();
    render(<DateInput id="d" name="d" legend="Datum" />);
    expect(field("Tag").hasAttribute("autocomplete")).toBe(false);
  });

  it("reports every change with all three values, uncontrolled", () => {
    const onChange = vi.fn();
    render(<DateInput id="d" name="d" legend="Datum" defaultValue={{ day: "5", year: "2020" }} onChange={onChange} />);
    fireEvent.change(field("Monat"), { target: { value: "6" } });
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange.mock.calls[0]?.[0]).toEqual({ day: "5", month: "6", year: "2020" });
    expect(onChange.mock.calls[0]?.[1].target).toBe(field("Monat"));
  });

  it("works controlled: shows value and changes only through onChange", () => {
    render(<Controlled />);
    expect(field("Tag").value).toBe("1");
    fireEvent.change(field("Tag"), { target: { value: "15" } });
    expect(field("Tag").value).toBe("15");
    expect(screen.getByRole("status").textContent).toBe("15.4.2027");
    cleanup();
    render(<DateInput id="fest" name="fest" legend="Fest" value={{ day: "3" }} onChange={() => {}} />);
    fireEvent.change(field("Tag"), { target: { value: "9" } });
    expect(field("Tag").value).toBe("3");
    expect(field("Monat").value).toBe("");
  });

  it("disables all three fields through the fieldset, which then posts nothing", () => {
    const { container } = render(
      <form>
        <DateInput id="d" name="d" legend="Datum" disabled defaultValue={{ day: "1", month: "1", year: "2000" }} />
      </form>,
    );
    expect(group("Datum")).toHaveProperty("disabled", true);
    expect(field("Tag").matches(":disabled")).toBe(true);
    expect([...new FormData(container.querySelector("form") as HTMLFormElement)]).toEqual([]);
  });

  it("speaks English and takes the app's wording for the field labels and the error prefix", () => {
    render(<DateInput id="dob" name="dob" legend="Date of birth" locale="en" error="Enter a date." />);
    expect(field("Day")).toBeTruthy();
    expect(field("Month")).toBeTruthy();
    expect(field("Year")).toBeTruthy();
    expect(document.getElementById("dob-error")?.textContent).toBe("Error: Enter a date.");
    cleanup();
    render(
      <DateInput
        id="d"
        name="d"
        legend="Datum"
        error="Fehlt."
        messages={{ day: "TT", month: "MM", year: "JJJJ", prefix: "Achtung:" }}
      />,
    );
    expect(field("TT").id).toBe("d-day");
    expect(field("JJJJ").id).toBe("d-year");
    expect(document.getElementById("d-error")?.textContent).toBe("Achtung: Fehlt.");
  });

  it("forwards the ref to the fieldset and passes class names and the legend size on", () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(
      <DateInput
        ref={ref}
        id="d"
        name="d"
        legend="Datum"
        className="extra"
        formGroupClassName="gruppe"
        isPageHeading
      />,
    );
    expect(ref.current).toBe(group("Datum"));
    expect(ref.current?.className).toBe("dk-fieldset dk-date-input-fieldset extra");
    expect(ref.current?.closest(".dk-form-group")?.classList.contains("gruppe")).toBe(true);
    expect(screen.getByRole("heading", { level: 1, name: "Datum" })).toBeTruthy();
  });

  it("renders complete HTML on the server: legend, hint, error, labels and fields with their values", () => {
    const html = renderToString(
      <DateInput
        id="geburtsdatum"
        name="geburtsdatum"
        legend="Wann sind Sie geboren?"
        hint="Zum Beispiel 27 3 2007"
        error="Das Datum muss ein Jahr enthalten."
        errorFields={["year"]}
        defaultValue={{ day: "27", month: "3" }}
        autoComplete="bday"
      />,
    );
    const page = document.createElement("div");
    page.innerHTML = html;
    expect(page.querySelector("legend")?.textContent).toBe("Wann sind Sie geboren?");
    expect(page.querySelector("#geburtsdatum-hint")?.textContent).toBe("Zum Beispiel 27 3 2007");
    expect(page.querySelector("#geburtsdatum-error")?.textContent).toBe("Fehler: Das Datum muss ein Jahr enthalten.");
    expect([...page.querySelectorAll("label")].map((label) => [label.htmlFor, label.textContent])).toEqual([
      ["geburtsdatum-day", "Tag"],
      ["geburtsdatum-month", "Monat"],
      ["geburtsdatum-year", "Jahr"],
    ]);
    expect(
      [...page.querySelectorAll("input")].map((input) => [
        input.name,
        input.getAttribute("value"),
        input.getAttribute("aria-invalid"),
      ]),
    ).toEqual([
      ["geburtsdatum-day", "27", null],
      ["geburtsdatum-month", "3", null],
      ["geburtsdatum-year", null, "true"],
    ]);
  });
});

describe("DateInput with the forms helper and the validators' issue paths", () => {
  const issues = [
    { path: ["geburtsdatum", "month"], code: "missing_month", message: "Das Datum muss einen Monat enthalten." },
    { path: ["geburtsdatum", "year"], code: "missing_year", message: "Das Datum muss ein Jahr enthalten." },
  ];

  it("shows the first field error on the group and highlights exactly the fields at fault", () => {
    const errors = fieldErrors(issues);
    render(
      <DateInput
        id="geburtsdatum"
        name="geburtsdatum"
        legend="Geburtsdatum"
        error={errorFor(errors, "geburtsdatum")}
        errorFields={dateInputErrorFields(errors, "geburtsdatum")}
      />,
    );
    expect(document.getElementById("geburtsdatum-error")?.textContent).toBe(
      "Fehler: Das Datum muss einen Monat enthalten.",
    );
    expect(field("Tag").hasAttribute("aria-invalid")).toBe(false);
    expect(field("Monat").getAttribute("aria-invalid")).toBe("true");
    expect(field("Jahr").getAttribute("aria-invalid")).toBe("true");
    // Every ErrorSummary link finds its field.
    for (const item of errorSummaryItems(issues)) expect(document.getElementById(item.href.slice(1))).not.toBeNull();
    expect(fieldId(["geburtsdatum"])).toBe(document.getElementById("geburtsdatum")?.id);
  });

  it("highlights all three fields for an issue on the whole date, and none without issues", () => {
    expect(
      dateInputErrorFields(
        fieldErrors([{ path: ["geburtsdatum"], message: "Dieses Datum gibt es nicht." }]),
        "geburtsdatum",
      ),
    ).toBeUndefined();
    expect(dateInputErrorFields({}, "geburtsdatum")).toBeUndefined();
    expect(dateInputErrorFields({ "kind.geburtsdatum.day": "x" }, "kind.geburtsdatum")).toEqual(["day"]);
  });

  it("reads posted fields as strings, treating missing fields and files as empty", () => {
    const data = new URLSearchParams("geburtsdatum-day=27&geburtsdatum-year=2007");
    expect(dateInputValue(data, "geburtsdatum")).toEqual({ day: "27", month: "", year: "2007" });
    const form = new FormData();
    form.append("d-day", new File(["x"], "x.txt"));
    expect(dateInputValue(form, "d")).toEqual({ day: "", month: "", year: "" });
  });
});
