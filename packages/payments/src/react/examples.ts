/*
 * Example data for the stories and tests: line items as the fee engine computes them, the bank details of a city,
 * and a GiroCode matrix made with the qrcode library from a hand-written EPC payload. The payload here is only a
 * sample for drawing; the package's bank-transfer helper is what builds and checks real payloads.
 */
import QRCode from "qrcode";
import type { LineItem, LocalizedText } from "../core/types.js";
import type { GiroCodeMatrix } from "./GiroCode.js";

export const parkingPermitItems: LineItem[] = [
  {
    id: "bewohnerparkausweis",
    label: { de: "Bewohnerparkausweis (12 Monate)", en: "Residents' parking permit (12 months)" },
    quantity: 1,
    unitAmount: 3000,
    amount: 3000,
    booking: { haushaltsstelle: "1.1.2.1.431100", objektnummer: "P-012" },
  },
];

export const dogTagItems: LineItem[] = [
  {
    id: "hundesteuermarke",
    label: { de: "Hundesteuermarke", en: "Dog tax tag" },
    quantity: 2,
    unitAmount: 750,
    amount: 1500,
    booking: { haushaltsstelle: "1.1.2.1.431200" },
  },
  {
    id: "ersatzmarke",
    label: { de: "Ersatz für verlorene Marke", en: "Replacement for a lost tag" },
    quantity: 1,
    unitAmount: 500,
    amount: 500,
    booking: { haushaltsstelle: "1.1.2.1.431200" },
  },
  {
    id: "ermaessigung-ehrenamt",
    label: { de: "Ermäßigung Ehrenamtskarte (25 %)", en: "Reduction for volunteer card holders (25%)" },
    quantity: 1,
    unitAmount: -500,
    amount: -500,
    booking: { haushaltsstelle: "1.1.2.1.431200" },
  },
];

export const dogTagExplanation: LocalizedText = {
  de: "Für jeden Hund erhalten Sie eine Steuermarke zu 7,50 €. Eine verlorene Marke ersetzen wir für 5,00 €.\nMit Ihrer Ehrenamtskarte zahlen Sie 25 % weniger (§ 4 Abs. 2 Gebührensatzung).",
  en: "You get one tax tag per dog at €7.50. We replace a lost tag for €5.00.\nWith your volunteer card you pay 25% less (section 4(2) of the fee bylaw).",
};

export const parkingPermitExplanation: LocalizedText = {
  de: "Der Bewohnerparkausweis gilt 12 Monate und kostet 30,00 € (Gebührenordnung der Stadt, Stand 1. Januar 2026).",
  en: "The residents' parking permit is valid for 12 months and costs €30.00 (city fee schedule as of 1 January 2026).",
};

export const cityBankDetails = {
  beneficiary: "Stadtkasse Gießen",
  iban: "DE89370400440532013000",
  bic: "COBADEFFXXX",
  amount: 3000,
  kassenzeichen: "5.0100.123456.7",
};

/** A sample EPC payload (version 002, UTF-8, SCT) for the example code; built by hand, not by the package's helper. */
export const sampleEpcPayload = [
  "BCD",
  "002",
  "1",
  "SCT",
  cityBankDetails.bic,
  cityBankDetails.beneficiary,
  cityBankDetails.iban,
  "EUR30.00",
  "",
  "",
  cityBankDetails.kassenzeichen,
].join("\n");

/** The QR matrix of `payload` at error-correction level M, as BankTransferDetails takes it. */
export function qrMatrix(payload: string): GiroCodeMatrix {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: "M" });
  return { size: modules.size, modules: Array.from(modules.data, (bit) => bit === 1) };
}

export const sampleGiroCode: GiroCodeMatrix = qrMatrix(sampleEpcPayload);
