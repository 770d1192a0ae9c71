// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { type Catalog, type CatalogSource, createCatalog } from "@digitale-kommune/service-catalog";
import { describe, expect, it } from "vitest";
import { PaymentError, type PaymentErrorCode } from "../core/errors.js";
import { computeFee } from "./compute.js";
import { feeTableFromCatalog } from "./from-catalog.js";

// The catalogue's committed data, read from the sibling package in the monorepo.
const catalogRoot = new URL("../../../service-catalog/", import.meta.url);
const read = (path: string): CatalogSource => ({
  source: path,
  data: JSON.parse(readFileSync(new URL(path, catalogRoot), "utf8")),
});

function committedCatalog(): Catalog {
  const overlays = readdirSync(new URL("data/overlays/", catalogRoot))
    .filter((name) => name.endsWith(".json"))
    .map((name) => read(`data/overlays/${name}`));
  const result = createCatalog({ base: read("data/base/services.json"), cities: read("data/cities.json"), overlays });
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.catalog;
}

const catalog = committedCatalog();
const NBSP = "\u00a0";

function errorOf(action: () => unknown): PaymentError {
  try {
    action();
  } catch (error) {
    if (error instanceof PaymentError) return error;
    throw error;
  }
  throw new Error("expected a PaymentError");
}

describe("fee tables from the committed catalogue", () => {
  const personalausweis = feeTableFromCatalog(catalog, "giessen", "personalausweis-beantragen", {
    version: "2026-02-07",
    legalSource: { title: "Personalausweisgebührenverordnung (PAuswGebV)", paragraph: "§ 1" },
    english: { personalausweis: { label: "Identity card" } },
  });

  it("takes the catalogue's fees unchanged, from the latest validFrom among them", () => {
    expect(personalausweis.fees).toEqual(catalog.feesFor("personalausweis-beantragen", "giessen"));
    expect(personalausweis.validFrom).toBe("2026-02-07");
  });

  // The committed data: 46,00 € from 24 years, 27,60 € under 24, from 7 February 2026 (PAuswGebV § 1).
  it.each([
    [24, 4600],
    [67, 4600],
    [23, 2760],
    [16, 2760],
  ])("Personalausweis at %i years: %i cents", (age, total) => {
    const result = computeFee(personalausweis, { feeId: "personalausweis", age }, { date: "2026-03-01" });
    expect(result.total).toBe(total);
    expect(result.feeTableVersion).toBe("giessen/personalausweis-beantragen@2026-02-07");
  });

  it("explains the Personalausweis fee in German and English", () => {
    const result = computeFee(
      personalausweis,
      { feeId: "personalausweis", birthDate: "2000-03-01" },
      { date: "2026-03-01" },
    );
    expect(result.explanation).toEqual({
      de: `Die Gebühr „Personalausweis“ beträgt 46,00${NBSP}€, weil Sie 24 Jahre oder älter sind.`,
      en: "The fee “Identity card” is €46.00, because you are 24 or older.",
    });
    expect(result.legalSource).toEqual({ title: "Personalausweisgebührenverordnung (PAuswGebV)", paragraph: "§ 1" });
  });

  it("does not apply the 2026 tariff before it took effect", () => {
    const error = errorOf(() =>
      computeFee(personalausweis, { feeId: "personalausweis", age: 30 }, { date: "2026-02-06" }),
    );
    expect([error.code, error.field]).toEqual(["fee_not_applicable", "date"]);
  });

  it("computes the vorläufiger Personalausweis as a fixed 10,00 €", () => {
    const result = computeFee(personalausweis, { feeId: "vorlaeufiger-personalausweis" }, { date: "2026-03-01" });
    expect(result.total).toBe(1000);
  });

  it("Reisepass with express: 70,00 € + 32,00 € (PassV § 15)", () => {
    const reisepass = feeTableFromCatalog(catalog, "marburg", "reisepass-beantragen", {
      version: "2024-01-01",
      legalSource: { title: "Passverordnung (PassV)", paragraph: "§ 15" },
    });
    const result = computeFee(reisepass, { feeId: "reisepass", age: 40, addOns: ["express"] }, { date: "2025-06-01" });
    expect(result.lineItems.map((line) => [line.id, line.amount])).toEqual([
      ["reisepass", 7000],
      ["express", 3200],
    ]);
    expect(result.total).toBe(10200);
    expect(result.explanation.de).toBe(
      `Die Gebühr „Reisepass“ beträgt 70,00${NBSP}€, weil Sie 24 Jahre oder älter sind. Expresszuschlag: 32,00${NBSP}€. Gesamt: 102,00${NBSP}€.`,
    );
    expect(
      computeFee(reisepass, { feeId: "reisepass", age: 20, addOns: ["48-seiten"] }, { date: "2025-06-01" }).total,
    ).toBe(3750 + 2200);
  });

  it("Führungszeugnis: 13,00 €, or 0 with the exemption for Ehrenamt", () => {
    const table = feeTableFromCatalog(catalog, "fulda", "fuehrungszeugnis-beantragen", {
      version: "2025",
      validFrom: "2025-01-01",
      legalSource: { title: "Justizverwaltungskostengesetz (JVKostG)", paragraph: "Anlage Nr. 1130" },
    });
    const date = { date: "2025-06-01" };
    expect(computeFee(table, { feeId: "fuehrungszeugnis" }, date).total).toBe(1300);
    const exempt = computeFee(table, { feeId: "fuehrungszeugnis", reductions: ["ehrenamt"] }, date);
    expect(exempt.total).toBe(0);
    expect(exempt.lineItems.at(-1)?.label.de).toBe("Gebührenbefreiung (Ehrenamtliche Tätigkeit (auf Antrag))");
    expect(computeFee(table, { feeId: "europaeisches-fuehrungszeugnis" }, date).total).toBe(1700);
  });

  it("Einbürgerung: per person", () => {
    const table = feeTableFromCatalog(catalog, "wetzlar", "einbuergerung-beantragen", {
      version: "1",
      validFrom: "2024-06-27",
      legalSource: { title: "Staatsangehörigkeitsgesetz (StAG)", paragraph: "§ 38" },
    });
    const result = computeFee(table, { feeId: "erwachsene", units: 2 }, { date: "2025-01-01" });
    expect(result.total).toBe(51000);
    expect(result.explanation.de).toBe(
      `Die Gebühr „Einbürgerung“ beträgt 510,00${NBSP}€ (2 × 255,00${NBSP}€ je erwachsene Person).`,
    );
  });

  it("a free service (Wohnsitz anmelden) costs nothing, and a fee still to be collected is not applicable", () => {
    const anmelden = feeTableFromCatalog(catalog, "offenbach", "wohnsitz-anmelden", {
      version: "1",
      validFrom: "2025-01-01",
      legalSource: { title: "Bundesmeldegesetz (BMG)" },
    });
    expect(computeFee(anmelden, { feeId: "anmeldung" }, { date: "2025-06-01" }).total).toBe(0);
    const melde = feeTableFromCatalog(catalog, "offenbach", "meldebescheinigung-beantragen", {
      version: "1",
      validFrom: "2025-01-01",
      legalSource: { title: "Verwaltungskostensatzung" },
    });
    const error = errorOf(() => computeFee(melde, { feeId: "meldebescheinigung" }, { date: "2025-06-01" }));
    expect([error.code, error.field]).toEqual(["fee_not_applicable", "feeId"]);
  });

  it.each<[string, string, string, Record<string, unknown>, PaymentErrorCode, string]>([
    ["an unknown city", "kassel", "reisepass-beantragen", {}, "unknown_city", "cityId"],
    ["a service the city does not offer", "giessen", "gibt-es-nicht", {}, "fee_not_applicable", "serviceId"],
    ["no validFrom anywhere", "giessen", "fuehrungszeugnis-beantragen", {}, "invalid_fee_table", "validFrom"],
    ["a bad version", "giessen", "reisepass-beantragen", { version: "a b" }, "invalid_fee_table", "version"],
  ])("rejects %s", (_name, cityId, serviceId, overrides, code, field) => {
    const error = errorOf(() =>
      feeTableFromCatalog(catalog, cityId, serviceId, {
        version: "1",
        legalSource: { title: "Satzung" },
        ...overrides,
      }),
    );
    expect([error.code, error.field]).toEqual([code, field]);
    expect(error.message).toContain(field);
  });
});
