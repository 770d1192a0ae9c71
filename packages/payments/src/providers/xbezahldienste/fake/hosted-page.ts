/**
 * The fake platform's payment page at `transactionRedirectUrl`: shows what is paid and offers three
 * outcomes (pay, fail, cancel) as plain form buttons, so a test (or a person) can drive the flow over HTTP.
 * Leaving the page without a choice is the fourth outcome (abandon): the transaction stays INITIAL.
 */

export interface HostedPageView {
  transactionId: string;
  description: string;
  purpose: string;
  grosAmountCents: number;
  /** INITIAL while the choice is open. */
  status: string;
}

export function renderHostedPage(view: HostedPageView): string {
  const amount = formatEuro(view.grosAmountCents);
  const action = `/pay/${encodeURIComponent(view.transactionId)}`;
  const open = view.status === "INITIAL";
  const body = open
    ? `<form method="post" action="${escapeHtml(action)}">
      <button type="submit" name="outcome" value="pay">Bezahlen / Pay</button>
      <button type="submit" name="outcome" value="fail">Zahlung scheitern lassen / Fail payment</button>
      <button type="submit" name="outcome" value="cancel">Abbrechen / Cancel</button>
    </form>`
    : `<p>Dieser Vorgang ist abgeschlossen (${escapeHtml(view.status)}). / This transaction is closed.</p>`;
  return `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>Testzahlung / Test payment</title></head>
<body>
  <main>
    <h1>Testzahlung (XBezahldienste-Testserver) / Test payment (fake XBezahldienste)</h1>
    <p>Es wird kein echtes Geld bewegt. / No real money moves.</p>
    <dl>
      <dt>Betrag / Amount</dt><dd data-testid="amount">${escapeHtml(amount)}</dd>
      <dt>Verwendungszweck / Purpose</dt><dd data-testid="purpose">${escapeHtml(view.purpose)}</dd>
      <dt>Beschreibung / Description</dt><dd>${escapeHtml(view.description)}</dd>
    </dl>
    ${body}
  </main>
</body>
</html>`;
}

function formatEuro(cents: number): string {
  const rest = cents % 100;
  const euros = (cents - rest) / 100;
  return `${euros.toLocaleString("de-DE")},${String(rest).padStart(2, "0")} €`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
