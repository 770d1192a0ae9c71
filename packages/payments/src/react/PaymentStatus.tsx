import { Alert, Button, Panel } from "@digitale-kommune/ui";
import { forwardRef, type HTMLAttributes, type ReactNode, useEffect, useRef, useState } from "react";
import { PaymentError } from "../core/errors.js";
import { PAYMENT_STATES, type PaymentFlag, type PaymentMethodKind, type PaymentState } from "../core/types.js";
import { formatMoney } from "../money/format.js";
import { classNames, fillPlaceholders, type LocalizedProps, resolveMessages } from "./i18n.js";
import { type PaymentStatusText, paymentStatusMessages } from "./PaymentStatus.messages.js";
import { paymentStatusContent } from "./status-view.js";

export interface PaymentStatusProps extends HTMLAttributes<HTMLDivElement>, LocalizedProps<PaymentStatusText> {
  /** The payment's state. */
  state: PaymentState;
  /** The payment's flags: any flag shows the neutral „wird von der Stadtkasse geprüft“ text (except after a refund). */
  flags?: readonly PaymentFlag[] | undefined;
  /** How the citizen pays; a pending bank transfer says „Wir warten auf Ihre Überweisung“. */
  method?: PaymentMethodKind | undefined;
  /** The payment's amount in cents: shown as „Bezahlter Betrag“ once paid, and in a partial refund's text. */
  amount?: number | undefined;
  /** The refunded sum in cents (the payment's `refundedAmount`), for the refund texts. */
  refundedAmount?: number | undefined;
  /** The reference the citizen may need when asking (Kassenzeichen or payment reference); never personal data. */
  reference?: string | undefined;
  /**
   * Where to pay (again): a link styled as a button, shown when paying is still possible (created, failed,
   * cancelled, expired). Without it no link is shown.
   */
  actionHref?: string | undefined;
  /** Level of the title heading (default 2; the page has its own h1). */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /** Further content after the built-in texts, e.g. a link to the application. */
  children?: ReactNode | undefined;
}

/**
 * What a citizen sees about a payment, for each of the eight states plus the neutral review text for flagged payments:
 * what happened and what to do next, in German or English. A successful payment is shown in the ui Panel, every
 * other situation in an ui Alert (info, warning for expiry, error for failure, success for refunds). Server-rendered
 * and complete without JavaScript. When the portal re-renders it with a new state (polling after the return from the
 * payment page), a polite live region (`role="status"`) announces the new title; the first render announces nothing.
 */
export const PaymentStatus = /* @__PURE__ */ forwardRef<HTMLDivElement, PaymentStatusProps>(function PaymentStatus(
  {
    state,
    flags = [],
    method,
    amount,
    refundedAmount,
    reference,
    actionHref,
    headingLevel = 2,
    locale,
    messages,
    className,
    children,
    ...rest
  },
  ref,
) {
  checkProps(state, amount, refundedAmount);
  const text = resolveMessages(paymentStatusMessages, { locale, messages });
  const view = paymentStatusContent(state, flags, method);
  const title = text[view.title];
  const announcement = useAnnouncement(`${view.view}:${title}`, title);
  const money = (cents: number) => formatMoney(cents, { locale: locale ?? "de" });

  const body = bodyText(view.body, text, {
    ...(amount === undefined ? {} : { amount: money(amount) }),
    ...(refundedAmount === undefined ? {} : { refundedAmount: money(refundedAmount) }),
  });
  const content = (
    <>
      <p className="dk-payment-status__body">{body}</p>
      {view.view === "succeeded" && amount !== undefined && (
        <p className="dk-payment-status__amount">{fillPlaceholders(text.amountPaid, { amount: money(amount) })}</p>
      )}
      {view.tone !== "panel" && reference !== undefined && (
        <p className="dk-payment-status__reference">
          {text.reference} <strong>{reference}</strong>
        </p>
      )}
      {view.next !== undefined && <p className="dk-payment-status__next">{text[view.next]}</p>}
      {children}
    </>
  );
  // Outside the Alert: a button-styled link inside it would take the Alert's link colours.
  const action = view.action !== undefined && actionHref !== undefined && (
    <p className="dk-payment-status__action">
      <Button href={actionHref}>{text[view.action]}</Button>
    </p>
  );

  return (
    <div
      ref={ref}
      className={classNames("dk-payment-status", `dk-payment-status--${view.view.replace("_", "-")}`, className)}
      data-state={state}
      {...rest}
    >
      {view.tone === "panel" ? (
        <Panel
          className="dk-payment-status__panel"
          title={title}
          headingLevel={headingLevel}
          reference={reference}
          messages={{ reference: text.reference }}
        />
      ) : (
        <Alert
          className="dk-payment-status__message"
          variant={view.tone}
          title={title}
          headingLevel={headingLevel}
          locale={locale}
        >
          {content}
        </Alert>
      )}
      {view.tone === "panel" && <div className="dk-payment-status__details">{content}</div>}
      {action}
      <div className="dk-visually-hidden" role="status">
        {announcement}
      </div>
    </div>
  );
});

/**
 * The text to announce: empty on the server and on the first client render (a page that loads is read anyway), then
 * `title` whenever `key` changes, i.e. when the payment moved to another state while the page was open.
 */
function useAnnouncement(key: string, title: string): string {
  const previous = useRef(key);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    setAnnouncement(title);
  }, [key, title]);
  return announcement;
}

/** Refund texts name the amounts when they are known, and fall back to the text without amounts. */
function bodyText(
  key: PaymentStatusText,
  text: Record<PaymentStatusText, string>,
  amounts: { amount?: string; refundedAmount?: string },
): string {
  if (key === "refundedBody" && amounts.refundedAmount !== undefined) {
    return fillPlaceholders(text.refundedBodyWithAmount, amounts);
  }
  if (key === "partiallyRefundedBody" && amounts.refundedAmount !== undefined && amounts.amount !== undefined) {
    return fillPlaceholders(text.partiallyRefundedBodyWithAmount, amounts);
  }
  return text[key];
}

function checkProps(state: PaymentState, amount: number | undefined, refundedAmount: number | undefined): void {
  if (!(PAYMENT_STATES as readonly string[]).includes(state)) {
    throw new PaymentError("invalid_input", "state must be one of the eight payment states.", { field: "state" });
  }
  for (const [field, value] of [
    ["amount", amount],
    ["refundedAmount", refundedAmount],
  ] as const) {
    if (value !== undefined && !Number.isSafeInteger(value)) {
      throw new PaymentError("invalid_amount", `${field} must be integer cents.`, { field });
    }
  }
}
