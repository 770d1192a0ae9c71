import type { PaymentMessages } from "./i18n.js";

/** Built-in texts of PaymentMethodChoice, including the labels and hints of the two default methods. */
export type PaymentMethodChoiceText =
  | "legend"
  | "onlineLabel"
  | "onlineHint"
  | "bankTransferLabel"
  | "bankTransferHint";

export const paymentMethodChoiceMessages: PaymentMessages<PaymentMethodChoiceText> = {
  de: {
    legend: "Wie möchten Sie bezahlen?",
    onlineLabel: "Online bezahlen",
    onlineHint: "Sie gehen zur Bezahlseite und kommen danach hierher zurück. Ihr Antrag wird sofort bearbeitet.",
    bankTransferLabel: "Per Überweisung",
    bankTransferHint:
      "Sie erhalten die Bankverbindung und einen GiroCode. Ihr Antrag wird bearbeitet, sobald das Geld da ist (meist nach 1 bis 3 Bankarbeitstagen).",
  },
  en: {
    legend: "How would you like to pay?",
    onlineLabel: "Pay online",
    onlineHint:
      "You go to the payment page and come back here afterwards. Your application is processed straight away.",
    bankTransferLabel: "By bank transfer",
    bankTransferHint:
      "You get the bank details and a GiroCode. Your application is processed once the money has arrived (usually after 1 to 3 banking days).",
  },
};
