import type { PaymentMessages } from "./i18n.js";

/**
 * What a citizen sees, per situation: a title, what happened (`…Body`) and what to do next (`…Next`); `…Action` is
 * the text of the link to `actionHref`. `review` is the neutral text for a payment the Stadtkasse checks (any flag).
 * Placeholders: `{amount}` (the payment's amount), `{refundedAmount}`.
 */
export type PaymentStatusText =
  | "reference"
  | "amountPaid"
  | "createdTitle"
  | "createdBody"
  | "createdNext"
  | "createdAction"
  | "pendingTitle"
  | "pendingBody"
  | "pendingNext"
  | "pendingBankTransferTitle"
  | "pendingBankTransferBody"
  | "pendingBankTransferNext"
  | "succeededTitle"
  | "succeededBody"
  | "succeededNext"
  | "failedTitle"
  | "failedBody"
  | "failedNext"
  | "failedAction"
  | "cancelledTitle"
  | "cancelledBody"
  | "cancelledNext"
  | "cancelledAction"
  | "expiredTitle"
  | "expiredBody"
  | "expiredNext"
  | "expiredAction"
  | "refundedTitle"
  | "refundedBody"
  | "refundedBodyWithAmount"
  | "refundedNext"
  | "partiallyRefundedTitle"
  | "partiallyRefundedBody"
  | "partiallyRefundedBodyWithAmount"
  | "reviewTitle"
  | "reviewBody"
  | "reviewNext";

export const paymentStatusMessages: PaymentMessages<PaymentStatusText> = {
  de: {
    reference: "Ihre Zahlungsreferenz:",
    amountPaid: "Bezahlter Betrag: {amount}",
    createdTitle: "Zahlung noch nicht abgeschlossen",
    createdBody: "Sie haben die Zahlung noch nicht abgeschlossen. Es wurde kein Geld abgebucht.",
    createdNext: "Bitte bezahlen Sie jetzt, damit wir Ihren Antrag bearbeiten können.",
    createdAction: "Jetzt bezahlen",
    pendingTitle: "Wir warten auf die Bestätigung Ihrer Zahlung",
    pendingBody: "Die Bezahlplattform hat uns Ihre Zahlung noch nicht bestätigt. Das dauert meist nur wenige Minuten.",
    pendingNext:
      "Sie müssen nichts weiter tun. Bitte bezahlen Sie nicht noch einmal. Sie können diese Seite später neu laden.",
    pendingBankTransferTitle: "Wir warten auf Ihre Überweisung",
    pendingBankTransferBody:
      "Sobald Ihr Geld bei der Stadtkasse eingegangen ist, bearbeiten wir Ihren Antrag. Das dauert meist 1 bis 3 Bankarbeitstage.",
    pendingBankTransferNext:
      "Bitte geben Sie bei der Überweisung das Kassenzeichen als Verwendungszweck an. Nur so können wir Ihre Zahlung zuordnen.",
    succeededTitle: "Zahlung erfolgreich",
    succeededBody: "Ihre Zahlung ist bei uns eingegangen. Vielen Dank.",
    succeededNext: "Wir bearbeiten Ihren Antrag jetzt. Sie erhalten eine Nachricht, sobald er fertig ist.",
    failedTitle: "Die Zahlung hat nicht geklappt",
    failedBody: "Die Zahlung wurde abgelehnt oder konnte nicht ausgeführt werden. Es wurde kein Geld abgebucht.",
    failedNext: "Bitte versuchen Sie es noch einmal oder wählen Sie eine andere Zahlungsart.",
    failedAction: "Erneut versuchen",
    cancelledTitle: "Zahlung abgebrochen",
    cancelledBody: "Die Zahlung wurde abgebrochen. Es wurde kein Geld abgebucht.",
    cancelledNext: "Wenn Sie Ihren Antrag weiter stellen möchten, bezahlen Sie bitte erneut.",
    cancelledAction: "Erneut bezahlen",
    expiredTitle: "Die Zeit für die Zahlung ist abgelaufen",
    expiredBody: "Die Zahlung wurde nicht rechtzeitig abgeschlossen.",
    expiredNext:
      "Bitte starten Sie die Zahlung neu. Falls Sie doch schon bezahlt haben, müssen Sie nichts tun: Die Stadtkasse ordnet Ihre Zahlung zu.",
    expiredAction: "Zahlung neu starten",
    refundedTitle: "Betrag erstattet",
    refundedBody: "Wir haben Ihnen den Betrag erstattet.",
    refundedBodyWithAmount: "Wir haben Ihnen {refundedAmount} erstattet.",
    refundedNext:
      "Das Geld geht auf dem Weg zurück, auf dem Sie bezahlt haben. Das kann einige Bankarbeitstage dauern.",
    partiallyRefundedTitle: "Betrag teilweise erstattet",
    partiallyRefundedBody: "Wir haben Ihnen einen Teil des Betrags erstattet.",
    partiallyRefundedBodyWithAmount: "Wir haben Ihnen {refundedAmount} von {amount} erstattet.",
    reviewTitle: "Ihre Zahlung wird geprüft",
    reviewBody: "Die Stadtkasse prüft Ihre Zahlung. Das ist ein üblicher Schritt und kann einige Tage dauern.",
    reviewNext:
      "Sie müssen nichts tun. Bitte bezahlen Sie nicht noch einmal. Wenn wir etwas von Ihnen brauchen, melden wir uns.",
  },
  en: {
    reference: "Your payment reference:",
    amountPaid: "Amount paid: {amount}",
    createdTitle: "Payment not completed yet",
    createdBody: "You have not completed the payment yet. No money has been taken.",
    createdNext: "Please pay now so that we can process your application.",
    createdAction: "Pay now",
    pendingTitle: "We are waiting for confirmation of your payment",
    pendingBody:
      "The payment platform has not confirmed your payment to us yet. This usually takes only a few minutes.",
    pendingNext: "You do not need to do anything. Please do not pay again. You can reload this page later.",
    pendingBankTransferTitle: "We are waiting for your bank transfer",
    pendingBankTransferBody:
      "We will process your application once your money has reached the city treasury. This usually takes 1 to 3 banking days.",
    pendingBankTransferNext:
      "Please give the Kassenzeichen as the payment reference of your transfer. Only then can we match your payment.",
    succeededTitle: "Payment successful",
    succeededBody: "We have received your payment. Thank you.",
    succeededNext: "We will now process your application. You will hear from us once it is done.",
    failedTitle: "Your payment did not go through",
    failedBody: "The payment was declined or could not be completed. No money has been taken.",
    failedNext: "Please try again or choose another way to pay.",
    failedAction: "Try again",
    cancelledTitle: "Payment cancelled",
    cancelledBody: "The payment was cancelled. No money has been taken.",
    cancelledNext: "If you still want to go ahead with your application, please pay again.",
    cancelledAction: "Pay again",
    expiredTitle: "The time to pay has run out",
    expiredBody: "The payment was not completed in time.",
    expiredNext:
      "Please start the payment again. If you have already paid after all, you do not need to do anything: the city treasury will match your payment.",
    expiredAction: "Start the payment again",
    refundedTitle: "Amount refunded",
    refundedBody: "We have refunded the amount to you.",
    refundedBodyWithAmount: "We have refunded {refundedAmount} to you.",
    refundedNext: "The money goes back the way you paid. This can take a few banking days.",
    partiallyRefundedTitle: "Amount partly refunded",
    partiallyRefundedBody: "We have refunded part of the amount to you.",
    partiallyRefundedBodyWithAmount: "We have refunded {refundedAmount} of {amount} to you.",
    reviewTitle: "Your payment is being checked",
    reviewBody:
      "The city treasury (Stadtkasse) is checking your payment. This is a routine step and can take a few days.",
    reviewNext: "You do not need to do anything. Please do not pay again. We will contact you if we need anything.",
  },
};
