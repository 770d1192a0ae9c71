import type { PaymentMessages } from "./i18n.js";

/** Built-in texts of PaymentSummary. `{quantity}` and `{unitAmount}` are filled per line. */
export type PaymentSummaryText = "caption" | "itemHeader" | "quantityHeader" | "amountHeader" | "quantity" | "total";

export const paymentSummaryMessages: PaymentMessages<PaymentSummaryText> = {
  de: {
    caption: "Zusammensetzung der Gebühr",
    itemHeader: "Leistung",
    quantityHeader: "Menge × Einzelbetrag",
    amountHeader: "Betrag",
    quantity: "{quantity} × {unitAmount}",
    total: "Gesamtbetrag",
  },
  en: {
    caption: "How the fee is made up",
    itemHeader: "Item",
    quantityHeader: "Quantity × unit price",
    amountHeader: "Amount",
    quantity: "{quantity} × {unitAmount}",
    total: "Total",
  },
};
