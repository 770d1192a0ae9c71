/**
 * The sandbox's hosted payment page, server-rendered HTML that works without JavaScript: a summary of what
 * is paid and three buttons (pay, let it fail, cancel). Leaving the page is the fourth outcome (abandon):
 * the transaction simply stays open. Every piece of data is escaped; there is no inline script or style,
 * so a strict Content-Security-Policy holds.
 */
import type { LocalizedText } from "../../core/types.js";
import { formatMoney } from "../../money/format.js";
import type { SandboxStatus, SandboxTransaction } from "./ledger.js";

export type PageLocale = "de" | "en";

/** Reads `?lang=`: English when asked for, German otherwise. */
export function pageLocale(url: URL): PageLocale {
  return url.searchParams.get("lang") === "en" ? "en" : "de";
}

const TEXT = {
  sandboxNotice: {
    de: "Testumgebung: Hier wird kein echtes Geld bewegt.",
    en: "Test environment: no real money is moved here.",
  },
  payTitle: { de: "Zahlung", en: "Payment" },
  payIntro: {
    de: "Bitte prüfen Sie die Angaben und wählen Sie, wie die Zahlung ausgehen soll.",
    en: "Please check the details and choose how the payment should end.",
  },
  summaryHeading: { de: "Zusammenfassung", en: "Summary" },
  amount: { de: "Betrag", en: "Amount" },
  reference: { de: "Verwendungszweck", en: "Reference" },
  description: { de: "Wofür", en: "For" },
  actionsLegend: { de: "Ausgang der Zahlung wählen", en: "Choose the outcome of the payment" },
  pay: { de: "Bezahlen", en: "Pay" },
  fail: { de: "Zahlung ablehnen lassen", en: "Let the payment be declined" },
  cancel: { de: "Abbrechen", en: "Cancel" },
  leaveHint: {
    de: "Wenn Sie diese Seite einfach verlassen, bleibt die Zahlung offen.",
    en: "If you simply leave this page, the payment stays open.",
  },
  finishedTitle: { de: "Zahlung abgeschlossen", en: "Payment finished" },
  back: { de: "Zurück zum Dienst", en: "Back to the service" },
  notFoundTitle: { de: "Zahlung nicht gefunden", en: "Payment not found" },
  notFoundBody: {
    de: "Zu dieser Adresse gibt es keine Zahlung. Bitte prüfen Sie den Link oder beginnen Sie die Zahlung erneut.",
    en: "There is no payment at this address. Please check the link or start the payment again.",
  },
  badRequestTitle: { de: "Ungültige Anfrage", en: "Invalid request" },
  badRequestBody: {
    de: "Die Auswahl wurde nicht verstanden. Bitte gehen Sie zurück und wählen Sie erneut.",
    en: "The choice was not understood. Please go back and choose again.",
  },
  switchLanguage: { de: "English", en: "Deutsch" },
  statusLabel: { de: "Stand", en: "Status" },
} satisfies Record<string, LocalizedText>;

const STATUS_TEXT: Record<SandboxStatus, LocalizedText> = {
  open: { de: "Offen", en: "Open" },
  paid: { de: "Bezahlt: Die Zahlung wurde ausgeführt.", en: "Paid: the payment went through." },
  failed: { de: "Abgelehnt: Die Zahlung wurde abgelehnt.", en: "Declined: the payment was declined." },
  cancelled: { de: "Abgebrochen: Die Zahlung wurde abgebrochen.", en: "Cancelled: the payment was cancelled." },
};

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

interface PageContext {
  /** The sandbox's base path, e.g. `/sandbox`. */
  basePath: string;
  locale: PageLocale;
  /** Path of this page without the query, for the language switch and the form. */
  path: string;
}

export function renderPaymentPage(transaction: SandboxTransaction, context: PageContext): string {
  const { locale } = context;
  const t = (text: LocalizedText) => escapeHtml(text[locale]);
  const selfWithLocale = `${context.path}${locale === "en" ? "?lang=en" : ""}`;
  const main = `
    <h1>${t(TEXT.payTitle)}</h1>
    <p>${t(TEXT.payIntro)}</p>
    ${summary(transaction, locale)}
    <form method="post" action="${escapeHtml(selfWithLocale)}">
      <fieldset>
        <legend>${t(TEXT.actionsLegend)}</legend>
        <div class="actions">
          <button type="submit" name="action" value="pay" class="primary">${t(TEXT.pay)}</button>
          <button type="submit" name="action" value="fail">${t(TEXT.fail)}</button>
          <button type="submit" name="action" value="cancel">${t(TEXT.cancel)}</button>
        </div>
      </fieldset>
    </form>
    <p class="hint">${t(TEXT.leaveHint)}</p>`;
  return layout(TEXT.payTitle[locale], main, context);
}

/** The final state, shown for a finished transaction (also after a second POST, which changes nothing). */
export function renderFinishedPage(transaction: SandboxTransaction, context: PageContext): string {
  const { locale } = context;
  const t = (text: LocalizedText) => escapeHtml(text[locale]);
  const main = `
    <h1>${t(TEXT.finishedTitle)}</h1>
    <p class="status status-${transaction.status}" role="status">${t(STATUS_TEXT[transaction.status])}</p>
    ${summary(transaction, locale)}
    <p><a href="${escapeHtml(transaction.returnUrl)}">${t(TEXT.back)}</a></p>`;
  return layout(TEXT.finishedTitle[locale], main, context);
}

export function renderNotFoundPage(context: PageContext): string {
  const t = (text: LocalizedText) => escapeHtml(text[context.locale]);
  return layout(TEXT.notFoundTitle[context.locale], `<h1>${t(TEXT.notFoundTitle)}</h1><p>${t(TEXT.notFoundBody)}</p>`, {
    ...context,
  });
}

export function renderBadRequestPage(context: PageContext): string {
  const t = (text: LocalizedText) => escapeHtml(text[context.locale]);
  return layout(
    TEXT.badRequestTitle[context.locale],
    `<h1>${t(TEXT.badRequestTitle)}</h1><p>${t(TEXT.badRequestBody)}</p>`,
    context,
  );
}

function summary(transaction: SandboxTransaction, locale: PageLocale): string {
  const t = (text: LocalizedText) => escapeHtml(text[locale]);
  return `
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">${t(TEXT.summaryHeading)}</h2>
      <dl class="summary">
        <dt>${t(TEXT.amount)}</dt>
        <dd class="amount">${escapeHtml(formatMoney(transaction.amount, { locale }))}</dd>
        <dt>${t(TEXT.reference)}</dt>
        <dd>${escapeHtml(transaction.reference)}</dd>
        <dt>${t(TEXT.description)}</dt>
        <dd>${escapeHtml(transaction.description[locale])}</dd>
      </dl>
    </section>`;
}

function layout(title: string, main: string, context: PageContext): string {
  const { locale } = context;
  const other: PageLocale = locale === "de" ? "en" : "de";
  const switchHref = other === "en" ? `${context.path}?lang=en` : context.path;
  return `<!doctype html>
<html lang="${locale}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} – Sandbox</title>
  <link rel="stylesheet" href="${escapeHtml(`${context.basePath}/assets/sandbox.css`)}">
  <link rel="icon" href="${escapeHtml(`${context.basePath}/assets/favicon.svg`)}" type="image/svg+xml">
</head>
<body>
  <header class="banner">
    <p>${escapeHtml(TEXT.sandboxNotice[locale])}</p>
    <nav aria-label="${locale === "de" ? "Sprache" : "Language"}">
      <a href="${escapeHtml(switchHref)}" lang="${other}" hreflang="${other}">${escapeHtml(TEXT.switchLanguage[locale])}</a>
    </nav>
  </header>
  <main>${main}
  </main>
</body>
</html>
`;
}

/** A plain icon under the base path, so browsers do not ask the host's root for `/favicon.ico`. */
export const SANDBOX_FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1d4e89"/>' +
  '<text x="8" y="12" font-size="10" text-anchor="middle" fill="#fff" font-family="sans-serif">S</text></svg>';

/** The page's stylesheet, served from `{basePath}/assets/sandbox.css` (no inline styles, for the CSP). */
export const SANDBOX_CSS = `:root {
  color-scheme: light;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  line-height: 1.5;
  color: #1b1b1b;
  background: #ffffff;
}
body { margin: 0; }
.banner {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: 0.5rem 1rem;
  padding: 0.5rem 1rem;
  background: #fff4ce;
  border-bottom: 2px solid #8a6d00;
}
.banner p { margin: 0; font-weight: 600; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.75rem; margin: 1rem 0 0.5rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
.summary { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0; }
.summary dt { font-weight: 600; }
.summary dd { margin: 0; overflow-wrap: anywhere; }
.amount { font-size: 1.25rem; font-weight: 700; }
fieldset { border: 0; padding: 0; margin: 1.5rem 0 0; }
legend { font-weight: 600; margin-bottom: 0.5rem; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; }
button {
  font: inherit;
  padding: 0.6rem 1.2rem;
  min-height: 44px;
  border: 2px solid #1d4e89;
  border-radius: 4px;
  background: #ffffff;
  color: #1d4e89;
  cursor: pointer;
}
button.primary { background: #1d4e89; color: #ffffff; }
button:hover { text-decoration: underline; }
button:focus-visible, a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
a { color: #1d4e89; }
.hint { color: #4a4a4a; }
.status { font-weight: 600; padding: 0.5rem 0.75rem; border-left: 4px solid #1d4e89; background: #eef3f9; }
.status-paid { border-color: #00703c; background: #e8f5ee; }
.status-failed { border-color: #b3261e; background: #fbeceb; }
`;
