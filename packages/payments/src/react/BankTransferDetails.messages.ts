import type { PaymentMessages } from "./i18n.js";

/**
 * Built-in texts of BankTransferDetails. Placeholders: `{label}` (the field's name) in the copy texts, `{amount}` and
 * `{beneficiary}` in the GiroCode's name.
 */
export type BankTransferDetailsText =
  | "intro"
  | "beneficiary"
  | "iban"
  | "bic"
  | "amount"
  | "reference"
  | "referenceHint"
  | "copy"
  | "copied"
  | "copiedAnnouncement"
  | "copyFailed"
  | "giroCodeLabel"
  | "giroCodeCaption";

export const bankTransferDetailsMessages: PaymentMessages<BankTransferDetailsText> = {
  de: {
    intro:
      "Bitte überweisen Sie den Betrag mit diesen Angaben. Geben Sie das Kassenzeichen als Verwendungszweck an, damit wir Ihre Zahlung zuordnen können.",
    beneficiary: "Empfänger",
    iban: "IBAN",
    bic: "BIC",
    amount: "Betrag",
    reference: "Verwendungszweck",
    referenceHint: "Ihr Kassenzeichen. Bitte genau so angeben.",
    copy: "Kopieren",
    copied: "Kopiert",
    copiedAnnouncement: "{label} kopiert",
    copyFailed: "Kopieren hat nicht geklappt. Bitte markieren und kopieren Sie den Text selbst.",
    giroCodeLabel: "GiroCode für die Überweisung von {amount} an {beneficiary}",
    giroCodeCaption:
      "Scannen Sie den GiroCode mit der App Ihrer Bank. Empfänger, IBAN, Betrag und Verwendungszweck werden dann übernommen. Prüfen Sie die Angaben, bevor Sie die Überweisung absenden.",
  },
  en: {
    intro:
      "Please transfer the amount using these details. Give the Kassenzeichen as the payment reference so that we can match your payment.",
    beneficiary: "Recipient",
    iban: "IBAN",
    bic: "BIC",
    amount: "Amount",
    reference: "Payment reference",
    referenceHint: "Your Kassenzeichen. Please enter it exactly as shown.",
    copy: "Copy",
    copied: "Copied",
    copiedAnnouncement: "{label} copied",
    copyFailed: "Copying did not work. Please select and copy the text yourself.",
    giroCodeLabel: "GiroCode for the transfer of {amount} to {beneficiary}",
    giroCodeCaption:
      "Scan the GiroCode with your banking app. The recipient, IBAN, amount and payment reference are then filled in. Check the details before you send the transfer.",
  },
};
