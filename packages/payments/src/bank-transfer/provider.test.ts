// @vitest-environment node
import { describe, expect, it } from "vitest";
import { isPaymentError, type PaymentError } from "../core/errors.js";
import type { ProviderCreateRequest } from "../providers/types.js";
import { parseEpcQrPayload } from "./epc-payload.js";
import { epcQrMatrix } from "./epc-qr.js";
import { createKassenzeichenGenerator } from "./kassenzeichen.js";
import { matchBankStatement } from "./match.js";
import { type BankTransferProviderConfig, createBankTransferProvider } from "./provider.js";

const config: BankTransferProviderConfig = {
  kassenzeichen: { prefix: "5100", parts: ["year2", { random: 8 }], checkDigit: "mod10-luhn" },
  kassenzeichenOptions: { now: () => new Date("2025-06-15T12:00:00Z") },
  beneficiary: { name: "Stadtkasse Gießen", iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX" },
};

const request: ProviderCreateRequest = {
  paymentId: "7d4f2c1e-6b0a-4f7e-9a51-2f3c4d5e6f70",
  cityId: "giessen",
  serviceId: "bewohnerparkausweis",
  amount: 3050,
  currency: "EUR",
  lineItems: [],
  reference: "GI-BPA-2025",
  description: { de: "Bewohnerparkausweis", en: "Resident parking permit" },
  returnUrl: "https://portal.example/zahlung/zurueck?t=opaque",
  locale: "de",
};

function configRejection(override: Partial<BankTransferProviderConfig>): PaymentError {
  try {
    createBankTransferProvider({ ...config, ...override });
  } catch (error) {
    if (isPaymentError(error, "configuration_error")) return error;
    throw error;
  }
  throw new Error("expected configuration_error");
}

describe("createBankTransferProvider", () => {
  const provider = createBankTransferProvider(config);

  it("declares a bank-transfer provider that can cancel locally and neither refunds nor notifies", () => {
    expect(provider.id).toBe("bank-transfer");
    expect(provider.capabilities).toEqual({
      cancel: true,
      refund: false,
      notifications: false,
      method: "bank_transfer",
    });
    expect(provider.refund).toBeUndefined();
    expect(provider.verifyNotification).toBeUndefined();
    expect(createBankTransferProvider({ ...config, id: "bank-transfer-giessen" }).id).toBe("bank-transfer-giessen");
  });

  it("assigns a Kassenzeichen as provider payment id and sends nobody anywhere", async () => {
    const result = await provider.create(request);
    expect(result.redirectUrl).toBeUndefined();
    expect(result.kassenzeichen).toBe(result.providerPaymentId);
    expect(provider.kassenzeichen.isValid(result.providerPaymentId)).toBe(true);
    expect(result.providerPaymentId).toMatch(/^510025\d{9}$/);
    const second = await provider.create(request);
    expect(second.providerPaymentId).not.toBe(result.providerPaymentId);
  });

  it("never derives the Kassenzeichen from the request: only year, prefix and the random source count", async () => {
    const fixed = createBankTransferProvider({
      ...config,
      kassenzeichenOptions: { now: () => new Date("2025-06-15T12:00:00Z"), randomDigits: () => "12345678" },
    });
    const a = await fixed.create(request);
    const b = await fixed.create({
      ...request,
      paymentId: "other",
      cityId: "marburg",
      reference: "MR-HUND-1",
      amount: 99,
    });
    expect(a.providerPaymentId).toBe("510025123456782");
    expect(b.providerPaymentId).toBe(a.providerPaymentId);
  });

  it("rejects amounts a transfer cannot carry", async () => {
    for (const amount of [0, -100, 12.5, 100_000_000_000]) {
      await expect(provider.create({ ...request, amount })).rejects.toMatchObject({
        code: "invalid_amount",
        field: "amount",
      });
    }
  });

  it("always reports open: only the treasury or a bank statement confirms a transfer", async () => {
    const { providerPaymentId } = await provider.create(request);
    await expect(provider.status(providerPaymentId)).resolves.toEqual({
      status: "open",
      providerStatus: "awaiting_transfer",
      kassenzeichen: providerPaymentId,
    });
    await expect(provider.cancel(providerPaymentId)).resolves.toMatchObject({ status: "cancelled" });
    await expect(provider.status("510025123456789")).rejects.toMatchObject({ code: "invalid_kassenzeichen" });
  });

  it("gives the citizen's transfer details with the formatted IBAN and the Kassenzeichen as the only remittance", async () => {
    const { kassenzeichen } = await provider.create(request);
    const details = provider.bankTransferDetails({
      amount: 3050,
      kassenzeichen: kassenzeichen ?? null,
      providerPaymentId: null,
    });
    expect(details).toMatchObject({
      beneficiary: "Stadtkasse Gießen",
      iban: "DE89 3704 0044 0532 0130 00",
      bic: "COBADEFFXXX",
      amount: 3050,
      kassenzeichen,
      remittance: kassenzeichen,
    });
    expect(parseEpcQrPayload(details.epcPayload)).toEqual({
      version: "002",
      name: "Stadtkasse Gießen",
      iban: "DE89370400440532013000",
      bic: "COBADEFFXXX",
      amount: 3050,
      purposeCode: "GOVT",
      remittance: { unstructured: kassenzeichen },
    });
    expect(epcQrMatrix(details.epcPayload).version).toBeLessThanOrEqual(13);
  });

  it("refuses details for a payment without a valid Kassenzeichen or amount", () => {
    expect(() => provider.bankTransferDetails({ amount: 100, kassenzeichen: null, providerPaymentId: null })).toThrow(
      expect.objectContaining({ code: "invalid_input", field: "kassenzeichen" }),
    );
    expect(() =>
      provider.bankTransferDetails({ amount: 100, kassenzeichen: "510025123456789", providerPaymentId: null }),
    ).toThrow(expect.objectContaining({ code: "invalid_kassenzeichen" }));
    const valid = provider.kassenzeichen.next();
    expect(() => provider.bankTransferDetails({ amount: 0, kassenzeichen: valid, providerPaymentId: null })).toThrow(
      expect.objectContaining({ code: "invalid_amount" }),
    );
  });

  it("leaves out BIC and purpose code when configured so", async () => {
    const plain = createBankTransferProvider({
      ...config,
      beneficiary: { name: "Stadtkasse", iban: "DE89370400440532013000" },
      purposeCode: null,
    });
    const { kassenzeichen } = await plain.create(request);
    const details = plain.bankTransferDetails({
      amount: 100,
      kassenzeichen: kassenzeichen ?? null,
      providerPaymentId: null,
    });
    expect(details.bic).toBeNull();
    expect(details.epcPayload.split("\n")).toEqual([
      "BCD",
      "002",
      "1",
      "SCT",
      "",
      "Stadtkasse",
      "DE89370400440532013000",
      "EUR1.00",
      "",
      "",
      kassenzeichen,
    ]);
  });

  it("fails at start-up on a beneficiary or layout the GiroCode cannot carry, naming the field", () => {
    expect(configRejection({ beneficiary: { name: "Stadtkasse", iban: "DE89370400440532013001" } }).field).toBe(
      "beneficiary.iban",
    );
    expect(
      configRejection({ beneficiary: { name: "Stadtkasse", iban: "DE89370400440532013000", bic: "XX" } }).field,
    ).toBe("beneficiary.bic");
    expect(configRejection({ beneficiary: { name: "N".repeat(71), iban: "DE89370400440532013000" } }).field).toBe(
      "beneficiary.name",
    );
    expect(
      configRejection({ beneficiary: { name: "Kasse\nDE02120300000000202051", iban: "DE89370400440532013000" } }).field,
    ).toBe("beneficiary.name");
    expect(configRejection({ purposeCode: "gov" }).field).toBe("purposeCode");
    expect(configRejection({ kassenzeichen: { parts: [], checkDigit: "mod97" } }).field).toBe("parts");
    expect(configRejection({ id: "Bank Transfer" }).field).toBe("id");
  });

  it("accepts a ready generator and hands it to the matcher", async () => {
    const generator = createKassenzeichenGenerator({ prefix: "77", parts: [{ random: 10 }], checkDigit: "mod97" });
    const custom = createBankTransferProvider({ ...config, kassenzeichen: generator });
    expect(custom.kassenzeichen).toBe(generator);
    const { providerPaymentId } = await custom.create(request);
    const result = await matchBankStatement(
      [
        {
          entryReference: "E1",
          statementId: "S1",
          amount: 3050,
          currency: "EUR",
          creditDebit: "CRDT",
          status: "BOOK",
          bookingDate: "2025-06-17",
          valueDate: null,
          remittance: {
            unstructured: [`KZ ${providerPaymentId.slice(0, 6)}`, providerPaymentId.slice(6)],
            creditorReference: null,
          },
          endToEndId: null,
          accountServicerReference: null,
        },
      ],
      {
        kassenzeichen: custom.kassenzeichen,
        findByKassenzeichen: async (value) =>
          value === providerPaymentId ? [{ id: "p1", amount: 3050, state: "pending" }] : [],
      },
    );
    expect(result.matched).toEqual([expect.objectContaining({ paymentId: "p1", amountMatches: true })]);
  });
});
