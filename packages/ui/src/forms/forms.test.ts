import { describe, expect, it } from "vitest";
import { errorFor, errorSummaryItems, fieldErrors, fieldId } from "./index.js";

const issues = [
  { path: ["anschrift", "postleitzahl"], code: "too_short", message: "Die Postleitzahl ist zu kurz." },
  { path: ["anschrift", "postleitzahl"], code: "other", message: "Zweiter Fehler derselben Angabe." },
  { path: ["geburtsdatum", "month"], code: "missing_month", message: "Das Datum muss einen Monat enthalten." },
  { path: ["geburtsdatum", "year"], code: "missing_year", message: "Das Datum muss ein Jahr enthalten." },
  { path: [], code: "form", message: "Bitte prüfen Sie Ihre Angaben." },
];

describe("forms helper", () => {
  it("keeps the first error of each field", () => {
    expect(fieldErrors(issues)).toEqual({
      "anschrift.postleitzahl": "Die Postleitzahl ist zu kurz.",
      "geburtsdatum.month": "Das Datum muss einen Monat enthalten.",
      "geburtsdatum.year": "Das Datum muss ein Jahr enthalten.",
      "": "Bitte prüfen Sie Ihre Angaben.",
    });
  });

  it("gives a group the first error of its parts, and nothing to an unrelated prefix", () => {
    const errors = fieldErrors(issues);
    expect(errorFor(errors, "geburtsdatum")).toBe("Das Datum muss einen Monat enthalten.");
    expect(errorFor(errors, "geburtsdatum.year")).toBe("Das Datum muss ein Jahr enthalten.");
    expect(errorFor(errors, "anschrift.post")).toBeUndefined();
  });

  it("links each summary item to its field by id, one item per field", () => {
    expect(errorSummaryItems(issues, { fallbackId: "antrag" })).toEqual([
      { text: "Die Postleitzahl ist zu kurz.", href: "#anschrift-postleitzahl" },
      { text: "Das Datum muss einen Monat enthalten.", href: "#geburtsdatum-month" },
      { text: "Das Datum muss ein Jahr enthalten.", href: "#geburtsdatum-year" },
      { text: "Bitte prüfen Sie Ihre Angaben.", href: "#antrag" },
    ]);
    expect(fieldId(["kinder", 0, "vorname"])).toBe("kinder-0-vorname");
  });
});
