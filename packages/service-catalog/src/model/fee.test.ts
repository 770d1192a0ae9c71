import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogSchemas, catalogSchemasFor, parseCatalogData } from "./schemas.js";

const fact = { source: "PAuswGebV § 1", confidence: "verified" } as const;
const parseFee = (data: unknown, locale: "de" | "en" = "de") =>
  parseCatalogData(catalogSchemasFor(locale).fee, data, { locale });
const issuesOf = (data: unknown, locale: "de" | "en" = "de") => {
  const result = parseFee(data, locale);
  return result.ok ? [] : result.issues;
};

describe("fee schema: every kind", () => {
  it.each([
    { kind: "fixed", id: "fuehrungszeugnis", amount: 1300 },
    { kind: "perUnit", id: "kopie", amountPerUnit: 50, unit: "Seite" },
    { kind: "perPeriod", id: "sondernutzung", amount: 2500, period: "month" },
    { kind: "range", id: "baugenehmigung", minAmount: 5000, maxAmount: 500000, basis: "nach Baukosten" },
    {
      kind: "byAge",
      id: "personalausweis",
      tiers: [
        { maxAge: 23, amount: 2760 },
        { minAge: 24, amount: 4600 },
      ],
    },
    { kind: "free", id: "anmeldung" },
    { kind: "unknown", id: "meldebescheinigung", text: "Nach der Verwaltungskostensatzung der Stadt" },
  ])("accepts $kind", (fee) => {
    expect(parseFee({ ...fee, ...fact })).toEqual({ ok: true, value: { ...fee, ...fact } });
  });

  it("accepts add-ons, reductions, booking data and validity dates", () => {
    const fee = {
      kind: "byAge",
      id: "reisepass",
      label: "Reisepass",
      tiers: [
        { maxAge: 23, amount: 3750 },
        { minAge: 24, amount: 7000 },
      ],
      addOns: [{ id: "express", label: "Expresszuschlag", amount: 3200 }],
      reductions: [
        { kind: "exemption", id: "mittellosigkeit", reason: "Mittellosigkeit" },
        { kind: "percent", id: "sozialpass", percent: 50, reason: "Sozialpass", legalBasis: "Satzung § 4" },
        { kind: "amount", id: "ehrenamt", amount: 500, reason: "Ehrenamtskarte" },
      ],
      legalBasis: "PassV § 15",
      validFrom: "2024-01-01",
      validUntil: "2030-12-31",
      haushaltsstelle: "1.1.2.01",
      objektnummer: "4711",
      ...fact,
    };
    expect(parseFee(fee)).toEqual({ ok: true, value: fee });
  });
});

describe("fee schema: bad fees", () => {
  it("wants integer, non-negative cents", () => {
    expect(issuesOf({ kind: "fixed", id: "a", amount: 46.5, ...fact })).toEqual([
      {
        path: ["amount"],
        code: "invalid_type",
        message: "Betrag in Cent (amount): Bitte eine ganze Zahl angeben; Beträge in ganzen Cent (4600 für 46,00 €).",
      },
    ]);
    expect(issuesOf({ kind: "fixed", id: "a", amount: -1, ...fact })).toMatchObject([
      { path: ["amount"], code: "too_small", message: "Betrag in Cent (amount) muss mindestens 0 sein." },
    ]);
    expect(issuesOf({ kind: "fixed", id: "a", amount: "46,00", ...fact })).toMatchObject([
      {
        path: ["amount"],
        code: "invalid_type",
        message: "Betrag in Cent (amount): Erwartet wird eine Zahl, gefunden wurde ein Text.",
      },
    ]);
  });

  it("names the allowed kinds for an unknown kind, and a missing kind as missing", () => {
    expect(issuesOf({ kind: "pauschal", id: "a", ...fact })).toEqual([
      {
        path: ["kind"],
        code: "invalid_union",
        message:
          "Art (kind): „pauschal“ ist nicht erlaubt. Erlaubt sind: fixed, perUnit, perPeriod, range, byAge, free, unknown.",
      },
    ]);
    expect(issuesOf({ id: "a", ...fact })).toMatchObject([{ path: ["kind"], message: "Art (kind) fehlt." }]);
  });

  it("reports a range whose maximum is below its minimum", () => {
    expect(issuesOf({ kind: "range", id: "a", minAmount: 500, maxAmount: 100, ...fact })).toEqual([
      {
        path: ["maxAmount"],
        code: "amount_range_order",
        message:
          "Höchstbetrag in Cent (maxAmount): Der Höchstbetrag (100 Cent) ist kleiner als der Mindestbetrag (500 Cent).",
      },
    ]);
  });

  it("reports overlapping and inverted age tiers", () => {
    const overlapping = {
      kind: "byAge",
      id: "a",
      tiers: [
        { maxAge: 24, amount: 1 },
        { minAge: 24, amount: 2 },
      ],
      ...fact,
    };
    expect(issuesOf(overlapping)).toEqual([
      {
        path: ["tiers", 1],
        code: "age_tiers_overlap",
        message: "Altersstufen (tiers): Die Altersstufe 24+ überschneidet sich mit der Altersstufe 0–24.",
      },
    ]);
    const inverted = { kind: "byAge", id: "a", tiers: [{ minAge: 30, maxAge: 20, amount: 1 }], ...fact };
    expect(issuesOf(inverted)).toMatchObject([{ path: ["tiers", 0, "maxAge"], code: "age_range_order" }]);
    expect(issuesOf({ kind: "byAge", id: "a", tiers: [], ...fact })).toMatchObject([
      { path: ["tiers"], code: "too_small" },
    ]);
  });

  it("reports validity dates that are invalid or out of order", () => {
    expect(issuesOf({ kind: "free", id: "a", validFrom: "2026-02-30", ...fact })).toMatchObject([
      { path: ["validFrom"], code: "invalid_date" },
    ]);
    expect(
      issuesOf({ kind: "free", id: "a", validFrom: "2026-02-07", validUntil: "2026-01-01", ...fact }),
    ).toMatchObject([{ path: ["validUntil"], code: "date_range_order" }]);
  });

  it("needs source and confidence, and allows no add-ons on a free fee", () => {
    expect(issuesOf({ kind: "free", id: "a", addOns: [] })).toEqual([
      { path: ["source"], code: "invalid_type", message: "Quelle (source) fehlt." },
      { path: ["confidence"], code: "invalid_value", message: "Verlässlichkeit (confidence) fehlt." },
      {
        path: [],
        code: "unrecognized_keys",
        message: "Datei: Unbekanntes Feld „addOns“. Bitte prüfen Sie die Schreibweise.",
      },
    ]);
  });

  it("reports bad add-ons and reductions on their own path", () => {
    const fee = {
      kind: "fixed",
      id: "a",
      amount: 100,
      addOns: [{ id: "Express", label: "Express", amount: 3200 }],
      reductions: [{ kind: "percent", id: "b", percent: 150, reason: "x" }],
      ...fact,
    };
    expect(issuesOf(fee).map((issue) => [issue.path, issue.code])).toEqual([
      [["addOns", 0, "id"], "invalid_slug"],
      [["reductions", 0, "percent"], "too_big"],
    ]);
  });

  it("words every message in English on request", () => {
    expect(issuesOf({ kind: "range", id: "a", minAmount: 500, maxAmount: 100, ...fact }, "en")).toMatchObject([
      {
        message:
          "Maximum amount in cents (maxAmount): the maximum amount (100 cents) is less than the minimum amount (500 cents).",
      },
    ]);
    expect(issuesOf({ kind: "fixed", id: "a", ...fact }, "en")).toMatchObject([
      { message: "Amount in cents (amount) is missing." },
    ]);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        expect(parseCatalogData(catalogSchemas.fee, data).ok).toBe(false);
      }),
    );
  });
});
