/**
 * Bank transfer ("Überweisung mit Kassenzeichen") as a payment provider. `create` issues a Kassenzeichen and
 * sends nobody anywhere; the citizen transfers the money with the Kassenzeichen as remittance (typed or scanned
 * from the GiroCode). The provider can never confirm a payment: `status` is always `open`, and a transfer
 * reaches succeeded only when the treasury marks it paid or a bank statement matches (`matchBankStatement`).
 *
 * The provider keeps no state, so it runs the same in every process: `cancel` is local (nothing to tell a bank)
 * and the service stops expecting the transfer.
 */
import { iban as ibanValidator } from "@digitale-kommune/validators";
import { isPaymentError, PaymentError } from "../core/errors.js";
import type { Payment } from "../core/types.js";
import type {
  PaymentProvider,
  ProviderCreateRequest,
  ProviderCreateResult,
  ProviderStatusResult,
} from "../providers/types.js";
import { buildEpcQrPayload, EPC_MAX_AMOUNT_CENTS, type EpcQrInput } from "./epc-payload.js";
import {
  createKassenzeichenGenerator,
  type KassenzeichenConfig,
  type KassenzeichenGenerator,
  type KassenzeichenGeneratorOptions,
} from "./kassenzeichen.js";

export interface BankTransferBeneficiary {
  /** Account holder as the bank knows it, e.g. "Stadtkasse Gießen" (≤ 70 characters, SEPA characters). */
  name: string;
  iban: string;
  bic?: string;
}

export interface BankTransferProviderConfig {
  /** Provider configuration id stored with each payment (default `bank-transfer`). */
  id?: string;
  /** The city's Kassenzeichen layout, or a generator created with `createKassenzeichenGenerator`. */
  kassenzeichen: KassenzeichenConfig | KassenzeichenGenerator;
  /** Options of the generator when `kassenzeichen` is a layout (sequence source, clock). */
  kassenzeichenOptions?: KassenzeichenGeneratorOptions;
  beneficiary: BankTransferBeneficiary;
  /** ISO 20022 purpose code in the GiroCode (default `GOVT`, government payment); `null` leaves it out. */
  purposeCode?: string | null;
}

/** What the citizen needs to make the transfer; every field is safe to show (no personal data). */
export interface BankTransferDetails {
  beneficiary: string;
  /** Paper form in groups of four: "DE89 3704 0044 0532 0130 00". */
  iban: string;
  bic: string | null;
  /** Cents to transfer. */
  amount: number;
  kassenzeichen: string;
  /** Exactly what goes into the remittance field: the Kassenzeichen, nothing else. */
  remittance: string;
  /** Text of the GiroCode; render with `epcQrSvg`, `epcQrPng` or `epcQrMatrix`. */
  epcPayload: string;
}

export interface BankTransferProvider extends PaymentProvider {
  /** The city's Kassenzeichen generator (also the extractor for `matchBankStatement`). */
  readonly kassenzeichen: KassenzeichenGenerator;
  cancel(providerPaymentId: string): Promise<ProviderStatusResult>;
  bankTransferDetails(payment: Pick<Payment, "amount" | "kassenzeichen" | "providerPaymentId">): BankTransferDetails;
}

function isGenerator(value: KassenzeichenConfig | KassenzeichenGenerator): value is KassenzeichenGenerator {
  return typeof (value as KassenzeichenGenerator).next === "function";
}

function configError(field: string, message: string, cause?: unknown): PaymentError {
  return new PaymentError("configuration_error", `Bank transfer provider: ${message}`, {
    field,
    ...(cause === undefined ? {} : { cause }),
  });
}

function checkKassenzeichen(generator: KassenzeichenGenerator, value: string, field: string): string {
  const result = generator.validate(value, { locale: "en" });
  if (!result.ok) {
    throw new PaymentError("invalid_kassenzeichen", `${field}: not a Kassenzeichen of this treasury.`, {
      field,
      details: { issue: result.issues[0]?.code },
    });
  }
  return result.value;
}

export function createBankTransferProvider(config: BankTransferProviderConfig): BankTransferProvider {
  if (config === null || typeof config !== "object") throw configError("config", "the configuration is missing.");
  const id = config.id ?? "bank-transfer";
  if (typeof id !== "string" || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(id)) {
    throw configError("id", "id must be lower-case letters, digits and hyphens.");
  }
  const generator = isGenerator(config.kassenzeichen)
    ? config.kassenzeichen
    : createKassenzeichenGenerator(config.kassenzeichen, config.kassenzeichenOptions);
  const beneficiary = config.beneficiary;
  if (beneficiary === null || typeof beneficiary !== "object")
    throw configError("beneficiary", "beneficiary is missing.");
  const purposeCode = config.purposeCode === undefined ? "GOVT" : config.purposeCode;

  function payloadFor(amount: number, kassenzeichen: string): string {
    const input: EpcQrInput = {
      name: beneficiary.name,
      iban: beneficiary.iban,
      amount,
      remittance: { unstructured: kassenzeichen },
      ...(beneficiary.bic === undefined ? {} : { bic: beneficiary.bic }),
      ...(purposeCode === null ? {} : { purposeCode }),
    };
    return buildEpcQrPayload(input);
  }

  // A misconfigured beneficiary must fail at start-up, not when the first citizen wants to pay.
  try {
    payloadFor(EPC_MAX_AMOUNT_CENTS, "0".repeat(generator.length));
  } catch (error) {
    if (isPaymentError(error, "invalid_epc_payload")) {
      const field = error.field === "purposeCode" ? "purposeCode" : `beneficiary.${error.field ?? ""}`;
      throw configError(field, error.message, error);
    }
    throw error;
  }

  return {
    id,
    kassenzeichen: generator,
    capabilities: { cancel: true, refund: false, notifications: false, method: "bank_transfer" },

    async create(request: ProviderCreateRequest): Promise<ProviderCreateResult> {
      if (!Number.isSafeInteger(request.amount) || request.amount < 1 || request.amount > EPC_MAX_AMOUNT_CENTS) {
        throw new PaymentError("invalid_amount", "amount: a bank transfer needs 1 to 99999999999 cents.", {
          field: "amount",
        });
      }
      if (request.currency !== "EUR") {
        throw new PaymentError("invalid_input", "currency: bank transfers are in EUR only.", { field: "currency" });
      }
      const kassenzeichen = generator.next();
      return { providerPaymentId: kassenzeichen, kassenzeichen };
    },

    async status(providerPaymentId: string): Promise<ProviderStatusResult> {
      const kassenzeichen = checkKassenzeichen(generator, providerPaymentId, "providerPaymentId");
      // The bank tells nobody in advance; only the treasury or a statement can say a transfer arrived.
      return { status: "open", providerStatus: "awaiting_transfer", kassenzeichen };
    },

    async cancel(providerPaymentId: string): Promise<ProviderStatusResult> {
      const kassenzeichen = checkKassenzeichen(generator, providerPaymentId, "providerPaymentId");
      return { status: "cancelled", providerStatus: "cancelled_locally", kassenzeichen };
    },

    bankTransferDetails(payment) {
      const kassenzeichenValue = payment.kassenzeichen ?? payment.providerPaymentId;
      if (typeof kassenzeichenValue !== "string") {
        throw new PaymentError("invalid_input", "kassenzeichen: the payment has no Kassenzeichen.", {
          field: "kassenzeichen",
        });
      }
      const kassenzeichen = checkKassenzeichen(generator, kassenzeichenValue, "kassenzeichen");
      if (!Number.isSafeInteger(payment.amount) || payment.amount < 1 || payment.amount > EPC_MAX_AMOUNT_CENTS) {
        throw new PaymentError("invalid_amount", "amount: a bank transfer needs 1 to 99999999999 cents.", {
          field: "amount",
        });
      }
      return {
        beneficiary: beneficiary.name,
        iban: ibanValidator.format(beneficiary.iban),
        bic: beneficiary.bic === undefined ? null : beneficiary.bic.replaceAll(" ", "").toUpperCase(),
        amount: payment.amount,
        kassenzeichen,
        remittance: kassenzeichen,
        epcPayload: payloadFor(payment.amount, kassenzeichen),
      };
    },
  };
}
