/** Fee tables for the tests of the fee engine (not exported by the package). */
import type { Fee } from "@digitale-kommune/service-catalog";
import type { FeeTableInput } from "./types.js";

const FACT = { source: "Testdaten", confidence: "verified" } as const;

/** The Reisepass fee as the catalogue writes it (PassV § 15), with booking data added. */
export const reisepass: Fee = {
  id: "reisepass",
  kind: "byAge",
  label: "Reisepass",
  tiers: [
    { maxAge: 23, amount: 3750 },
    { minAge: 24, amount: 7000 },
  ],
  legalBasis: "PassV § 15",
  validFrom: "2024-01-01",
  haushaltsstelle: "1.1220.431000",
  objektnummer: "PASS-01",
  addOns: [
    { id: "express", label: "Expresszuschlag", amount: 3200 },
    { id: "48-seiten", label: "Reisepass mit 48 Seiten", amount: 2200 },
  ],
  reductions: [
    { id: "bescheinigte-beduerftigkeit", kind: "percent", percent: 50, reason: "Bedürftigkeit" },
    { id: "ehrenamt", kind: "amount", amount: 1000, reason: "Ehrenamtskarte" },
    { id: "mittellosigkeit", kind: "exemption", reason: "Mittellosigkeit (auf Antrag)" },
  ],
  ...FACT,
};

export const fees: Fee[] = [
  reisepass,
  { id: "fuehrungszeugnis", kind: "fixed", label: "Führungszeugnis", amount: 1300, ...FACT },
  {
    id: "kopie",
    kind: "perUnit",
    label: "Kopie",
    amountPerUnit: 50,
    unit: "Seite",
    haushaltsstelle: "1.1100.431000",
    ...FACT,
  },
  { id: "sondernutzung", kind: "perPeriod", label: "Sondernutzung", amount: 2000, period: "month", ...FACT },
  {
    id: "baugenehmigung",
    kind: "range",
    label: "Baugenehmigung",
    minAmount: 5000,
    maxAmount: 50000,
    basis: "nach Baukosten",
    ...FACT,
  },
  { id: "anmeldung", kind: "free", label: "Anmeldung", ...FACT },
  { id: "meldebescheinigung", kind: "unknown", text: "Nach Satzung", ...FACT },
  { id: "alt", kind: "fixed", label: "Alte Gebühr", amount: 500, validUntil: "2024-12-31", ...FACT },
];

export const tableInput: FeeTableInput = {
  cityId: "giessen",
  serviceId: "testleistung",
  version: "2025-01-01",
  validFrom: "2024-01-01",
  validUntil: "2030-12-31",
  legalSource: {
    title: "Verwaltungskostensatzung der Stadt Gießen",
    paragraph: "§ 2",
    url: "https://example.org/satzung",
  },
  fees,
  english: {
    reisepass: {
      label: "Passport",
      addOns: { express: "Express surcharge" },
      reductions: { mittellosigkeit: "lack of means (on application)" },
    },
    kopie: { label: "Copy", unit: "page" },
  },
};
